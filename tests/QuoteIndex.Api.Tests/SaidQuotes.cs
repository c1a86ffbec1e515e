using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Api.Tests;

/// <summary>Invented quotes stored straight into the API's index, for endpoints that read what is stored.</summary>
internal static class SaidQuotes
{
    private static int s_article;

    /// <summary>A direct quote of <paramref name="speaker"/> in a new article of <paramref name="outlet"/>.</summary>
    public static Quote By(
        string? speaker, string text, string outlet, DateTimeOffset published, DateOnly? said = null, Venue? venue = null, string? role = null)
    {
        var article = new ArticleReference(
            $"https://{outlet.Replace(' ', '-').ToLowerInvariant()}.example/{Interlocked.Increment(ref s_article)}",
            "Harbour news", outlet, new Uri($"https://{outlet.Replace(' ', '-').ToLowerInvariant()}.example/story"), published);
        return new Quote(article, text, [new TextSpan(1, 1 + text.Length)], QuoteKind.Direct)
        {
            Speaker = speaker is null ? null : new Speaker(speaker) { Role = role },
            Date = said is { } day ? new StatementDate(day, DateSource.Stated) : null,
            Venue = venue,
        };
    }
}
