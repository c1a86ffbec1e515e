namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator.Queries;

/// <summary>One term in one field, scored by BM25 (a text token or a keyword's normalised value).</summary>
internal sealed class TermQuery(FieldMapping mapping, string term, double boost) : Query
{
    public string Field => mapping.Path;

    public string Term => term;

    public override double? Score(IndexSnapshot snapshot, StoredDocument document)
    {
        if (document.Field(mapping.Path) is not { } data)
            return null;
        var frequency = data.Frequency(term);
        if (frequency == 0)
            return null;
        var statistics = snapshot.Statistics(mapping.Path);
        return boost * Bm25.Score(statistics.Idf(term), frequency, data.Length, statistics.AverageLength, mapping.Kind == FieldKind.Text);
    }

    public override void Spans(IndexSnapshot snapshot, StoredDocument document, string highlighted, List<MatchSpan> spans) =>
        TermSpans.Add(document, mapping, highlighted, t => t == term, spans);
}

/// <summary>
/// A constant-score test of a field's values: terms, range, exists, prefix, wildcard, regexp; fuzzy scores each
/// matching term instead, as its rewrite does.
/// </summary>
internal sealed class FieldTestQuery(FieldMapping field, Func<FieldData, bool> test, Func<string, bool>? termTest, double boost, bool scoreTerms = false) : Query
{
    public override double? Score(IndexSnapshot snapshot, StoredDocument document)
    {
        if (document.Field(field.Path) is not { } data || !test(data))
            return null;
        if (!scoreTerms || termTest is null)
            return boost;
        var statistics = snapshot.Statistics(field.Path);
        double score = 0;
        foreach (var term in data.AllTerms.Where(termTest).Distinct(StringComparer.Ordinal))
            score = Math.Max(score, Bm25.Score(statistics.Idf(term), data.Frequency(term), data.Length, statistics.AverageLength, field.Kind == FieldKind.Text));
        return score * boost;
    }

    public override void Spans(IndexSnapshot snapshot, StoredDocument document, string highlighted, List<MatchSpan> spans)
    {
        if (termTest is not null)
            TermSpans.Add(document, field, highlighted, termTest, spans);
    }

    /// <summary>A test over the terms (text tokens, keyword values) of a field.</summary>
    public static FieldTestQuery Terms(FieldMapping field, Func<string, bool> termTest, double boost, bool scoreTerms = false) =>
        new(field, d => d.AllTerms.Any(termTest), termTest, boost, scoreTerms);

    /// <summary>A test over the numbers (dates, numeric values) of a field.</summary>
    public static FieldTestQuery Numbers(FieldMapping field, Func<double, bool> numberTest, double boost) =>
        new(field, d => d.Numbers.Any(numberTest), null, boost);
}

internal sealed class IdsQuery(IReadOnlySet<string> ids, double boost) : Query
{
    public override double? Score(IndexSnapshot snapshot, StoredDocument document) => ids.Contains(document.Id) ? boost : null;
}

internal sealed class ExistsQuery(IReadOnlyList<string> fields, double boost) : Query
{
    public override double? Score(IndexSnapshot snapshot, StoredDocument document) =>
        fields.Any(f => document.Field(f) is { } d && (d.Values.Count > 0)) ? boost : null;
}

internal static class TermSpans
{
    /// <summary>The tokens (or whole keyword values) of <paramref name="field"/> whose term passes, when it is the highlighted field.</summary>
    public static void Add(StoredDocument document, FieldMapping field, string highlighted, Func<string, bool> test, List<MatchSpan> spans)
    {
        if (field.Path != highlighted || document.Field(field.Path) is not { } data)
            return;
        foreach (var token in data.Tokens)
        {
            if (test(token.Term))
                spans.Add(new MatchSpan(token.Value, token.Start, token.End));
        }

        if (field.Kind == FieldKind.Keyword)
        {
            for (var i = 0; i < data.Terms.Count && i < data.Values.Count; i++)
            {
                if (test(data.Terms[i]))
                    spans.Add(new MatchSpan(i, 0, data.Values[i].Length));
            }
        }
    }
}
