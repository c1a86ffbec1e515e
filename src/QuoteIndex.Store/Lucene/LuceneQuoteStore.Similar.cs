using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Store.Lucene;

/// <summary>Candidates for statement verification, found as Elasticsearch's more_like_this finds look-alikes.</summary>
public sealed partial class LuceneQuoteStore
{
    /// <summary>The rarest words of a statement that are looked up; a long statement is still a bounded query.</summary>
    internal const int MaxSimilarTerms = 32;

    /// <summary>Share of a statement's words a candidate must have (more_like_this's default minimum_should_match).</summary>
    internal const double MinShareOfTerms = 0.3;

    // Far above what shared words score, so the same words always come first.
    private const float ExactKeyBoost = 100f;

    public Task<IReadOnlyList<Quote>> FindSimilarAsync(string statement, int limit, CancellationToken cancellationToken) => Completed(() =>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        cancellationToken.ThrowIfCancellationRequested();
        return WithSearcher(searcher =>
        {
            var query = new BooleanQuery();
            if (QuoteText.Normalise(statement).Length > 0)
                query.Add(new TermQuery(new Term(QuoteDocument.ExactKey, QuoteText.ExactKey(statement))) { Boost = ExactKeyBoost }, Occur.SHOULD);
            if (SharedWords(searcher.IndexReader, statement) is { } words)
                query.Add(words, Occur.SHOULD);
            if (query.Clauses.Count == 0)
                return (IReadOnlyList<Quote>)[];

            var top = searcher.Search(query, AtMostMaxDoc(searcher, limit));
            return top.ScoreDocs.Select(hit => QuoteDocument.Read(searcher, hit.Doc)).ToList();
        });
    });

    /// <summary>
    /// The statement's stemmed words that the index holds, rarest first and at most <see cref="MaxSimilarTerms"/>, any
    /// <see cref="MinShareOfTerms"/> of which (at least two when there are three or more) make a candidate; null when no
    /// word of the statement is indexed. Words no quote has cannot match, so they do not count against the share.
    /// </summary>
    private BooleanQuery? SharedWords(IndexReader reader, string statement)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        using (var stream = _analyzer.GetTokenStream(QuoteDocument.Text, statement))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
                terms.Add(term.ToString());
            stream.End();
        }

        var indexed = terms
            .Select(t => new Term(QuoteDocument.Text, t))
            .Select(t => (Term: t, Frequency: reader.DocFreq(t)))
            .Where(t => t.Frequency > 0)
            .OrderBy(t => t.Frequency)
            .ThenBy(t => t.Term.Text, StringComparer.Ordinal)
            .Take(MaxSimilarTerms)
            .ToList();
        if (indexed.Count == 0)
            return null;

        var words = new BooleanQuery();
        foreach (var (term, _) in indexed)
            words.Add(new TermQuery(term), Occur.SHOULD);
        words.MinimumNumberShouldMatch = indexed.Count < 3 ? 1 : Math.Max(2, (int)Math.Ceiling(indexed.Count * MinShareOfTerms));
        return words;
    }
}
