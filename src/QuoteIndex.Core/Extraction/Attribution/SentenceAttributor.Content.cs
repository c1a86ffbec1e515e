using QuoteIndex.Core.Extraction.Cues;
using QuoteIndex.Core.Extraction.Speakers;
using QuoteIndex.Core.Extraction.Text;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Attribution;

/// <summary>Where the reported words start and end around a cue: addressees, adverbials, the side of the attribution.</summary>
internal static partial class SentenceAttributor
{
    private static readonly WordSet TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "earlier", "later", "recently", "previously", "morning", "afternoon", "evening", "night", "again", "also",
        "repeatedly", "publicly", "privately", "last", "this", "week", "month", "year", "separately", "then", "now",
    };

    private static readonly WordSet AdverbialStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "at", "during", "after", "before", "while", "last", "this", "earlier", "later", "to", "via", "with",
        "through", "from", "following", "late", "early", "when",
    };

    /// <summary>The words after the attribution up to the end of the sentence, past an addressee and adverbials.</summary>
    private static TextSpan? RightContent(ArticleText article, int from, int last, bool addressee)
    {
        var text = article.Text;
        var tokens = article.Tokens;
        var i = from;
        // ", " or ":" right after the cue
        while (i < last && tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Start] is ',' or ':' or '\u2014')
            i++;
        if (addressee && i < last && tokens[i].Kind == TokenKind.Word && !tokens[i].Is(text, "that"))
            i = SkipAddressee(article, i, last);
        i = SkipAdverbials(article, i, last);
        var end = last - 1;
        // "..., adding that ..." starts a statement of its own.
        for (var k = i + 1; k < last - 1; k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] == ',' && !article.IsQuotedToken(k)
                && tokens[k + 1].Kind == TokenKind.Word && CueLexicon.Find(tokens[k + 1].In(text)) is { Form: CueForm.Participle })
            {
                end = k - 1;
                break;
            }
        }

        while (end >= i && tokens[end].Kind == TokenKind.Punctuation && text[tokens[end].Start] is '.' or '!' or '?' or ',' or ';' or ':')
            end--;
        return end >= i ? new TextSpan(tokens[i].Start, tokens[end].End) : null;
    }

    /// <summary>The words before the attribution, without the comma or dash that separates them from it.</summary>
    private static TextSpan? LeftContent(ArticleText article, int first, int before)
    {
        var text = article.Text;
        var tokens = article.Tokens;
        var end = before - 1;
        while (end >= first && tokens[end].Kind == TokenKind.Punctuation && text[tokens[end].Start] is ',' or '\u2014' or '-' or ';' or ':')
            end--;
        var start = first;
        while (start <= end && tokens[start].Kind == TokenKind.Punctuation && text[tokens[start].Start] is '\u2014' or '-' or '(' or '.' or ',')
            start++;
        return end >= start ? new TextSpan(tokens[start].Start, tokens[end].End) : null;
    }

    /// <summary>"told reporters", "told The Associated Press", "reminded them", "warned voters in Ohio".</summary>
    private static int SkipAddressee(ArticleText article, int i, int last)
    {
        var text = article.Text;
        var tokens = article.Tokens;
        for (var k = i; k < Math.Min(last, i + 10); k++)
        {
            if (tokens[k].Is(text, "that"))
                return k;
            if (tokens[k].Kind is TokenKind.OpenQuote || (tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] is ',' or ':'))
                return k;
        }

        // No "that": the addressee is a pronoun, a name or a short noun phrase.
        var j = i;
        if (tokens[j].IsCapitalised(article.Text))
        {
            while (j < last && (tokens[j].IsCapitalised(text) || tokens[j].Is(text, "of") || tokens[j].Is(text, "the")))
                j++;
            return j;
        }

        if (NameWords.Determiners.Has(tokens[j].In(text)))
            j++;
        return Math.Min(j + 1, last);
    }

    private static int SkipAdverbials(ArticleText article, int i, int last)
    {
        var text = article.Text;
        var tokens = article.Tokens;
        while (i < last && tokens[i].Kind == TokenKind.Word && TimeWords.Has(tokens[i].In(text)))
            i++;
        if (i < last && tokens[i].Kind == TokenKind.Word && AdverbialStarts.Has(tokens[i].In(text)))
        {
            // "in an interview with CNN on Tuesday that ..." or "at a rally in Ohio, ...": a short phrase closed by
            // "that" or a comma; "on Tuesday" with nothing to close it.
            for (var k = i + 1; k < Math.Min(last, i + 14); k++)
            {
                if (tokens[k].Is(text, "that"))
                    return k;
                if (tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] is ',' or ':')
                    return k - i <= 6 ? k + 1 : i;
                if (tokens[k].Kind == TokenKind.OpenQuote)
                    return k - i <= 6 ? k : i;
            }

            var j = i + 1;
            while (j < last && j - i <= 3 && tokens[j].Kind is TokenKind.Word or TokenKind.Number && TimeWords.Has(tokens[j].In(text)))
                j++;
            if (j > i + 1)
                return j;
        }

        while (i < last && tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Start] is ',' or ':')
            i++;
        return i;
    }

    private static QuoteKind KindOf(ArticleText article, List<TextSpan> content)
    {
        int quoted = 0, narrative = 0;
        foreach (var span in content)
        {
            foreach (var k in TokensIn(article, span))
            {
                if (article.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number))
                    continue;
                if (article.IsQuotedToken(k))
                    quoted++;
                else
                    narrative++;
            }
        }

        return quoted == 0 ? QuoteKind.Indirect : narrative == 0 ? QuoteKind.Direct : QuoteKind.Partial;
    }

    /// <summary>For direct quotes, the exact quoted words rather than the region around them.</summary>
    private static List<TextSpan> QuotedParts(ArticleText article, List<TextSpan> content)
    {
        var parts = new List<TextSpan>();
        foreach (var span in content)
        {
            // A closing mark may stand one character past the region ("...,\" she said").
            foreach (var part in article.WholeQuotationsIn(new TextSpan(span.Start, Math.Min(article.Text.Length, span.End + 1))))
            {
                if (parts.Count == 0 || part.Start >= parts[^1].End)
                    parts.Add(part);
            }
        }

        return parts.Count > 0 ? parts : content;
    }

    private static readonly WordSet Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "during", "to", "via", "through", "from", "after", "before", "with", "while", "when",
        "outside", "inside", "near", "by", "under", "over", "into", "amid", "following", "ahead",
    };

    /// <summary>"in a statement", "on Twitter after the debate": where or how it was said, not what.</summary>
    private static bool IsOnlyAdverbial(ArticleText article, TextSpan span)
    {
        var text = article.Text;
        var first = TokenAt(article.Tokens, 0, article.Tokens.Count, span.Start);
        if (!Prepositions.Has(article.Tokens[first].In(text)))
            return false;
        foreach (var k in TokensIn(article, span))
        {
            var token = article.Tokens[k];
            if (token.Is(text, "that") || token.Kind is TokenKind.OpenQuote || CueLexicon.Find(token.In(text)) is not null)
                return false;
            if (token.Kind == TokenKind.Punctuation && text[token.Start] == ',')
                return false;
        }

        return true;
    }

    /// <summary>"this during his speech", "so on Tuesday": the words said are not here but before or after.</summary>
    private static bool IsBackReference(ArticleText article, int next, int last)
    {
        var tokens = article.Tokens;
        // "said as much in an interview": as good as "said so".
        if (next + 1 < last && tokens[next].Is(article.Text, "as") && tokens[next + 1].Is(article.Text, "much"))
            return true;
        if (next >= last || !(tokens[next].Is(article.Text, "this") || tokens[next].Is(article.Text, "so")))
            return false;
        return next + 1 >= last || Prepositions.Has(tokens[next + 1].In(article.Text))
            || tokens[next + 1].Kind == TokenKind.Punctuation;
    }

    /// <summary>True when nothing but closing punctuation follows the span in its sentence.</summary>
    private static bool EndsSentence(ArticleText article, TextSpan span, int last)
    {
        var k = TokenAt(article.Tokens, 0, article.Tokens.Count, span.End - 1) + 1;
        for (; k < last; k++)
        {
            if (article.Tokens[k].Kind != TokenKind.Punctuation)
                return false;
        }

        return true;
    }

    private static bool EndsWithColon(ArticleText article, int last)
    {
        var k = last - 1;
        return k >= 0 && article.Tokens[k].Kind == TokenKind.Punctuation && article.Text[article.Tokens[k].Start] == ':';
    }
}
