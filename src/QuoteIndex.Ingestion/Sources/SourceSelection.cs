namespace QuoteIndex.Ingestion.Sources;

/// <summary>What one run reads besides its arguments: folder globs and standard input. Empty means "everything readable".</summary>
public sealed record SourceSelection
{
    /// <summary>Globs a file inside a folder argument must match, relative to that folder (<c>**/*.html</c>); none means every file.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Globs that drop files inside a folder argument (<c>drafts/**</c>). Files named as arguments are always read.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>
    /// How to read standard input (the argument <c>-</c>): one of <see cref="ArticleFormats.ForStandardInput"/>;
    /// null guesses from the first character (<c>{</c> JSON lines, <c>&lt;</c> HTML, else text).
    /// </summary>
    public string? StandardInputFormat { get; init; }

    /// <summary>The stream read for <c>-</c>; null means the process's standard input.</summary>
    public Stream? StandardInput { get; init; }
}
