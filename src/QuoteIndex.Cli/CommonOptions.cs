using System.CommandLine;

namespace QuoteIndex.Cli;

/// <summary>Options shared by several commands.</summary>
public static class CommonOptions
{
    public static Option<DirectoryInfo> Data { get; } = new("--data")
    {
        Description = "The data folder: the index lives in DIR/index.",
        DefaultValueFactory = _ => new DirectoryInfo("data"),
        Recursive = true,
        HelpName = "DIR",
    };

    public static Option<string> Urls { get; } = new("--urls")
    {
        Description = "Where the API listens, separated by ';'.",
        DefaultValueFactory = _ => "http://127.0.0.1:5080",
        HelpName = "URLS",
    };
}
