using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Core.Clustering;

/// <summary>
/// Groups quotes that repeat one statement across articles (the same words, or nearly), so each quote knows where
/// else it appeared and which appearance came first. Runs in the store stage of ingestion, one batch at a time.
/// </summary>
/// <remarks>
/// A quote joins the cluster of its best verified match (<see cref="QuoteSignature.Matches"/>) among the stored
/// quotes and the quotes before it in the batch; with no match it keeps its own cluster id, its exact key. Rules:
/// <list type="bullet">
/// <item>Best match: the highest similarity, then the quote's own stored copy (so re-ingesting changes nothing),
/// then the smallest cluster id, so the choice never depends on the order the store returns candidates in.</item>
/// <item>A quote that matches two clusters joins the best one; the clusters are never merged, since a merge would
/// rename ids that readers already hold, and chains of near matches would drift into unrelated statements.</item>
/// <item>Within a batch, quotes are weighed earliest published first, so a new cluster is founded by (and named after
/// the exact key of) its earliest quote in the batch. Which appearance is first is decided when the cluster is
/// read, by publication time, never by ingestion order.</item>
/// </list>
/// </remarks>
public sealed class QuoteClusterer(IQuoteStore store)
{
    /// <summary>Stored look-alikes weighed per quote; those sharing the most keys come first, so more would add little.</summary>
    public const int StoreCandidateLimit = 10;

    /// <summary>Earlier quotes of the batch weighed per key: a statement repeated hundreds of times in one batch stays linear.</summary>
    internal const int BatchCandidatesPerKey = 32;

    // The last batch's look-up table, for the next batch (one at a time; a concurrent batch makes its own).
    private BatchMembers? _spareMembers;

    /// <summary>The quotes of a batch, in their order, each with its cluster set; matches are looked for in the batch and in the store.</summary>
    public Task<IReadOnlyList<Quote>> AssignAsync(IReadOnlyList<Quote> quotes, CancellationToken cancellationToken) =>
        AssignAsync(quotes, [], cancellationToken);

    /// <summary>
    /// As <see cref="AssignAsync(IReadOnlyList{Quote}, CancellationToken)"/>, while <paramref name="beingWritten"/>
    /// (quotes already assigned, whose write may not be visible in the store yet) is weighed as if it came earlier in
    /// the batch: ingestion clusters one batch while the store commits the one before.
    /// </summary>
    public async Task<IReadOnlyList<Quote>> AssignAsync(
        IReadOnlyList<Quote> quotes, IReadOnlyList<Quote> beingWritten, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(beingWritten);
        cancellationToken.ThrowIfCancellationRequested();
        var assigned = new Quote[quotes.Count];
        var order = EarliestPublishedFirst(quotes).ToArray();
        var own = order.Select(i => QuoteSignature.Of(quotes[i].Text)).ToArray();
        // The store is asked once for the whole batch: one pass over its index instead of one look-up per quote.
        var stored = await store.FindClusterCandidatesForEachAsync(own, StoreCandidateLimit, cancellationToken);
        // A stored copy of a batch quote's words is compared through the signature the quote has already: a corpus
        // ingested again finds every quote's earlier copies, and a signature made for each was most of the batch's memory.
        var signatures = new Dictionary<string, QuoteSignature>(StringComparer.Ordinal);
        for (var n = 0; n < order.Length; n++)
            signatures.TryAdd(quotes[order[n]].Text, own[n]);
        var batch = Interlocked.Exchange(ref _spareMembers, null) ?? new BatchMembers();
        foreach (var earlier in beingWritten)
            batch.Add(new Candidate(earlier.Id, earlier.ClusterId, QuoteSignature.Of(earlier.Text)));
        for (var n = 0; n < order.Length; n++)
        {
            var index = order[n];
            var quote = quotes[index];
            var signature = own[n];
            if (signature.ExactKey is { } exactKey)
            {
                var candidates = stored[n]
                    .Select(c => new Candidate(c.QuoteId, c.ClusterId, ComparisonOf(c.Text, signatures)))
                    .Concat(batch.Under(signature.KeyHashes));
                // Without a match the quote keeps its cluster id: by default its exact key, the signature's first key,
                // set here so that every later reader of the id (the store, its JSON) does not hash the words again.
                var clusterId = BestCluster(quote.Id, signature, candidates) ?? (quote.HasSetClusterId ? quote.ClusterId : exactKey);
                quote = quote with { ClusterId = clusterId };
                batch.Add(new Candidate(quote.Id, clusterId, signature));
            }

            assigned[index] = quote;
        }

        if (batch.IsWorthKeeping)
        {
            batch.Clear();
            Volatile.Write(ref _spareMembers, batch);
        }

        return assigned;
    }

    /// <summary>
    /// The cluster of the best candidate that really is the same statement, or null when none is: every candidate is
    /// verified on its words, whatever key brought it, so a hash collision never joins two statements.
    /// </summary>
    internal static string? BestCluster(string quoteId, QuoteSignature signature, IEnumerable<Candidate> candidates)
    {
        Candidate? best = null;
        var bestSimilarity = 0.0;
        foreach (var candidate in candidates)
        {
            var similarity = signature.SimilarityTo(candidate.Signature);
            if (similarity < QuoteSignature.MinSimilarity)
                continue;
            if (best is null || Compare(similarity, candidate, bestSimilarity, best, quoteId) > 0)
            {
                best = candidate;
                bestSimilarity = similarity;
            }
        }

        return best?.ClusterId;
    }

    private static int Compare(double similarity, Candidate candidate, double otherSimilarity, Candidate other, string quoteId)
    {
        if (similarity != otherSimilarity)
            return similarity.CompareTo(otherSimilarity);
        var own = string.Equals(candidate.QuoteId, quoteId, StringComparison.Ordinal);
        var otherOwn = string.Equals(other.QuoteId, quoteId, StringComparison.Ordinal);
        if (own != otherOwn)
            return own ? 1 : -1;
        return string.CompareOrdinal(other.ClusterId, candidate.ClusterId);
    }

    private static IEnumerable<int> EarliestPublishedFirst(IReadOnlyList<Quote> quotes) =>
        Enumerable.Range(0, quotes.Count)
            .OrderBy(i => quotes[i].Article.Published?.UtcTicks ?? long.MaxValue)
            .ThenBy(i => quotes[i].Id, StringComparer.Ordinal);

    private static QuoteSignature ComparisonOf(string text, Dictionary<string, QuoteSignature> known)
    {
        if (!known.TryGetValue(text, out var signature))
            known[text] = signature = QuoteSignature.ForComparison(text);
        return signature;
    }

    /// <summary>A quote that may share a cluster with a new one: from the store, or from earlier in the batch.</summary>
    internal sealed record Candidate(string QuoteId, string ClusterId, QuoteSignature Signature);
}
