using System.Globalization;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Benchmarks.Search;

/// <summary>
/// The searches the speed targets are measured with: one-word term queries across the frequency range (the most
/// common words match most of the index), with the four facets and the monthly histogram, plus some filtered,
/// phrase, prefix and date-sorted searches. Drawn from the same seeded vocabulary as the index.
/// </summary>
public static class SearchMix
{
    /// <summary>Query strings for `/api/v1/quotes/search` (URL-encoded parameters) and their in-process twins.</summary>
    public static IReadOnlyList<(string Text, string? Speaker, string? Sort)> Searches(int seed, int count)
    {
        var synthetic = new SyntheticQuotes(seed);
        var words = synthetic.Vocabulary;
        var random = new Random(seed + 1);
        var searches = new List<(string, string?, string?)>(count);
        for (var i = 0; i < count; i++)
        {
            // Ranks spread logarithmically: a few of the top ten words (hundreds of thousands of hits), most far rarer.
            var rank = (int)Math.Min(words.Count - 1, Math.Exp(random.NextDouble() * Math.Log(words.Count)) - 1);
            var word = words[rank];
            searches.Add((i % 10) switch
            {
                7 => ($"{word} {words[random.Next(200)]}", Speaker.KeyFor(synthetic.Speakers[random.Next(50)]), null),
                8 => ($"\"{word} {words[random.Next(50)]}\"", null, null),
                9 => (word.Length > 3 ? word[..3] + "*" : word, null, "newest"),
                _ => (word, null, null),
            });
        }

        return searches;
    }

    public static string Url((string Text, string? Speaker, string? Sort) search) =>
        "/api/v1/quotes/search?q=" + Uri.EscapeDataString(search.Text)
        + (search.Speaker is { } s ? "&speaker=" + Uri.EscapeDataString(s) : "")
        + (search.Sort is { } o ? "&sort=" + o : "");

    public static string Percentiles(List<double> milliseconds)
    {
        milliseconds.Sort();
        double At(double p) => milliseconds[Math.Min(milliseconds.Count - 1, (int)(p * milliseconds.Count))];
        return string.Create(CultureInfo.InvariantCulture,
            $"n={milliseconds.Count:N0} p50={At(0.50):F2} ms p90={At(0.90):F2} ms p99={At(0.99):F2} ms max={milliseconds[^1]:F2} ms");
    }
}
