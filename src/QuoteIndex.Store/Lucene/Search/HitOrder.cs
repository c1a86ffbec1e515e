using Lucene.Net.Index;
using Lucene.Net.Util;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Store.Lucene.Search;

/// <summary>
/// The order of the hits as one number per document, larger first, ties by quote id (smaller first): the score for
/// relevance; the date for newest, its negation for oldest; documents without the date get the smallest key, so they
/// come last either way. One comparison of longs in the collecting loop, whatever the sort.
/// </summary>
internal sealed class HitOrder
{
    public HitOrder(QuoteQuery query)
    {
        Sort = query.EffectiveSort;
        Statement = query.DateField == QuoteDateField.Statement;
        Size = query.Offset + query.Limit + 1;
        if (query.After is { } after)
        {
            AfterKey = Sort == QuoteSort.Relevance ? ScoreKey((float)after.Score) : after.Value;
            AfterId = new BytesRef(after.Id);
        }
    }

    public QuoteSort Sort { get; }

    public bool Statement { get; }

    public bool Relevance => Sort == QuoteSort.Relevance;

    /// <summary>How many hits to keep: the page, the hits before it, and one to tell whether a next page exists.</summary>
    public int Size { get; }

    /// <summary>The key of the cursor's hit; documents sorting before or at it were on earlier pages.</summary>
    public long? AfterKey { get; }

    public BytesRef? AfterId { get; }

    /// <summary>Scores as longs in the same order (the sortable bit pattern of a float).</summary>
    public static long ScoreKey(float score) => NumericUtils.SingleToSortableInt32(score);

    public static float Score(long key) => NumericUtils.SortableInt32ToSingle((int)key);

    /// <summary>The sort key of <paramref name="doc"/> by date; the smallest key without one.</summary>
    public long DateKey(SegmentColumns columns, int doc)
    {
        long value;
        if (Statement)
        {
            var day = columns.Rows[(doc * SegmentColumns.Stride) + SegmentColumns.StatementDayColumn];
            if (day == SegmentColumns.NoDay)
                return long.MinValue;
            value = day;
        }
        else
        {
            value = columns.PublishedMillis[doc];
            if (value == SegmentColumns.NoValue)
                return long.MinValue;
        }

        return Sort == QuoteSort.Newest ? value : -value;
    }

    /// <summary>The smallest id ordinal of the segment that sorts after the cursor's id, for documents tied with its key.</summary>
    public int FirstOrdAfter(SortedDocValues? ids)
    {
        if (AfterId is null || ids is null)
            return 0;
        var ord = ids.LookupTerm(AfterId);
        return ord >= 0 ? ord + 1 : -ord - 1;
    }
}
