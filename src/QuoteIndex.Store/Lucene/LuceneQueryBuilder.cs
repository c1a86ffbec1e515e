using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using QuoteIndex.Core.Search;
using QuoteIndex.Core.Storage;
using QuoteIndex.Store.Lucene.Search;

namespace QuoteIndex.Store.Lucene;

/// <summary>Turns a <see cref="QuoteQuery"/> into what <see cref="IndexSearcher"/> takes: a scoring query, a non-scoring filter and a sort.</summary>
internal static class LuceneQueryBuilder
{
    // The id breaks ties so that equal scores (or equal dates) page the same way every time.
    public static readonly SortField ById = new(QuoteDocument.Id, SortFieldType.STRING);

    private static readonly Sort ByRelevance = new(SortField.FIELD_SCORE, ById);

    private static readonly Sort ByNewest = new(ByDate(QuoteDocument.Published, newestFirst: true), ById);
    private static readonly Sort PublishedOldest = new(ByDate(QuoteDocument.Published, newestFirst: false), ById);
    private static readonly Sort StatementNewest = new(ByDate(QuoteDocument.StatementDay, newestFirst: true), ById);
    private static readonly Sort StatementOldest = new(ByDate(QuoteDocument.StatementDay, newestFirst: false), ById);

    /// <summary>The scoring part: the parsed text (<see cref="SearchSyntax"/>), or every quote when the text is blank.</summary>
    /// <param name="query">The search.</param>
    /// <param name="analyzer">The index's analyser.</param>
    /// <param name="reader">When given, prefixes that match too many words are refused.</param>
    /// <exception cref="InvalidQueryException">The text cannot be read, or asks for too broad a prefix.</exception>
    public static Query Match(QuoteQuery query, Analyzer analyzer, IndexReader? reader = null) =>
        SearchTranslator.Translate(SearchSyntax.Parse(query.Text), analyzer, reader);

    /// <summary><paramref name="match"/> narrowed by <paramref name="filter"/> without a change to its scores.</summary>
    public static Query Filtered(Query match, QuoteFilter filter) =>
        Filter(filter) is { } conditions ? new FilteredQuery(match, conditions) : match;

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

    /// <summary>The hits' order: <see cref="QuoteQuery.EffectiveSort"/> on <see cref="QuoteQuery.DateField"/>, ties by id.</summary>
    public static Sort Order(QuoteQuery query) => query.EffectiveSort switch
    {
        QuoteSort.Relevance => ByRelevance,
        QuoteSort.Newest => query.DateField == QuoteDateField.Statement ? StatementNewest : ByNewest,
        QuoteSort.Oldest => query.DateField == QuoteDateField.Statement ? StatementOldest : PublishedOldest,
        _ => throw new ArgumentOutOfRangeException(nameof(query), query.EffectiveSort, "Unknown sort."),
    };

    // Quotes without the date go last in either direction rather than being taken for 1970 or year 1.
    private static SortField ByDate(string field, bool newestFirst)
    {
        var date = new SortField(field, SortFieldType.INT64, reverse: newestFirst);
        date.SetMissingValue(newestFirst ? long.MinValue : long.MaxValue);
        return date;
    }

    private static void AddAnyOf(BooleanQuery all, string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery();
        foreach (var value in values.Select(QuoteDocument.Keyword).Distinct(StringComparer.Ordinal))
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        if (any.Clauses.Count > 0)
            all.Add(any, Occur.MUST);
    }
}
