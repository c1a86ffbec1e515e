using QuoteIndex.Core.Extraction.Text;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Attribution;

/// <summary>Token and span helpers over the article text.</summary>
internal static partial class SentenceAttributor
{
    /// <summary>The first token after the last quotation before <paramref name="cue"/>: a speaker never stands inside quoted words.</summary>
    private static int NarrativeStart(ArticleText article, int first, int cue)
    {
        for (var k = cue - 1; k >= first; k--)
        {
            var token = article.Tokens[k];
            if (token.Kind is TokenKind.OpenQuote or TokenKind.CloseQuote || article.IsQuotedToken(k))
                return k + 1;
        }

        return first;
    }

    private static int NarrativeEnd(ArticleText article, int from, int last)
    {
        for (var k = from; k < last; k++)
        {
            var token = article.Tokens[k];
            if (token.Kind is TokenKind.OpenQuote or TokenKind.CloseQuote || article.IsQuotedToken(k))
                return k;
        }

        return last;
    }

    private static int Words(ArticleText article, TextSpan span)
    {
        var count = 0;
        foreach (var k in TokensIn(article, span))
        {
            if (article.Tokens[k].Kind is TokenKind.Word or TokenKind.Number)
                count++;
        }

        return count;
    }

    private static bool HasQuotation(ArticleText article, TextSpan span)
    {
        foreach (var k in TokensIn(article, span))
        {
            if (article.Tokens[k].Kind is TokenKind.Word && article.IsQuotedToken(k))
                return true;
        }

        return false;
    }

    /// <summary>Four in five words quoted: "\"We won,\" she said", not "In an interview on \"Face the Nation,\" Ryan said".</summary>
    private static bool MostlyQuoted(ArticleText article, TextSpan span)
    {
        int quoted = 0, all = 0;
        foreach (var k in TokensIn(article, span))
        {
            if (article.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number))
                continue;
            all++;
            if (article.IsQuotedToken(k))
                quoted++;
        }

        return quoted * 5 >= all * 4;
    }

    private static bool StartsWithQuotation(ArticleText article, TextSpan span) =>
        article.Tokens[TokenAt(article.Tokens, 0, article.Tokens.Count, span.Start)].Kind == TokenKind.OpenQuote;

    private static bool EndsWithQuotation(ArticleText article, TextSpan span) =>
        article.Tokens[TokenAt(article.Tokens, 0, article.Tokens.Count, span.End - 1)].Kind == TokenKind.CloseQuote;

    private static bool StartsWith(ArticleText article, TextSpan span, string word)
    {
        var token = article.Tokens[TokenAt(article.Tokens, 0, article.Tokens.Count, span.Start)];
        return token.Is(article.Text, word);
    }

    /// <summary>The indexes of the tokens from the one at <paramref name="span"/>'s start to the last that starts inside it.</summary>
    private static TokenIndexes TokensIn(ArticleText article, TextSpan span) => new(article.Tokens, TokenAt(article.Tokens, 0, article.Tokens.Count, span.Start), span.End);

    /// <summary>A walk over token indexes without an enumerator object: these walks run for every candidate statement.</summary>
    private struct TokenIndexes(List<Token> tokens, int first, int end)
    {
        private int _k = first - 1;

        public readonly int Current => _k;

        public readonly TokenIndexes GetEnumerator() => this;

        public bool MoveNext()
        {
            _k++;
            return _k < tokens.Count && tokens[_k].Start < end;
        }
    }

    /// <summary>The index of the token that starts at or contains <paramref name="offset"/> (binary search).</summary>
    internal static int TokenAt(List<Token> tokens, int first, int last, int offset)
    {
        int lo = first, hi = last - 1, found = first;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
