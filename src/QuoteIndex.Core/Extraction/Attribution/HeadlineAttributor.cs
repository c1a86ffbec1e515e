using QuoteIndex.Core.Extraction.Speakers;
using QuoteIndex.Core.Extraction.Text;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Attribution;

/// <summary>
/// "Blinken: Russia's Military Cooperation ... Must Be Stopped" at the top of an article, and transcript lines
/// ("PENCE: Well, look, ..."): a name, a colon, and the words attributed to it.
/// </summary>
internal static class HeadlineAttributor
{
    /// <summary>Labels that take a colon without being speakers.</summary>
    private static readonly WordSet Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "update", "updated", "editor", "note", "source", "sources", "photo", "video", "watch", "read", "related", "see",
        "more", "also", "correction", "disclosure", "warning", "breaking", "exclusive", "analysis", "opinion", "live",
        "q", "a", "question", "answer", "title", "subject", "date", "by", "from", "to", "re", "cc", "ps", "p.s.",
        "image", "credit", "caption", "listen", "quote", "tags", "category", "filed", "posted", "published",
        "clarification", "corrections", "transcript", "summary", "abstract", "text", "full", "headline", "lede", "bottom", "line",
    };

    /// <summary>The statement of paragraph <paramref name="paragraph"/>, if it is a "Name: words" line.</summary>
    public static Statement? Find(ArticleText article, int paragraph)
    {
        var text = article.Text;
        var span = article.Layout.Paragraphs[paragraph];
        var colon = text.IndexOf(':', span.Start, Math.Min(span.Length, 60));
        if (colon <= span.Start || colon + 2 >= span.End || text[colon + 1] != ' ')
            return null;

        var tokens = article.Tokens;
        var first = SentenceAttributor.TokenAt(tokens, 0, tokens.Count, span.Start);
        if (tokens[first].Kind == TokenKind.OpenQuote && first + 1 < tokens.Count)
            first++; // "\"WALLACE: But, Governor ..." in a quoted transcript
        var colonToken = SentenceAttributor.TokenAt(tokens, 0, tokens.Count, colon);
        if (colonToken - first is < 1 or > 5)
            return null;
        for (var k = first; k < colonToken; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || !(tokens[k].IsCapitalised(text) || NameWords.Particles.Has(tokens[k].In(text))))
                return null;
            if (Labels.Has(tokens[k].In(text)) || NameWords.NotNames.Has(tokens[k].In(text)))
                return null;
        }

        var mention = MentionFinder.Classify(text, tokens, first, colonToken - 1);
        if (mention is not { Kind: MentionKind.Name or MentionKind.Organisation or MentionKind.Role })
            return null;

        var contentStart = colon + 1;
        while (contentStart < span.End && char.IsWhiteSpace(text[contentStart]))
            contentStart++;
        var contentEnd = span.End;
        while (contentEnd > contentStart && text[contentEnd - 1] is '.' or ' ')
            contentEnd--;
        if (contentEnd - contentStart < 12)
            return null;

        // Near the top and without a full stop inside, the line is a headline; further down it is a transcript line.
        var isHeadline = paragraph <= 2 && text.IndexOf(". ", contentStart, contentEnd - contentStart, StringComparison.Ordinal) < 0;
        var content = new List<TextSpan> { new(contentStart, contentEnd) };
        var kind = isHeadline ? QuoteKind.Headline : QuoteKind.Indirect;
        var quoted = 0;
        for (var i = contentStart; i < contentEnd; i++)
        {
            if (article.IsQuoted(i))
                quoted++;
        }

        if (!isHeadline && quoted > 0)
            kind = quoted >= (contentEnd - contentStart) * 9 / 10 ? QuoteKind.Direct : QuoteKind.Partial;
        var cue = new TextSpan(colon, colon + 1);
        return new Statement(kind, content, cue, mention, isHeadline ? "headline-name-colon" : "transcript-name-colon", isHeadline ? 0.8 : 0.75)
        {
            Paragraph = paragraph,
            Sentence = article.Layout.SentenceIndexAt(span.Start),
        };
    }
}
