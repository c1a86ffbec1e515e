using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using QuoteIndex.Core.Clustering;
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
    /// key table (<see cref="SegmentClusterKeys"/>), in hash order, and each quote's candidates are then counted from those postings.
    /// </summary>
    public Task<IReadOnlyList<IReadOnlyList<ClusterCandidate>>> FindClusterCandidatesForEachAsync(
        IReadOnlyList<IReadOnlyCollection<string>> keysPerQuote, int limit, CancellationToken cancellationToken) => Completed(() =>
    {
        ArgumentNullException.ThrowIfNull(keysPerQuote);
        return CandidatesForEach([.. keysPerQuote.Select(keys => keys.Select(QuoteDocument.ClusterKeyHash).Distinct().ToArray())], limit, cancellationToken);
    });

    /// <summary>As the look-up by keys, from the hashes the signatures hold: the keys are never made into strings.</summary>
    public Task<IReadOnlyList<IReadOnlyList<ClusterCandidate>>> FindClusterCandidatesForEachAsync(
        IReadOnlyList<QuoteSignature> signatures, int limit, CancellationToken cancellationToken) => Completed(() =>
    {
        ArgumentNullException.ThrowIfNull(signatures);
        return CandidatesForEach([.. signatures.Select(s => s.KeyHashes.Distinct().ToArray())], limit, cancellationToken);
    });

    private IReadOnlyList<IReadOnlyList<ClusterCandidate>> CandidatesForEach(ulong[][] hashesPerQuote, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        cancellationToken.ThrowIfCancellationRequested();
        if (hashesPerQuote.All(hashes => hashes.Length == 0))
            return [.. hashesPerQuote.Select(_ => (IReadOnlyList<ClusterCandidate>)[])];

        return WithSearcher(searcher =>
        {
            using var shared = SharedKeys(searcher, hashesPerQuote);
            var read = new Dictionary<int, ClusterCandidate>();
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            var found = new IReadOnlyList<ClusterCandidate>[hashesPerQuote.Length];
            for (var i = 0; i < found.Length; i++)
            {
                // Only the documents that make the cut are read; ties keep index order, oldest first.
                found[i] = shared.Of(i)
                    .OrderByDescending(pair => pair.Value)
                    .ThenBy(pair => pair.Key)
                    .Take(limit)
                    .Select(pair => read.TryGetValue(pair.Key, out var known)
                        ? known
                        : read[pair.Key] = ReadCandidate(searcher, pair.Key, strings))
                    .ToList();
            }

            return (IReadOnlyList<IReadOnlyList<ClusterCandidate>>)found;
        });
    }

    /// <summary>
    /// The candidate in document <paramref name="doc"/>, its words and cluster id shared with earlier candidates of the
    /// same batch through <paramref name="strings"/>: the copies of a statement have the same words and mostly the same
    /// cluster, and a batch of a corpus ingested again holds about ten copies of each of its quotes' words otherwise.
    /// </summary>
    private static ClusterCandidate ReadCandidate(IndexSearcher searcher, int doc, Dictionary<string, string> strings)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var candidate = QuoteDocument.ReadCandidate(leaf.AtomicReader, doc - leaf.DocBase);
        return new ClusterCandidate(candidate.QuoteId, Shared(candidate.ClusterId, strings), Shared(candidate.Text, strings));
    }

    private static string Shared(string value, Dictionary<string, string> strings)
    {
        ref var shared = ref CollectionsMarshal.GetValueRefOrAddDefault(strings, value, out var exists);
        if (!exists)
            shared = value;
        return shared!;
    }

    /// <summary>The documents sharing keys with each quote, read at most <see cref="PostingsPerKey"/> a key, oldest segment first.</summary>
    private SharedKeyCounts SharedKeys(IndexSearcher searcher, ulong[][] hashesPerQuote)
    {
        var shared = new SharedKeyCounts(hashesPerQuote);
        // In hash order, each segment's table is read forward once.
        var hashes = shared.Hashes;
        var found = new List<int>(PostingsPerKey);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            using var table = _keyTables.Of(reader).StartLookup();
            for (var key = 0; key < hashes.Length; key++)
            {
                var room = PostingsPerKey - shared.Count(key);
                if (room <= 0)
                    continue;
                found.Clear();
                table.Collect(hashes[key], reader.LiveDocs, leaf.DocBase, found, room);
                shared.Add(key, found);
            }
        }

        return shared;
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
                .Select(hit => ClusterAppearance.Of(QuoteDocument.Read(searcher, hit.Doc)))
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
            // Every search page asks for its hits' sizes: a snapshot remembers the ones it has counted.
            var known = KnownClusterSizes.GetValue(searcher.IndexReader, _ => new ConcurrentDictionary<string, long>(StringComparer.Ordinal));
            var sizes = new Dictionary<string, long>(clusterIds.Count, StringComparer.Ordinal);
            List<string>? missing = null;
            foreach (var id in clusterIds)
            {
                if (known.TryGetValue(id, out var size))
                    sizes[id] = size;
                else
                    (missing ??= []).Add(id);
            }

            if (missing is null)
                return (IReadOnlyDictionary<string, long>)sizes;
            if (known.Count > MaxKnownClusterSizes)
                known.Clear();
            foreach (var (id, size) in ClusterSizes(searcher.IndexReader, missing))
                sizes[id] = known[id] = size;
            return sizes;
        });
    });

    // Cluster sizes remembered per snapshot; past this many, a snapshot forgets them all and starts again (a few MB).
    private const int MaxKnownClusterSizes = 50_000;

    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, long>> KnownClusterSizes = new();

    /// <summary>
    /// One terms enumerator per segment, sought id by id in byte order: a page's twenty ids cost a few dictionary seeks
    /// each rather than a whole query each (weights, term statistics, a scorer per segment), which showed in every search.
    /// </summary>
    private static Dictionary<string, long> ClusterSizes(IndexReader reader, IReadOnlyCollection<string> clusterIds)
    {
        var ids = clusterIds.Distinct(StringComparer.Ordinal).Select(id => new BytesRef(id)).ToList();
        ids.Sort();
        var sizes = ids.ToDictionary(id => id.Utf8ToString(), _ => 0L, StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(QuoteDocument.ClusterId)?.GetEnumerator();
            if (terms is null)
                continue;
            var live = leaf.AtomicReader.LiveDocs;
            var present = SegmentClusterIds.For(leaf.AtomicReader);
            DocsEnum? docs = null;
            foreach (var id in ids)
            {
                if (!present.MayContain(id) || !terms.SeekExact(id))
                    continue;
                long count = 0;
                if (live is null)
                {
                    // No deletions in the segment: the term's document frequency is exact.
                    count = terms.DocFreq;
                }
                else
                {
                    // Deleted quotes still count in the document frequency; walking the live postings skips them.
                    docs = terms.Docs(live, docs, DocsFlags.NONE);
                    while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                        count++;
                }

                sizes[id.Utf8ToString()] += count;
            }
        }

        return sizes;
    }

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
