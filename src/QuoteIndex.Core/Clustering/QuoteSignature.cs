using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Clustering;

/// <summary>
/// What clustering compares of a quote: its normalised words (<see cref="QuoteText.Normalise"/>), their word pairs
/// (shingles), and the keys under which a store finds look-alikes: the exact key, and MinHash band keys.
/// </summary>
/// <remarks>
/// Word pairs suit quotes of 15 to 40 words: one changed word in 15 leaves a Jaccard similarity of 0.75 (two pairs
/// of fourteen change), in 40 about 0.9; an inserted or dropped word costs less. A different statement that shares
/// stock phrases ("in the old town", "we will") stays far below <see cref="MinSimilarity"/>.
/// </remarks>
public sealed class QuoteSignature
{
    /// <summary>Words per shingle.</summary>
    public const int ShingleWords = 2;

    /// <summary>Shorter quotes ("No comment", "We will win") are the same statement only with the same words.</summary>
    public const int MinWordsForNearMatch = 4;

    /// <summary>The least Jaccard similarity of two shingle sets for the quotes to be one statement.</summary>
    public const double MinSimilarity = 0.6;

    // Keyed by the string instance, not its value: an entry goes when its quote's text is collected.
    private static readonly ConditionalWeakTable<string, QuoteSignature> OfLiveText = new();

    private readonly HashSet<string>? _shingles;

    // Words with a digit ("1", "2025", "5"), in order: wire copy reuses one sentence for every company's figures, and
    // "rose 1.9 pct" is not the statement "rose 0.1 pct", however alike the words around them are.
    private readonly string[] _numbers;

    private QuoteSignature(string normalised, HashSet<string>? shingles, string[] numbers, IReadOnlyList<string> keys)
    {
        Normalised = normalised;
        _shingles = shingles;
        _numbers = numbers;
        Keys = keys;
        KeyHashes = [.. keys.Select(KeyHash)];
    }

    public string Normalised { get; }

    /// <summary>
    /// The look-up keys: the exact key (<see cref="QuoteText.ExactKey"/>), then one band key per MinHash band when the
    /// quote is long enough for near matches; none when the text normalises to nothing.
    /// </summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The <see cref="KeyHash"/> of each of <see cref="Keys"/>, in the same order.</summary>
    public IReadOnlyList<ulong> KeyHashes { get; }

    /// <summary>
    /// The 64-bit hash a cluster key is looked up under (XxHash64 of its UTF-16 code units). Stores keep it in their
    /// indexes: it must never change silently.
    /// </summary>
    public static ulong KeyHash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return XxHash64.HashToUInt64(MemoryMarshal.AsBytes(key.AsSpan()));
    }

    /// <summary>
    /// The signature of <paramref name="text"/>, with its keys. Remembered for as long as that string instance lives:
    /// ingestion asks for a quote's signature when it clusters the quote and again when the store indexes its keys,
    /// and the MinHash is the costly part of both.
    /// </summary>
    public static QuoteSignature Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return OfLiveText.GetValue(text, static t => Of(t, withKeys: true));
    }

    /// <summary>What <see cref="SimilarityTo"/> needs and no more: a stored candidate is compared, never looked up.</summary>
    public static QuoteSignature ForComparison(string text) => Of(text, withKeys: false);

    private static QuoteSignature Of(string text, bool withKeys)
    {
        var normalised = QuoteText.Normalise(text);
        if (normalised.Length == 0)
            return new QuoteSignature(normalised, null, [], []);

        var exactKey = withKeys ? QuoteText.ExactKeyOfNormalised(normalised) : null;
        var words = normalised.Split(' ');
        if (words.Length < MinWordsForNearMatch)
            return new QuoteSignature(normalised, null, [], exactKey is null ? [] : [exactKey]);

        var shingles = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + ShingleWords <= words.Length; i++)
            shingles.Add(string.Join(' ', words, i, ShingleWords));
        var numbers = words.Where(word => word.Any(char.IsDigit)).ToArray();
        return new QuoteSignature(normalised, shingles, numbers, exactKey is null ? [] : [exactKey, .. MinHash.BandKeys(MinHash.Signature(shingles))]);
    }

    /// <summary>
    /// 1 for the same normalised words; otherwise the Jaccard similarity of the two sets of word pairs (the real sets,
    /// not their hashes), or 0 when either quote is too short for a near match or the two differ in a number.
    /// </summary>
    public double SimilarityTo(QuoteSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (string.Equals(Normalised, other.Normalised, StringComparison.Ordinal))
            return Normalised.Length == 0 ? 0 : 1;
        if (_shingles is null || other._shingles is null || !_numbers.AsSpan().SequenceEqual(other._numbers))
            return 0;

        var (small, large) = _shingles.Count <= other._shingles.Count ? (_shingles, other._shingles) : (other._shingles, _shingles);
        var shared = 0;
        foreach (var shingle in small)
        {
            if (large.Contains(shingle))
                shared++;
        }

        return shared / (double)(small.Count + large.Count - shared);
    }

    /// <summary>Whether the two quotes are one statement: the same words, or nearly (<see cref="MinSimilarity"/>).</summary>
    public bool Matches(QuoteSignature other) => SimilarityTo(other) >= MinSimilarity;
}
