using Lucene.Net.Search;
using QuoteIndex.Core.Search;
using QuoteIndex.Core.Storage;
using QuoteIndex.Store.Lucene.Search;

namespace QuoteIndex.Store.Lucene;

public sealed partial class LuceneQuoteStore
{
    public Task<QuoteSearchResult> SearchAsync(QuoteQuery query, CancellationToken cancellationToken) => Completed(() =>
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        query = query.WithCursorAsOffset();
        var expression = SearchSyntax.Parse(query.Text);
        return WithSearcher(searcher => _searchCacheEntries == 0
            ? Search(searcher, query, expression, cancellationToken)
            : SearchResultCache.For(searcher.IndexReader, _searchCacheEntries, _searchCacheFrom).GetOrAdd(query, () => Search(searcher, query, expression, cancellationToken)));
    });

    private QuoteSearchResult Search(IndexSearcher searcher, QuoteQuery query, SearchExpression? expression, CancellationToken cancellationToken)
    {
        var reader = searcher.IndexReader;
        var facets = ReaderFacets.For(reader);
        var match = SearchTranslator.Translate(expression, _analyzer, reader);
        var order = new HitOrder(query);

        // The main pass: every filter; the hits, the total, the histogram and the facets whose own filter is not set.
        var active = ActiveFacetFilters(query.Filter);
        var countHere = active.Select(isActive => query.FacetSize > 0 && !isActive).ToArray();
        bool? statementDays = query.Histogram is null ? null : query.DateField == QuoteDateField.Statement;
        var main = new CountingPass(facets, countHere, statementDays);
        var weight = searcher.CreateNormalizedWeight(LuceneQueryBuilder.Filtered(match, query.Filter));
        // Collapsed, the main pass only counts; the best hit of each cluster is found in a pass of its own.
        var top = main.Run(weight, query.CollapseClusters ? null : order, cancellationToken);
        if (query.CollapseClusters)
            top = TopClusters.Run(facets, weight, order, cancellationToken);
        var page = top.Skip(query.Offset).Take(query.Limit).ToList();
        var highlighter = query.Highlight ? new QuoteHighlighter(expression, _analyzer) : null;
        var hits = page.Select(hit =>
        {
            var quote = QuoteDocument.Read(searcher, hit.Doc);
            return new QuoteHit(quote, order.Relevance ? HitOrder.Score(hit.Key) : 0) { Highlight = highlighter?.Highlight(quote.Text) };
        }).ToList();

        // A facet whose filter is set counts with every other filter but its own (multi-select), in a pass of its own.
        var counts = main.FacetCounts;
        for (var f = 0; f < active.Length; f++)
        {
            if (query.FacetSize == 0 || !active[f])
                continue;
            var only = new bool[active.Length];
            only[f] = true;
            var pass = new CountingPass(facets, only, statementDays: null);
            pass.Run(searcher.CreateNormalizedWeight(LuceneQueryBuilder.Filtered(match, WithoutFacetFilter(query.Filter, f))), order: null, cancellationToken);
            counts[f] = pass.FacetCounts[f];
        }
        return new QuoteSearchResult(main.Total, hits)
        {
            // The cursor keeps the last hit's key as it is: a score for relevance, the date key otherwise.
            Next = top.Count > query.Offset + query.Limit && page.Count > 0
                ? query.CollapseClusters ? SearchCursor.AtPosition(query.Offset + page.Count) : new SearchCursor(order.Relevance ? HitOrder.Score(page[^1].Key) : 0, order.Relevance ? 0 : page[^1].Key, hits[^1].Quote.Id)
                : null,
            Facets = query.FacetSize == 0 ? [] : [.. Enumerable.Range(0, active.Length).Select(f => TopValues(facets, f, counts[f], query.FacetSize))],
            Histogram = query.Histogram is { } interval
                ? DateHistograms.Build(main.DayCounts().Select(d => (DateOnly.FromDayNumber(d.Day), d.Count)), interval, query.DateField,
                    query.DateField == QuoteDateField.Statement ? query.Filter.StatementDates : query.Filter.PublishedDates)
                : null,
        };
    }

    private static bool[] ActiveFacetFilters(QuoteFilter filter) =>
        [filter.SpeakerKeys.Count > 0, filter.Outlets.Count > 0, filter.VenueTypes.Count > 0, filter.Kinds.Count > 0];

    private static QuoteFilter WithoutFacetFilter(QuoteFilter filter, int facet) => facet switch
    {
        0 => filter with { SpeakerKeys = [] },
        1 => filter with { Outlets = [] },
        2 => filter with { VenueTypes = [] },
        3 => filter with { Kinds = [] },
        _ => throw new ArgumentOutOfRangeException(nameof(facet), facet, null),
    };

    private static QuoteFacet TopValues(ReaderFacets facets, int facet, long[] counts, int size)
    {
        // The size largest counts, ties to the smaller ordinal (the value first in byte order).
        var best = new PriorityQueue<int, (long Count, int Ord)>(size + 1, Comparer<(long Count, int Ord)>.Create(
            (a, b) => a.Count != b.Count ? a.Count.CompareTo(b.Count) : b.Ord.CompareTo(a.Ord)));
        for (var ord = 0; ord < counts.Length; ord++)
        {
            // Once the queue is full, a count no larger than its smallest cannot get in (a later ordinal loses ties).
            if (counts[ord] == 0 || (best.Count == size && best.TryPeek(out _, out var worst) && counts[ord] <= worst.Count))
                continue;
            best.Enqueue(ord, (counts[ord], ord));
            if (best.Count > size)
                best.Dequeue();
        }

        var ordinals = facets.Facets[facet];
        var values = new List<FacetValue>(best.Count);
        while (best.TryDequeue(out var ord, out var key))
        {
            var value = ordinals.Lookup(ord);
            values.Add(new FacetValue(value, key.Count, facet == 0 ? facets.SpeakerLabel(value) : value));
        }

        values.Reverse();
        return new QuoteFacet(FacetNames.All[facet], values);
    }

    // The after-document of a page: its sort values and id. Its doc number never decides (ids are unique).
}
