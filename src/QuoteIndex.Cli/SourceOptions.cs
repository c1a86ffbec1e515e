using System.CommandLine;
using QuoteIndex.Ingestion.Sources;

namespace QuoteIndex.Cli;

/// <summary>
/// Options that choose what a command reads besides its PATH|URL|- arguments, for commands that read through
/// <see cref="ArticleSources"/>. Add them to a command and pass <see cref="Selection"/> with the console's input.
/// </summary>
public static class SourceOptions
{
    public static Option<string[]> Include { get; } = new("--include")
    {
        Description = "Read only files matching this glob inside folder arguments (e.g. '**/*.html'); repeatable.",
        HelpName = "GLOB",
    };

    public static Option<string[]> Exclude { get; } = new("--exclude")
    {
        Description = "Skip files matching this glob inside folder arguments (e.g. 'drafts/**'); repeatable.",
        HelpName = "GLOB",
    };

    public static Option<string?> StdinFormat { get; } = CreateStdinFormat();

    /// <summary>The selection these options make, reading '-' from <paramref name="standardInput"/>.</summary>
    public static SourceSelection Selection(ParseResult parse, Stream standardInput)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return new SourceSelection
        {
            Include = parse.GetValue(Include) ?? [],
            Exclude = parse.GetValue(Exclude) ?? [],
            StandardInputFormat = parse.GetValue(StdinFormat),
            StandardInput = standardInput,
        };
    }

    private static Option<string?> CreateStdinFormat()
    {
        var option = new Option<string?>("--stdin-format")
        {
            Description = "How to read '-' (standard input); by default JSONL when it starts with '{', HTML with '<', else text.",
            HelpName = "FORMAT",
        };
        option.AcceptOnlyFromAmong([.. ArticleFormats.ForStandardInput]);
        return option;
    }
}
