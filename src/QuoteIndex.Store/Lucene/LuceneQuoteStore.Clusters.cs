using Lucene.Net.Index;
using Lucene.Net.Search;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Store.Lucene;

/// <summary>Clusters: candidates by shared keys, a cluster's appearances in publication order, and cluster sizes.</summary>
public sealed partial class LuceneQuoteStore
{
    private static readonly Sort EarliestFirst = new(EarliestPublished(), LuceneQueryBuilder.ById);

    /// <summary>
    /// Quotes read per key. A statement repeated thousands of times (wire boilerplate) shares its keys with every copy:
    /// reading each key's postings only this far keeps one look-up bounded while a large cluster still shows its members.
    /// </summary>
    internal const int PostingsPerKey = 32;

    public async Task<IReadOnlyList<ClusterCandidate>> FindClusterCandidatesAsync(
        IReadOnlyCollection<string> clusterKeys, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clusterKeys);
        return (await FindClusterCandidatesForEachAsync([clusterKeys], limit, cancellationToken))[0];
    }

    /// <summary>
    /// One pass over the index for the whole batch: every distinct key is looked up once per segment in that segment's
    /// in-memory key table (<see cref="SegmentClusterKeys"/>), and each quote's candidates are then counted from those postings.
    /// </summary>
    public Task<IReadOnlyList<IReadOnlyList<ClusterCandidate>>> FindClusterCandidatesForEachAsync(
        IReadOnlyList<IReadOnlyCollection<string>> keysPerQuote, int limit, CancellationToken cancellationToken) => Completed(() =>
    {
        ArgumentNullException.ThrowIfNull(keysPerQuote);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        cancellationToken.ThrowIfCancellationRequested();
        var hashesPerQuote = keysPerQuote.Select(keys => keys.Select(QuoteDocument.ClusterKeyHash).Distinct().ToArray()).ToArray();
        if (hashesPerQuote.All(hashes => hashes.Length == 0))
            return (IReadOnlyList<IReadOnlyList<ClusterCandidate>>)[.. keysPerQuote.Select(_ => (IReadOnlyList<ClusterCandidate>)[])];

        return WithSearcher(searcher =>
        {
            var postings = Postings(searcher, hashesPerQuote.SelectMany(hashes => hashes).ToHashSet());
            var read = new Dictionary<int, ClusterCandidate>();
            var found = new IReadOnlyList<ClusterCandidate>[keysPerQuote.Count];
            for (var i = 0; i < found.Length; i++)
            {
                var shared = new Dictionary<int, int>();
                foreach (var hash in hashesPerQuote[i])
                {
                    foreach (var doc in postings.GetValueOrDefault(hash) ?? [])
                        shared[doc] = shared.GetValueOrDefault(doc) + 1;
                }

                // Only the documents that make the cut are read; ties keep index order, oldest first.
                found[i] = shared
                    .OrderByDescending(pair => pair.Value)
                    .ThenBy(pair => pair.Key)
                    .Take(limit)
                    .Select(pair => read.TryGetValue(pair.Key, out var known)
                        ? known
                        : read[pair.Key] = ReadCandidate(searcher, pair.Key))
                    .ToList();
            }

            return (IReadOnlyList<IReadOnlyList<ClusterCandidate>>)found;
        });
    });

    private static ClusterCandidate ReadCandidate(IndexSearcher searcher, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return QuoteDocument.ReadCandidate(leaf.AtomicReader, doc - leaf.DocBase);
    }

    /// <summary>The live documents of each key hash, at most <see cref="PostingsPerKey"/> each, oldest segment first.</summary>
    private static Dictionary<ulong, List<int>> Postings(IndexSearcher searcher, HashSet<ulong> hashes)
    {
        // Most keys are found nowhere: a list is made only for a key that has documents.
        var postings = new Dictionary<ulong, List<int>>();
        var found = new List<int>(PostingsPerKey);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var table = SegmentClusterKeys.Of(reader);
            foreach (var hash in hashes)
            {
                var docs = postings.GetValueOrDefault(hash) ?? found;
                if (docs.Count >= PostingsPerKey)
                    continue;
                table.Collect(hash, reader.LiveDocs, leaf.DocBase, docs, PostingsPerKey);
                if (ReferenceEquals(docs, found) && found.Count > 0)
                    (postings[hash], found) = (found, new List<int>(PostingsPerKey));
            }
        }

        return postings;
    }

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
