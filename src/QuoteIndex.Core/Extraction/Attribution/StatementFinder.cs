using QuoteIndex.Core.Extraction.Speakers;
using QuoteIndex.Core.Extraction.Text;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Attribution;

/// <summary>
/// Every statement of an article: one per attributing sentence, with quotes split by their attribution joined,
/// "X said:" joined to the quotation after it, and quotation paragraphs without a cue of their own inheriting the
/// speaker of the quotes around them.
/// </summary>
internal static class StatementFinder
{
    public static List<Statement> Find(ArticleText article)
    {
        var layout = article.Layout;
        var bySentence = new List<Statement>?[layout.Sentences.Count];
        for (var p = 0; p < layout.Paragraphs.Count; p++)
        {
            if (HeadlineAttributor.Find(article, p) is { } line)
                bySentence[line.Sentence] = [line];
        }

        for (var s = 0; s < layout.Sentences.Count; s++)
        {
            if (bySentence[s] is not null)
                continue;
            var found = SentenceAttributor.Find(article, s);
            if (found.Count == 0)
                continue;
            var paragraph = layout.ParagraphIndexAt(layout.Sentences[s].Start);
            for (var k = 0; k < found.Count; k++)
                found[k] = found[k] with { Sentence = s, Paragraph = paragraph };
            bySentence[s] = found;
        }

        var statements = new List<Statement>();
        Statement? previous = null;
        for (var s = 0; s < bySentence.Length; s++)
        {
            if (bySentence[s] is { } found)
            {
                statements.AddRange(found);
                previous = found[^1];
                continue;
            }

            if (!IsQuotationOnly(article, s))
                continue;
            var paragraph = layout.ParagraphIndexAt(layout.Sentences[s].Start);
            var parts = article.QuotedPartsIn(layout.Sentences[s]);
            if (parts.Count == 0)
                continue;
            // "\"A,\" he said. \"B.\"" and "He said:\n\n\"B.\"": the same statement goes on.
            if (previous is not null && previous.Kind != QuoteKind.Indirect && previous.Paragraph == paragraph
                && previous.Cue is { } cue && previous.Content.Count > 0 && cue.Start > previous.Content[0].Start && s == previous.Sentence + 1
                && WordsBetween(article.Text, previous.End, parts[0].Start) <= 16)
            {
                previous.Content.AddRange(parts);
                previous.Paragraph = paragraph;
                continue;
            }

            // "He said he was staying in the race. \"We are in till the last ballot is cast!\"": the quotation goes on with the report.
            if (previous is { Kind: QuoteKind.Indirect, Content.Count: > 0, InheritsFrom: null } && previous.Paragraph == paragraph
                && s == previous.Sentence + 1 && previous.Cue is { } reportCue && reportCue.End <= previous.Start)
            {
                previous.Content.AddRange(parts);
                var partial = previous with { Kind = QuoteKind.Partial };
                statements[statements.LastIndexOf(previous)] = partial;
                previous = partial;
                continue;
            }

            // "He said:" or "Blinken stated this during his speech." and then the quotation.
            if (previous is { Content.Count: 0 } && (previous.Sentence == s - 1 && previous.Rule != "attribution-only"))
            {
                previous.Content.AddRange(parts);
                previous.Paragraph = paragraph;
                continue;
            }

            // "\"We need a new harbour wall!\" Marsh said on Chirp.": the attribution is the next sentence.
            if (s + 1 < bySentence.Length && bySentence[s + 1] is [{ Content.Count: 0, Rule: "attribution-only" } next]
                && layout.ParagraphIndexAt(layout.Sentences[s + 1].Start) == paragraph)
            {
                next.Content.AddRange(parts);
                continue;
            }

            // A quotation that goes on from the last one, in its paragraph or right after its attribution, is the same statement.
            if (previous is not null && previous.Kind != QuoteKind.Indirect && previous.Content.Count > 0 && previous.InheritsFrom is null
                && (previous.Paragraph == paragraph || (paragraph == previous.Paragraph + 1 && WordsBetween(article.Text, previous.End, parts[0].Start) < 5)))
            {
                previous.Content.AddRange(parts);
                previous.Paragraph = paragraph;
                continue;
            }

            // A quotation standing alone: the speaker of the statement just before it.
            if (previous is not null && paragraph - previous.Paragraph <= 1 && previous.Content.Count > 0
                && (previous.Kind != QuoteKind.Indirect || previous.Mention?.Kind is MentionKind.Name or MentionKind.Role)
                && (previous.Mention is not null || previous.InheritsFrom is not null) && Words(parts, article.Text) >= 4)
            {
                var inherited = new Statement(QuoteKind.Direct, parts, null, null, "inherited-from-previous", Math.Round(previous.Confidence * 0.8, 3))
                {
                    Sentence = s,
                    Paragraph = paragraph,
                    InheritsFrom = previous,
                };
                statements.Add(inherited);
                previous = inherited;
            }
        }

        // A colon cue with no quotation after it says nothing we can show.
        statements.RemoveAll(s => s.Content.Count == 0);
        var furniture = PageFurniture.Find(article);
        statements.RemoveAll(s => furniture.Covers(s.Start));
        RemoveContained(statements);
        return statements;
    }

    /// <summary>A statement whose words all lie inside another's (a quotation already taken whole) is not a second statement.</summary>
    private static void RemoveContained(List<Statement> statements)
    {
        for (var i = statements.Count - 1; i >= 0; i--)
        {
            var inner = statements[i];
            if (inner.Cue is not null)
                continue;
            foreach (var outer in statements)
            {
                if (outer != inner && outer.Content.Exists(o => o.Start <= inner.Start && inner.End <= o.End + 1) && inner.Content.TrueForAll(c => outer.Content.Exists(o => o.Start <= c.Start && c.End <= o.End)))
                {
                    statements.RemoveAt(i);
                    break;
                }
            }
        }
    }

    private static bool IsQuotationOnly(ArticleText article, int sentence)
    {
        var (first, last) = article.SentenceTokens(sentence);
        var words = 0;
        for (var k = first; k < last; k++)
        {
            var token = article.Tokens[k];
            if (token.Kind is TokenKind.Word or TokenKind.Number)
            {
                if (!article.IsQuotedToken(k))
                    return false;
                words++;
            }
        }

        return words > 0;
    }

    private static int WordsBetween(string text, int from, int to)
    {
        var words = 0;
        var inWord = false;
        for (var i = from; i < to; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
                words++;
            inWord = letter;
        }

        return words;
    }

    private static int Words(List<TextSpan> parts, string text)
    {
        var words = 0;
        foreach (var part in parts)
        {
            var inWord = false;
            for (var i = part.Start; i < part.End; i++)
            {
                var letter = char.IsLetterOrDigit(text[i]);
                if (letter && !inWord)
                    words++;
                inWord = letter;
            }
        }

        return words;
    }
}
