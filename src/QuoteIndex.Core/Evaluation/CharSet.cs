namespace QuoteIndex.Core.Evaluation;

/// <summary>
/// A set of character offsets, as score.py's <c>set(range(start, end))</c> unions, held as sorted, disjoint,
/// non-adjacent half-open intervals so that a long article costs a few intervals, not a set of every offset.
/// </summary>
internal sealed class CharSet
{
    public static readonly CharSet Empty = new([]);

    private readonly (int Start, int End)[] _intervals;

    private CharSet((int Start, int End)[] intervals)
    {
        _intervals = intervals;
        Count = intervals.Sum(i => (long)i.End - i.Start);
    }

    /// <summary>How many offsets the set holds.</summary>
    public long Count { get; }

    public bool IsEmpty => Count == 0;

    /// <summary>The union of the ranges [start, end); a range whose end is not after its start adds nothing, as in Python.</summary>
    public static CharSet Of(IEnumerable<(int Start, int End)> ranges)
    {
        var sorted = ranges.Where(r => r.End > r.Start).OrderBy(r => r.Start).ToList();
        var merged = new List<(int Start, int End)>(sorted.Count);
        foreach (var range in sorted)
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End));
            else
                merged.Add(range);
        }

        return merged.Count == 0 ? Empty : new CharSet([.. merged]);
    }

    public static CharSet Of(int start, int end) => end > start ? new CharSet([(start, end)]) : Empty;

    /// <summary>|this ∩ other|.</summary>
    public long IntersectionCount(CharSet other)
    {
        long count = 0;
        int i = 0, j = 0;
        var a = _intervals;
        var b = other._intervals;
        while (i < a.Length && j < b.Length)
        {
            var start = Math.Max(a[i].Start, b[j].Start);
            var end = Math.Min(a[i].End, b[j].End);
            if (end > start)
                count += (long)end - start;
            if (a[i].End <= b[j].End)
                i++;
            else
                j++;
        }

        return count;
    }

    /// <summary>|this ∪ other|.</summary>
    public long UnionCount(CharSet other) => Count + other.Count - IntersectionCount(other);

    public bool Overlaps(CharSet other) => IntersectionCount(other) > 0;
}
