using System.IO.Hashing;
using System.Numerics;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace QuoteIndex.Store.Lucene;

/// <summary>
/// Which cluster ids a segment may hold: a Bloom filter over its <see cref="QuoteDocument.ClusterId"/> terms, built
/// once per segment (segments never change) the first time a page's cluster sizes are asked of it. A page's twenty
/// ids were each sought in every segment's term dictionary, though an id is usually in one: about 7% of the server's
/// CPU. "No" is certain; "maybe" (about 1% wrongly) is answered by the term dictionary, so sizes stay exact.
/// </summary>
internal sealed class SegmentClusterIds
{
    // Ten bits and four probes a term: about 1% false positives.
    private const int BitsPerTerm = 10;
    private const int Probes = 4;

    private static readonly ConditionalWeakTable<object, SegmentClusterIds> BySegment = new();

    private readonly ulong[] _bits;
    private readonly ulong _mask;

    private SegmentClusterIds(TermsEnum? terms, long termCount)
    {
        var bits = Math.Max(64, (long)BitOperations.RoundUpToPowerOf2((ulong)Math.Max(1, termCount * BitsPerTerm)));
        _bits = new ulong[bits / 64];
        _mask = (ulong)bits - 1;
        while (terms is not null && terms.MoveNext())
        {
            var (h1, h2) = Hashes(terms.Term);
            for (var i = 0; i < Probes; i++)
            {
                var bit = (h1 + ((ulong)i * h2)) & _mask;
                _bits[bit >> 6] |= 1UL << (int)(bit & 63);
            }
        }
    }

    /// <summary>The filter of <paramref name="segment"/>, built on first use.</summary>
    public static SegmentClusterIds For(AtomicReader segment) => BySegment.GetValue(segment.CoreCacheKey, _ =>
    {
        var terms = segment.GetTerms(QuoteDocument.ClusterId);
        // Count is -1 when the codec does not know the number of terms.
        var count = terms?.Count is > 0 and var n ? n : segment.MaxDoc;
        return new SegmentClusterIds(terms?.GetEnumerator(), count);
    });

    /// <summary>False when the segment certainly has no quote of cluster <paramref name="id"/>.</summary>
    public bool MayContain(BytesRef id)
    {
        var (h1, h2) = Hashes(id);
        for (var i = 0; i < Probes; i++)
        {
            var bit = (h1 + ((ulong)i * h2)) & _mask;
            if ((_bits[bit >> 6] & (1UL << (int)(bit & 63))) == 0)
                return false;
        }

        return true;
    }

    // Two independent-enough hashes from one 64-bit hash (Kirsch and Mitzenmacher); the second odd, so probes differ.
    private static (ulong, ulong) Hashes(BytesRef term)
    {
        var hash = XxHash3.HashToUInt64(term.Bytes.AsSpan(term.Offset, term.Length));
        return (hash, (hash >> 32) | 1);
    }
}
