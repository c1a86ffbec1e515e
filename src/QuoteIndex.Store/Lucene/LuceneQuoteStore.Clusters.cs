using Lucene.Net.Index;
using Lucene.Net.Search;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Store.Lucene;

/// <summary>Clusters: candidates by shared keys, a cluster's appearances in publication order, and cluster sizes.</summary>
public sealed partial class LuceneQuoteStore
{
    // Each shared key scores 1 (constant score, no coord), so the score is the number of keys a quote shares.
    private static readonly Sort MostKeysFirst = new(SortField.FIELD_SCORE, LuceneQueryBuilder.ById);

    private static readonly Sort EarliestFirst = new(EarliestPublished(), LuceneQueryBuilder.ById);

    public Task<IReadOnlyList<ClusterCandidate>> FindClusterCandidatesAsync(
        IReadOnlyCollection<string> clusterKeys, int limit, CancellationToken cancellationToken) => Completed(() =>
    {
        ArgumentNullException.ThrowIfNull(clusterKeys);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        cancellationToken.ThrowIfCancellationRequested();
        var anyKey = new BooleanQuery(disableCoord: true);
        foreach (var key in clusterKeys.Distinct(StringComparer.Ordinal))
            anyKey.Add(new ConstantScoreQuery(new TermQuery(new Term(QuoteDocument.ClusterKey, key))), Occur.SHOULD);
        if (anyKey.Clauses.Count == 0)
            return (IReadOnlyList<ClusterCandidate>)[];

        return WithSearcher(searcher =>
        {
            var top = searcher.Search(anyKey, null, AtMostMaxDoc(searcher, limit), MostKeysFirst);
            return (IReadOnlyList<ClusterCandidate>)top.ScoreDocs
                .Select(hit => QuoteDocument.ReadCandidate(searcher.Doc(hit.Doc, QuoteDocument.CandidateFields)))
                .ToList();
        });
    });

    public Task<QuoteCluster?> GetClusterAsync(string clusterId, int limit, CancellationToken cancellationToken) => Completed(() =>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clusterId);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        cancellationToken.ThrowIfCancellationRequested();
        return WithSearcher(searcher =>
        {
            var members = new TermQuery(new Term(QuoteDocument.ClusterId, clusterId));
            var top = searcher.Search(members, null, AtMostMaxDoc(searcher, limit), EarliestFirst);
            if (top.TotalHits == 0)
                return null;
            var appearances = top.ScoreDocs
                .Select(hit => ClusterAppearance.Of(QuoteDocument.Read(searcher.Doc(hit.Doc, QuoteDocument.StoredFields))))
                .ToList();
            return new QuoteCluster(clusterId, top.TotalHits, appearances);
        });
    });

    public Task<IReadOnlyDictionary<string, long>> GetClusterSizesAsync(
        IReadOnlyCollection<string> clusterIds, CancellationToken cancellationToken) => Completed(() =>
    {
        ArgumentNullException.ThrowIfNull(clusterIds);
        cancellationToken.ThrowIfCancellationRequested();
        return WithSearcher(searcher =>
        {
            var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var clusterId in clusterIds)
            {
                if (sizes.ContainsKey(clusterId))
                    continue;
                // Counting hits skips deleted quotes, which a term's document frequency would still count.
                var count = new TotalHitCountCollector();
                searcher.Search(new TermQuery(new Term(QuoteDocument.ClusterId, clusterId)), count);
                sizes[clusterId] = count.TotalHits;
            }

            return (IReadOnlyDictionary<string, long>)sizes;
        });
    });

    // Lucene sizes its queue by the number asked for; the index never holds more than MaxDoc.
    private static int AtMostMaxDoc(IndexSearcher searcher, int limit) => Math.Clamp(limit, 1, Math.Max(1, searcher.IndexReader.MaxDoc));

    // Quotes without a publication date go last: nothing shows they came first.
    private static SortField EarliestPublished()
    {
        var published = new SortField(QuoteDocument.Published, SortFieldType.INT64);
        published.SetMissingValue(long.MaxValue);
        return published;
    }
}
