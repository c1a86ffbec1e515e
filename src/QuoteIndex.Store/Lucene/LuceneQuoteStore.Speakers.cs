using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Store.Lucene;

/// <summary>Speakers: autocomplete from the suggest terms, and the counts behind a speaker's page.</summary>
public sealed partial class LuceneQuoteStore
{
    // Quotes without a publication date go last rather than being taken for 1970.
    private static readonly Sort NewestFirst = new(NewestPublished(), LuceneQueryBuilder.ById);

    public Task<IReadOnlyList<SpeakerSuggestion>> SuggestSpeakersAsync(string prefix, int limit, CancellationToken cancellationToken) => Completed(() =>
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        cancellationToken.ThrowIfCancellationRequested();
        var key = Speaker.KeyFor(prefix);
        if (key.Length == 0)
            return (IReadOnlyList<SpeakerSuggestion>)[];

        return WithSearcher(searcher => (IReadOnlyList<SpeakerSuggestion>)NameCounts(searcher, key)
            .GroupBy(c => c.Key.SpeakerKey, StringComparer.Ordinal)
            .Select(speaker => new SpeakerSuggestion(
                speaker.Key,
                speaker.OrderByDescending(c => c.Value).ThenBy(c => c.Key.Name, StringComparer.Ordinal).First().Key.Name,
                speaker.Sum(c => c.Value)))
            .OrderByDescending(s => s.QuoteCount)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .Take(limit)
            .ToList());
    });

    public Task<SpeakerStatistics?> GetSpeakerStatisticsAsync(string speakerKey, QuoteFilter filter, int recent, CancellationToken cancellationToken) => Completed(() =>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(speakerKey);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(recent);
        cancellationToken.ThrowIfCancellationRequested();
        return WithSearcher(searcher =>
        {
            // The term of the key's first word is the whole key: its postings are exactly the speaker's quotes.
            var whole = $"{speakerKey}{QuoteDocument.SuggestSeparator}{speakerKey}{QuoteDocument.SuggestSeparator}";
            var names = NameCounts(searcher, whole);
            if (names.Count == 0)
                return null;

            var query = LuceneQueryBuilder.Conditions(filter with { SpeakerKeys = [speakerKey] });
            var counts = new SpeakerStatisticsCollector();
            var newest = TopFieldCollector.Create(
                NewestFirst, Math.Max(1, recent), fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: true);
            searcher.Search(new ConstantScoreQuery(query), MultiCollector.Wrap(counts, newest));
            var latest = recent == 0
                ? []
                : newest.GetTopDocs().ScoreDocs.Select(hit => QuoteDocument.Read(searcher, hit.Doc)).ToList();
            return counts.ToStatistics(speakerKey, ValueCount.Ranked(names.Select(n => KeyValuePair.Create(n.Key.Name, n.Value))), latest);
        });
    });

    /// <summary>
    /// The live quotes of each (speaker key, display name) whose <see cref="QuoteDocument.SpeakerSuggest"/> terms start
    /// with <paramref name="prefix"/>. A quote has one term per word of its speaker's key and a prefix can match several
    /// ("jo" matches "john-johnson…" and "johnson…"); those terms share their postings, so each pair counts once per segment.
    /// </summary>
    private static Dictionary<(string SpeakerKey, string Name), long> NameCounts(IndexSearcher searcher, string prefix)
    {
        var counts = new Dictionary<(string SpeakerKey, string Name), long>();
        var start = new BytesRef(prefix);
        DocsEnum? reuse = null;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            if (reader.GetTerms(QuoteDocument.SpeakerSuggest)?.GetEnumerator() is not { } terms
                || terms.SeekCeil(start) == TermsEnum.SeekStatus.END)
                continue;
            var inSegment = new Dictionary<(string SpeakerKey, string Name), long>();
            do
            {
                var term = terms.Term;
                if (!StringHelper.StartsWith(term, start))
                    break;
                var parts = term.Utf8ToString().Split(QuoteDocument.SuggestSeparator);
                var pair = (parts[1], parts[2]);
                if (inSegment.ContainsKey(pair))
                    continue;
                inSegment[pair] = LiveDocs(reader, terms, ref reuse);
            }
            while (terms.MoveNext());

            foreach (var (pair, count) in inSegment.Where(c => c.Value > 0))
                counts[pair] = counts.GetValueOrDefault(pair) + count;
        }

        return counts;
    }

    // Without deletions a term's document frequency is its count; with them, the postings are walked past deleted quotes.
    private static long LiveDocs(AtomicReader reader, TermsEnum terms, ref DocsEnum? reuse)
    {
        if (reader.LiveDocs is null)
            return terms.DocFreq;
        var docs = reuse = terms.Docs(reader.LiveDocs, reuse, DocsFlags.NONE);
        var count = 0L;
        while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            count++;
        return count;
    }

    private static SortField NewestPublished()
    {
        var published = new SortField(QuoteDocument.Published, SortFieldType.INT64, reverse: true);
        published.SetMissingValue(long.MinValue);
        return published;
    }
}
