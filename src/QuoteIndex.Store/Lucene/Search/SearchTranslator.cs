using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using QuoteIndex.Core.Search;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Store.Lucene.Search;

/// <summary>
/// A <see cref="SearchExpression"/> as a Lucene query: words on the stemmed text, phrases, prefixes and fuzzy words on
/// the exact copy (spelling is what they are about, and stems would cut "runni*" off from "running").
/// </summary>
internal static class SearchTranslator
{
    /// <summary>A prefix that stands for more different words than this is refused: it would match nearly everything.</summary>
    public const int MaxPrefixTerms = 1000;

    /// <summary>The most words a fuzzy word expands to; the closest are kept.</summary>
    public const int MaxFuzzyExpansions = 50;

    /// <summary>The query for <paramref name="expression"/>; every quote when it is null. Prefixes are checked against <paramref name="reader"/>'s words when given.</summary>
    /// <exception cref="InvalidQueryException">A prefix matches more than <see cref="MaxPrefixTerms"/> words.</exception>
    public static Query Translate(SearchExpression? expression, Analyzer analyzer, IndexReader? reader)
    {
        if (expression is null)
            return new MatchAllDocsQuery();

        var all = new BooleanQuery();
        foreach (var clause in expression.Clauses)
        {
            if (Node(clause.Node, analyzer, reader) is { } query)
                all.Add(query, clause.Excluded ? Occur.MUST_NOT : Occur.MUST);
        }

        // Only stop words ("the") and exclusions left: a search for nothing finds nothing.
        return all;
    }

    private static Query? Node(SearchNode node, Analyzer analyzer, IndexReader? reader) => node switch
    {
        Word word => Words(QuoteDocument.Text, word.Text, analyzer),
        Phrase phrase => Words(QuoteDocument.TextExact, phrase.Text, analyzer),
        Prefix prefix => PrefixOf(prefix, analyzer, reader),
        Fuzzy fuzzy => Terms(QuoteDocument.TextExact, fuzzy.Text, analyzer) is [.. var rest, var last]
            ? With(rest, new FuzzyQuery(new Term(QuoteDocument.TextExact, last), fuzzy.MaxEdits, prefixLength: 1, MaxFuzzyExpansions, transpositions: true))
            : null,
        AnyOf any => AnyOfNodes(any, analyzer, reader),
        EveryQuote => new MatchAllDocsQuery(),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node, "Unknown search node."),
    };

    private static Query? AnyOfNodes(AnyOf any, Analyzer analyzer, IndexReader? reader)
    {
        var options = new BooleanQuery();
        foreach (var option in any.Options)
        {
            if (Node(option, analyzer, reader) is { } query)
                options.Add(query, Occur.SHOULD);
        }

        return options.Clauses.Count == 0 ? null : options;
    }

    private static Query? PrefixOf(Prefix prefix, Analyzer analyzer, IndexReader? reader)
    {
        if (Terms(QuoteDocument.TextExact, prefix.Text, analyzer) is not [.. var rest, var last])
            return null;

        var words = CountTermsWithPrefix(reader, last, MaxPrefixTerms + 1);
        if (words > MaxPrefixTerms)
        {
            throw new InvalidQueryException(
                $"The prefix \"{prefix.Text}*\" matches more than {MaxPrefixTerms} different words; give more letters before '*'.");
        }

        return With(rest, new PrefixQuery(new Term(QuoteDocument.TextExact, last)));
    }

    /// <summary>How many different indexed words start with <paramref name="prefix"/>, counting no further than <paramref name="limit"/>.</summary>
    private static int CountTermsWithPrefix(IndexReader? reader, string prefix, int limit)
    {
        var terms = reader is null ? null : MultiFields.GetTerms(reader, QuoteDocument.TextExact);
        if (terms is null)
            return 0;
        var start = new BytesRef(prefix);
        var iterator = terms.GetEnumerator();
        if (iterator.SeekCeil(start) == TermsEnum.SeekStatus.END)
            return 0;
        var count = 0;
        do
        {
            if (!StringHelper.StartsWith(iterator.Term, start))
                break;
            count++;
        }
        while (count < limit && iterator.MoveNext());
        return count;
    }

    // Words an analyser split one typed word into ("e-mail") stay together as a phrase ahead of the last one.
    private static Query With(IReadOnlyList<string> before, Query last)
    {
        if (before.Count == 0)
            return last;
        var all = new BooleanQuery();
        foreach (var term in before)
            all.Add(new TermQuery(new Term(QuoteDocument.TextExact, term)), Occur.MUST);
        all.Add(last, Occur.MUST);
        return all;
    }

    /// <summary>The words of <paramref name="text"/> as <paramref name="field"/> indexes them: a term, a phrase, or null when none are left.</summary>
    private static Query? Words(string field, string text, Analyzer analyzer)
    {
        var phrase = new PhraseQuery();
        var position = -1;
        var count = 0;
        Term? only = null;
        using (var stream = analyzer.GetTokenStream(field, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                position += increment.PositionIncrement;
                only = new Term(field, term.ToString());
                phrase.Add(only, position);
                count++;
            }

            stream.End();
        }

        return count switch
        {
            0 => null,
            1 => new TermQuery(only),
            _ => phrase,
        };
    }

    /// <summary>The terms <paramref name="field"/>'s analyser makes of <paramref name="text"/>.</summary>
    public static List<string> Terms(string field, string text, Analyzer analyzer)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}
