using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Store.Lucene;

/// <summary>Turns a <see cref="QuoteQuery"/> into what <see cref="IndexSearcher"/> takes: a scoring query, a non-scoring filter and a sort.</summary>
internal static class LuceneQueryBuilder
{
    // The id breaks ties so that equal scores (or equal dates) page the same way every time.
    public static readonly SortField ById = new(QuoteDocument.Id, SortFieldType.STRING);

    private static readonly Sort ByRelevance = new(SortField.FIELD_SCORE, ById);

    private static readonly Sort ByNewest = new(NewestFirst(), ById);

    /// <summary>The scoring part: the parsed text, or every quote when the text is blank.</summary>
    /// <exception cref="InvalidQueryException">The text is not valid classic query syntax.</exception>
    public static Query Match(QuoteQuery query, Analyzer analyzer)
    {
        if (string.IsNullOrWhiteSpace(query.Text))
            return new MatchAllDocsQuery();

        // A parser keeps state while it parses: one per query.
        var parser = new QueryParser(QuoteDocument.Version, QuoteDocument.Text, analyzer)
        {
            DefaultOperator = Operator.AND,
        };
        try
        {
            return parser.Parse(query.Text);
        }
        catch (ParseException ex)
        {
            throw new InvalidQueryException($"The query \"{query.Text}\" could not be parsed: {ex.Message}", ex);
        }
        catch (BooleanQuery.TooManyClausesException ex)
        {
            throw new InvalidQueryException($"The query \"{query.Text}\" expands to too many terms.", ex);
        }
    }

    /// <summary>The filters that must all hold, or null when there are none. Filters narrow the matches without touching scores.</summary>
    public static Filter? Filter(QuoteQuery query) => Filter(query.Filter);

    /// <inheritdoc cref="Filter(QuoteQuery)"/>
    public static Filter? Filter(QuoteFilter filter)
    {
        var conditions = Conditions(filter);
        return conditions.Clauses.Count == 0 ? null : new QueryWrapperFilter(conditions);
    }

    /// <summary>Every condition of <paramref name="filter"/> as a MUST clause of one query (no clauses when it is empty).</summary>
    public static BooleanQuery Conditions(QuoteFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var all = new BooleanQuery();
        AddAnyOf(all, QuoteDocument.SpeakerKey, filter.SpeakerKeys);
        AddAnyOf(all, QuoteDocument.Outlet, filter.Outlets);
        AddAnyOf(all, QuoteDocument.Kind, filter.Kinds.Select(QuoteDocument.KindTerm));
        AddAnyOf(all, QuoteDocument.VenueType, filter.VenueTypes.Select(QuoteDocument.VenueTypeTerm));
        AddAnyOf(all, QuoteDocument.Language, filter.Languages.Select(l => l.ToLowerInvariant()));
        if (filter.StatementDates is { } statementDates)
        {
            all.Add(NumericRangeQuery.NewInt32Range(QuoteDocument.StatementDay,
                statementDates.From?.DayNumber, statementDates.To?.DayNumber, minInclusive: true, maxInclusive: true), Occur.MUST);
        }

        if (filter.PublishedDates is { } publishedDates)
        {
            // Whole UTC days: from the first millisecond of From to the last of To.
            var from = publishedDates.From is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds() : (long?)null;
            var to = publishedDates.To is { } t ? new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds() - 1 : (long?)null;
            all.Add(NumericRangeQuery.NewInt64Range(QuoteDocument.Published, from, to, minInclusive: true, maxInclusive: true), Occur.MUST);
        }

        if (filter.MinConfidence is { } minConfidence)
        {
            all.Add(NumericRangeQuery.NewInt32Range(QuoteDocument.Confidence,
                QuoteDocument.ConfidenceTerm(minConfidence), null, minInclusive: true, maxInclusive: true), Occur.MUST);
        }

        return all;
    }

    /// <summary>By relevance for a text search; newest first when every quote matches alike.</summary>
    public static Sort Order(QuoteQuery query) => string.IsNullOrWhiteSpace(query.Text) ? ByNewest : ByRelevance;

    // Quotes without a publication date go last rather than being taken for 1970.
    private static SortField NewestFirst()
    {
        var published = new SortField(QuoteDocument.Published, SortFieldType.INT64, reverse: true);
        published.SetMissingValue(long.MinValue);
        return published;
    }

    private static void AddAnyOf(BooleanQuery all, string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery();
        foreach (var value in values.Distinct(StringComparer.Ordinal))
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        if (any.Clauses.Count > 0)
            all.Add(any, Occur.MUST);
    }
}
