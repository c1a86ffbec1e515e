using System.Buffers;
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

    // What char.IsDigit takes for a digit, in every script.
    private static readonly SearchValues<char> Digits = SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsDigit)]);

    // The word pairs as the XxHash64 of their UTF-8 bytes (what MinHash hashes), sorted, with where each pair starts in
    // Normalised, so that pairs with equal hashes are compared on their words: the set is the real one, held in 12
    // bytes a pair instead of a string each. Ingestion holds the signatures of every quote in flight, and strings for
    // the pairs and the band keys were most of its memory at the peak (about 4.5 KB a quote, 250 MB in a heap dump).
    private readonly ulong[] _shingleHashes;
    private readonly int[] _shingleStarts;

    // Words with a digit ("1", "2025", "5"), in order: wire copy reuses one sentence for every company's figures, and
    // "rose 1.9 pct" is not the statement "rose 0.1 pct", however alike the words around them are.
    private readonly string[] _numbers;

    // The band keys are made from these when asked for (MinHash.BandKey); only their hashes are kept.
    private readonly ulong[] _bandHashes;

    private QuoteSignature(string normalised, ulong[] shingleHashes, int[] shingleStarts, string[] numbers, string? exactKey, ulong[] bandHashes)
    {
        Normalised = normalised;
        _shingleHashes = shingleHashes;
        _shingleStarts = shingleStarts;
        _numbers = numbers;
        ExactKey = exactKey;
        _bandHashes = bandHashes;
        KeyHashes = exactKey is null ? [] : [KeyHash(exactKey), .. bandHashes.Select((hash, band) => MinHash.BandKeyHash(band, hash))];
    }

    public string Normalised { get; }

    /// <summary>The exact key (<see cref="QuoteText.ExactKey"/>); null when the text normalises to nothing or the signature is for comparison only.</summary>
    public string? ExactKey { get; }

    /// <summary>
    /// The look-up keys: the exact key (<see cref="QuoteText.ExactKey"/>), then one band key per MinHash band when the
    /// quote is long enough for near matches; none when the text normalises to nothing. Made anew at each call.
    /// </summary>
    public IReadOnlyList<string> Keys =>
        ExactKey is null ? [] : [ExactKey, .. _bandHashes.Select((hash, band) => MinHash.BandKey(band, hash))];

    /// <summary>The <see cref="KeyHash"/> of each of <see cref="Keys"/>, in the same order.</summary>
    public IReadOnlyList<ulong> KeyHashes { get; }

    /// <summary>
    /// The 64-bit hash a cluster key is looked up under (XxHash64 of its UTF-16 code units). Stores keep it in their
    /// indexes: it must never change silently.
    /// </summary>
    public static ulong KeyHash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return KeyHashOf(key);
    }

    /// <summary>The <see cref="KeyHash(string)"/> of a key not made into a string.</summary>
    internal static ulong KeyHashOf(ReadOnlySpan<char> key) => XxHash64.HashToUInt64(MemoryMarshal.AsBytes(key));

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
            return new QuoteSignature(normalised, [], [], [], null, []);

        var exactKey = withKeys ? QuoteText.ExactKeyOfNormalised(normalised) : null;
        // Where each word starts, and one past the end: the words are what Split(' ') gives.
        var starts = new List<int> { 0 };
        for (var at = NextSpace(normalised, 0); at >= 0; at = NextSpace(normalised, at + 1))
            starts.Add(at + 1);
        starts.Add(normalised.Length + 1);
        var wordCount = starts.Count - 1;
        if (wordCount < MinWordsForNearMatch)
            return new QuoteSignature(normalised, [], [], [], exactKey, []);

        var (hashes, pairStarts) = Shingles(normalised, starts);
        var numbers = Enumerable.Range(0, wordCount)
            .Where(w => normalised.AsSpan(starts[w], starts[w + 1] - 1 - starts[w]).ContainsAny(Digits))
            .Select(w => normalised[starts[w]..(starts[w + 1] - 1)])
            .ToArray();
        return new QuoteSignature(normalised, hashes, pairStarts, numbers, exactKey, exactKey is null ? [] : MinHash.BandHashes(MinHash.Signature(hashes)));
    }

    /// <summary>The distinct word pairs of <paramref name="normalised"/>, as sorted hashes and the start of each pair.</summary>
    private static (ulong[] Hashes, int[] Starts) Shingles(string normalised, List<int> wordStarts)
    {
        var count = wordStarts.Count - ShingleWords;
        var hashes = new ulong[count];
        var starts = new int[count];
        for (var i = 0; i < count; i++)
        {
            starts[i] = wordStarts[i];
            hashes[i] = MinHash.ShingleHash(Shingle(normalised, starts[i]));
        }

        Array.Sort(hashes, starts);
        // Only the same words are one pair: equal hashes with other words stay two.
        var distinct = 0;
        for (var i = 0; i < count; i++)
        {
            var duplicate = false;
            for (var j = distinct - 1; j >= 0 && hashes[j] == hashes[i]; j--)
                duplicate |= Shingle(normalised, starts[j]).SequenceEqual(Shingle(normalised, starts[i]));
            if (!duplicate)
                (hashes[distinct], starts[distinct++]) = (hashes[i], starts[i]);
        }

        return distinct == count ? (hashes, starts) : (hashes[..distinct], starts[..distinct]);
    }

    /// <summary>The word pair of <paramref name="normalised"/> that starts at <paramref name="start"/>: two words and the space between.</summary>
    private static ReadOnlySpan<char> Shingle(string normalised, int start)
    {
        var end = start;
        for (var word = 0; word < ShingleWords; word++)
        {
            var space = NextSpace(normalised, end + (word == 0 ? 0 : 1));
            end = space < 0 ? normalised.Length : space;
        }

        return normalised.AsSpan(start, end - start);
    }

    private static int NextSpace(string normalised, int from) => normalised.AsSpan(from).IndexOf(' ') is var at and >= 0 ? from + at : -1;

    /// <summary>
    /// 1 for the same normalised words; otherwise the Jaccard similarity of the two sets of word pairs (the real sets,
    /// not their hashes), or 0 when either quote is too short for a near match or the two differ in a number.
    /// </summary>
    public double SimilarityTo(QuoteSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (string.Equals(Normalised, other.Normalised, StringComparison.Ordinal))
            return Normalised.Length == 0 ? 0 : 1;
        if (_shingleHashes.Length == 0 || other._shingleHashes.Length == 0 || !_numbers.AsSpan().SequenceEqual(other._numbers))
            return 0;

        var shared = SharedShingles(other);
        return shared / (double)(_shingleHashes.Length + other._shingleHashes.Length - shared);
    }

    /// <summary>Word pairs both signatures hold: a merge of the sorted hashes, pairs with equal hashes compared on their words.</summary>
    private int SharedShingles(QuoteSignature other)
    {
        var (mine, theirs) = (_shingleHashes, other._shingleHashes);
        var (i, j, shared) = (0, 0, 0);
        while (i < mine.Length && j < theirs.Length)
        {
            if (mine[i] < theirs[j])
            {
                i++;
            }
            else if (mine[i] > theirs[j])
            {
                j++;
            }
            else
            {
                // A run of equal hashes (one pair each but for a collision): each of mine is shared if any of theirs has its words.
                var hash = mine[i];
                var runEnd = j;
                while (runEnd < theirs.Length && theirs[runEnd] == hash)
                    runEnd++;
                for (; i < mine.Length && mine[i] == hash; i++)
                {
                    var words = Shingle(Normalised, _shingleStarts[i]);
                    for (var k = j; k < runEnd; k++)
                    {
                        if (words.SequenceEqual(Shingle(other.Normalised, other._shingleStarts[k])))
                        {
                            shared++;
                            break;
                        }
                    }
                }

                j = runEnd;
            }
        }

        return shared;
    }

    /// <summary>Whether the two quotes are one statement: the same words, or nearly (<see cref="MinSimilarity"/>).</summary>
    public bool Matches(QuoteSignature other) => SimilarityTo(other) >= MinSimilarity;
}
