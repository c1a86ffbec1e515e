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
    public static Filter? Filter(QuoteQuery query)
    {
        var filters = new BooleanQuery();
        if (query.SpeakerKeys.Count > 0)
            filters.Add(AnyOf(QuoteDocument.SpeakerKey, query.SpeakerKeys), Occur.MUST);
        if (!string.IsNullOrEmpty(query.Outlet))
            filters.Add(new TermQuery(new Term(QuoteDocument.Outlet, query.Outlet)), Occur.MUST);
        if (query.Kinds.Count > 0)
            filters.Add(AnyOf(QuoteDocument.Kind, query.Kinds.Select(QuoteDocument.KindTerm)), Occur.MUST);

        return filters.Clauses.Count == 0 ? null : new QueryWrapperFilter(filters);
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

    private static BooleanQuery AnyOf(string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery();
        foreach (var value in values.Distinct(StringComparer.Ordinal))
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        return any;
    }
}
