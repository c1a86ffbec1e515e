using QuoteIndex.Core.Articles;
using QuoteIndex.Core.Extraction;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Tests.Extraction;

/// <summary>
/// Runs the extractor over an invented article and finds things in its answer. Every person, place and outlet in the
/// extraction tests is made up; each text models a kind of sentence that news copy uses, named in the test.
/// </summary>
internal static class Extracted
{
    /// <summary>A fixed publication time, so that no test depends on the clock.</summary>
    public static readonly DateTimeOffset Published = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);

    public static Article Article(string text) => new("test-article", text) { Published = Published, Outlet = "The Calder Courier" };

    public static IReadOnlyList<Quote> From(string text) => QuoteExtractor.Extract(Article(text));

    /// <summary>The one quote whose words contain <paramref name="words"/>.</summary>
    public static Quote Containing(this IReadOnlyList<Quote> quotes, string words) =>
        Assert.Single(quotes, q => q.Text.Contains(words, StringComparison.Ordinal));

    /// <summary>Where <paramref name="words"/> first stands in <paramref name="text"/>.</summary>
    public static TextSpan SpanOf(string text, string words)
    {
        var start = text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(start >= 0, $"The test text does not contain \"{words}\".");
        return new TextSpan(start, start + words.Length);
    }

    /// <summary>Where <paramref name="words"/> stands in <paramref name="text"/> after <paramref name="after"/>.</summary>
    public static TextSpan SpanOf(string text, string words, string after)
    {
        var from = SpanOf(text, after).End;
        var start = text.IndexOf(words, from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"The test text does not contain \"{words}\" after \"{after}\".");
        return new TextSpan(start, start + words.Length);
    }

    /// <summary>The words a mention or cue points at.</summary>
    public static string? Of(this TextSpan? span, string text) => span?.Of(text);
}
