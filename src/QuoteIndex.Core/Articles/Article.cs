namespace QuoteIndex.Core.Articles;

/// <summary>A news article as ingested: its text and the metadata that places its quotes in time and source.</summary>
public sealed record Article
{
    public Article(string id, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
    }

    /// <summary>Canonical URL when known, else a content hash (see <see cref="ArticleIdentity"/>).</summary>
    public string Id { get; }

    /// <summary>The body text; every quote offset points into it.</summary>
    public string Text { get; }

    public Uri? Url { get; init; }
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Author { get; init; }

    /// <summary>Publication time; relative dates in the text ("on Tuesday") resolve against it.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>BCP 47 language tag; "en" unless the source says otherwise.</summary>
    public string Language { get; init; } = "en";
}
