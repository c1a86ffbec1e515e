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

    public override void Spans(IndexSnapshot snapshot, StoredDocument document, HighlightTarget highlighted, List<MatchSpan> spans) =>
        TermSpans.Add(document, mapping, highlighted, t => t == term, spans);
}

/// <summary>A constant-score test of a field's values: terms, range, exists, prefix, wildcard (their default rewrite).</summary>
internal sealed class FieldTestQuery(FieldMapping field, Func<FieldData, bool> test, Func<string, bool>? termTest, double boost) : Query
{
    public override double? Score(IndexSnapshot snapshot, StoredDocument document) =>
        document.Field(field.Path) is { } data && test(data) ? boost : null;

    public override void Spans(IndexSnapshot snapshot, StoredDocument document, HighlightTarget highlighted, List<MatchSpan> spans)
    {
        if (termTest is not null)
            TermSpans.Add(document, field, highlighted, termTest, spans);
    }

    /// <summary>A test over the terms (text tokens, keyword values) of a field.</summary>
    public static FieldTestQuery Terms(FieldMapping field, Func<string, bool> termTest, double boost) =>
        new(field, d => d.AllTerms.Any(termTest), termTest, boost);

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
    /// <summary>The tokens (or whole keyword values) of the highlighted field whose term passes, when a clause on <paramref name="field"/> marks it.</summary>
    public static void Add(StoredDocument document, FieldMapping field, HighlightTarget highlighted, Func<string, bool> test, List<MatchSpan> spans)
    {
        if (!highlighted.Accepts(field) || document.Field(highlighted.Field) is not { } data)
            return;
        foreach (var token in data.Tokens)
        {
            if (test(token.Term))
                spans.Add(new MatchSpan(token.Value, token.Start, token.End));
        }

        if (data.Tokens.Count == 0)
        {
            for (var i = 0; i < data.Terms.Count && i < data.Values.Count; i++)
            {
                if (test(data.Terms[i]))
                    spans.Add(new MatchSpan(i, 0, data.Values[i].Length));
            }
        }
    }
}
