using Lucene.Net.Search;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Store.Lucene;

/// <summary>Exports: every matching quote, in a stable order, a bounded chunk at a time.</summary>
public sealed partial class LuceneQuoteStore
{
    /// <summary>
    /// Quotes read per search. Each chunk is one search-after pass over the matches, so a bigger chunk means fewer
    /// passes over a large index, at the cost of holding that many hits (about 50 bytes each) at once.
    /// </summary>
    internal int ExportChunk
    {
        get;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 4096;

    public IAsyncEnumerable<Quote> ExportAsync(QuoteQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        // Parsed now, so a bad query fails the call rather than a response already under way.
        var match = LuceneQueryBuilder.Match(query, _analyzer);
        var filter = LuceneQueryBuilder.Filter(query);
        return Export(match, filter, cancellationToken).ToAsyncEnumerable();
    }

    /// <summary>
    /// Pages through one pinned searcher with search-after on (published, id): the order is total, so a chunk starts
    /// exactly where the last one ended, and the pinned snapshot does not see writes made during the export.
    /// </summary>
    private IEnumerable<Quote> Export(Query match, Filter? filter, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        var searcher = _searchers.Acquire();
        try
        {
            FieldDoc? after = null;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ObjectDisposedException.ThrowIf(_disposed != 0, this);
                var chunk = after is null
                    ? searcher.Search(match, filter, ExportChunk, EarliestFirst)
                    : searcher.SearchAfter(after, match, filter, ExportChunk, EarliestFirst);
                foreach (var hit in chunk.ScoreDocs)
                    yield return QuoteDocument.Read(searcher, hit.Doc);
                if (chunk.ScoreDocs.Length < ExportChunk)
                    yield break;
                after = (FieldDoc)chunk.ScoreDocs[^1];
            }
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }
}
