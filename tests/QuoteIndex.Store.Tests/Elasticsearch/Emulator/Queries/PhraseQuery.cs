namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator.Queries;

/// <summary>
/// Terms at relative positions, within <c>slop</c> moves; scored by BM25 over the phrase frequency (1 / (distance + 1)
/// for each sloppy match) with the sum of the terms' idf, as Lucene's PhraseQuery does.
/// </summary>
internal sealed class PhraseQuery(FieldMapping field, IReadOnlyList<(string Term, int Position)> terms, int slop, double boost) : Query
{
    public override double? Score(IndexSnapshot snapshot, StoredDocument document)
    {
        var found = Find(document);
        if (found.Count == 0)
            return null;
        var statistics = snapshot.Statistics(field.Path);
        var idf = terms.Select(t => t.Term).Distinct(StringComparer.Ordinal).Sum(statistics.Idf);
        var frequency = found.Sum(m => 1.0 / (m.Distance + 1));
        return boost * Bm25.Score(idf, frequency, document.Field(field.Path)!.Length, statistics.AverageLength, norms: true);
    }

    public override void Spans(IndexSnapshot snapshot, StoredDocument document, string highlighted, List<MatchSpan> spans)
    {
        if (highlighted == field.Path)
            spans.AddRange(Find(document).Select(m => m.Span));
    }

    private List<(int Distance, MatchSpan Span)> Find(StoredDocument document)
    {
        var matches = new List<(int, MatchSpan)>();
        if (document.Field(field.Path) is not { } data || terms.Count == 0)
            return matches;
        var byTerm = terms.Select(t => data.Tokens.Where(token => token.Term == t.Term).ToList()).ToList();
        if (byTerm.Any(l => l.Count == 0))
            return matches;
        foreach (var anchor in byTerm[0])
        {
            var start = anchor.Position - terms[0].Position;
            var chosen = new List<Token> { anchor };
            for (var i = 1; i < terms.Count; i++)
            {
                var wanted = start + terms[i].Position;
                chosen.Add(byTerm[i].MinBy(t => Math.Abs(t.Position - wanted)));
            }

            var starts = chosen.Select((t, i) => t.Position - terms[i].Position).ToList();
            var distance = slop == 0 ? starts.Distinct().Count() == 1 ? 0 : int.MaxValue : starts.Max() - starts.Min();
            if (distance > slop || chosen.Select(t => t.Position).Distinct().Count() < chosen.Count || chosen.Any(t => t.Value != anchor.Value))
                continue;
            matches.Add((distance, new MatchSpan(anchor.Value, chosen.Min(t => t.Start), chosen.Max(t => t.End))));
        }

        return matches;
    }
}
