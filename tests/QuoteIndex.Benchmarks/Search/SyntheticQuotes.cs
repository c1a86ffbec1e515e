using System.Globalization;
using Bogus;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Benchmarks.Search;

/// <summary>
/// A seeded, repeatable stream of invented articles and quotes for load tests: fictional speakers and outlets from
/// Bogus, quote words drawn from a Zipf-like vocabulary so that a few words are in most quotes and most words are rare,
/// as in real text. The same seed gives the same quotes.
/// </summary>
public sealed class SyntheticQuotes
{
    public const int QuotesPerArticle = 5;

    private static readonly DateTimeOffset FirstDay = new(2016, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private const int Days = 10 * 365;

    private readonly Random _random;
    private readonly string[] _speakers;
    private readonly string[] _outlets;
    private readonly string[] _vocabulary;
    private readonly double[] _wordWeights;
    private readonly double[] _speakerWeights;

    public SyntheticQuotes(int seed, int speakers = 5_000, int outlets = 200)
    {
        _random = new Random(seed);
        var faker = new Faker("en") { Random = new Randomizer(seed) };
        _speakers = [.. Enumerable.Range(0, speakers).Select(i => faker.Name.FullName()).Distinct(StringComparer.Ordinal)];
        _outlets = [.. Enumerable.Range(0, outlets).Select(_ => $"The {faker.Address.City()} {faker.PickRandom("Gazette", "Courier", "Herald", "Ledger", "Post", "Tribune")}").Distinct(StringComparer.Ordinal)];
        // Real English words first (the frequent ranks), then invented ones for the long tail.
        var words = faker.Random.WordsArray(4_000).SelectMany(w => w.Split(' ', '-'))
            .Concat(faker.Lorem.Words(2_000))
            .Select(w => new string([.. w.ToLowerInvariant().Where(char.IsAsciiLetter)]))
            .Where(w => w.Length > 1)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        const string syllables = "ba be bi bo bu ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu";
        var parts = syllables.Split(' ');
        while (words.Count < 40_000)
            words.Add(string.Concat(Enumerable.Range(0, 3 + _random.Next(2)).Select(_ => parts[_random.Next(parts.Length)])));
        _vocabulary = [.. words.Distinct(StringComparer.Ordinal)];
        _wordWeights = Cumulative(_vocabulary.Length, exponent: 1.0);
        _speakerWeights = Cumulative(_speakers.Length, exponent: 0.9);
    }

    /// <summary>The vocabulary, most frequent first: for picking query words of known frequency.</summary>
    public IReadOnlyList<string> Vocabulary => _vocabulary;

    public IReadOnlyList<string> Speakers => _speakers;

    /// <summary>The next article's quotes (<see cref="QuotesPerArticle"/> of them); <paramref name="number"/> makes its id.</summary>
    public ArticleQuotes NextArticle(int number)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"https://synthetic.example/{number}");
        var published = FirstDay.AddDays(_random.Next(Days)).AddMinutes(_random.Next(24 * 60));
        var article = new ArticleReference(id, "Synthetic article", _outlets[_random.Next(_outlets.Length)], null, published) { Language = "en" };
        var quotes = new List<Quote>(QuotesPerArticle);
        for (var i = 0; i < QuotesPerArticle; i++)
        {
            var text = Sentence(6 + _random.Next(24), i);
            var kind = (QuoteKind)(_random.Next(10) switch { < 6 => 0, < 8 => 1, < 9 => 2, _ => 3 });
            quotes.Add(new Quote(article, text, [new TextSpan(1, 1 + text.Length)], kind)
            {
                Speaker = new Speaker(_speakers[Pick(_speakerWeights)]),
                Venue = _random.Next(10) < 4 ? null : new Venue("a venue", (VenueType)_random.Next(9)),
                Date = _random.Next(10) < 3 ? null
                    : new StatementDate(DateOnly.FromDateTime(published.UtcDateTime).AddDays(-_random.Next(4)), DateSource.Stated, "on the day"),
                Confidence = 0.5 + (_random.Next(500) / 1000.0),
            });
        }

        return new ArticleQuotes(id, quotes);
    }

    private string Sentence(int words, int salt)
    {
        var chosen = new string[words];
        for (var i = 0; i < words; i++)
            chosen[i] = _vocabulary[Pick(_wordWeights)];
        chosen[0] = char.ToUpperInvariant(chosen[0][0]) + chosen[0][1..];
        // The salt keeps two identical draws in one article from being one quote id.
        return string.Join(' ', chosen) + (salt % 2 == 0 ? "." : "!");
    }

    private int Pick(double[] cumulative)
    {
        var index = Array.BinarySearch(cumulative, _random.NextDouble() * cumulative[^1]);
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }

    private static double[] Cumulative(int count, double exponent)
    {
        var cumulative = new double[count];
        var sum = 0.0;
        for (var rank = 0; rank < count; rank++)
            cumulative[rank] = sum += 1.0 / Math.Pow(rank + 1, exponent);
        return cumulative;
    }
}
