using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Occasions;

/// <summary>
/// The character spans whose words the speakers said. Occasion resolution never reads a venue or a date from them: what a
/// speaker says about a Monday is not when they said it.
/// </summary>
internal static class SaidWords
{
    /// <summary>Reported speech opens on the verb's object; past this many words, a venue phrase belongs to what was said.</summary>
    private const int ReportedOpeningWords = 24;

    /// <summary>Adds every statement's content to <paramref name="spans"/>.</summary>
    public static void AddAll(IReadOnlyList<StatementSite> sites, List<TextSpan> spans)
    {
        foreach (var site in sites)
        {
            for (var k = 0; k < site.Content.Count; k++)
                spans.Add(site.Content[k]);
        }
    }

    /// <summary>
    /// As <see cref="AddAll"/>, less the opening words of reported speech that is not a "that" clause, outside its quote
    /// marks: in "criticized the plan as "a gamble" during a rally in Lowmere" (or "on Valley Radio") the rally is where the criticism was made,
    /// while in "said that the vote would take place during a rally" it is part of what was said. A few capitalised words
    /// in quote marks ("a "Harbour Futures Forum" sponsored by Valley TV") are a title, not speech.
    /// </summary>
    /// <remarks>Filled into a list rather than yielded: it runs for every article with a statement.</remarks>
    public static void AddForVenues(string text, IReadOnlyList<StatementSite> sites, List<TextSpan> spans)
    {
        foreach (var site in sites)
        {
            var reported = site.Kind is QuoteKind.Indirect or QuoteKind.Partial
                           && !text.AsSpan(site.Start).StartsWith("that ", StringComparison.OrdinalIgnoreCase);
            if (reported)
            {
                AddQuotedOrLate(text, site.Content, spans);
                continue;
            }

            for (var k = 0; k < site.Content.Count; k++)
                spans.Add(site.Content[k]);
        }
    }

    /// <summary>Adds the quoted parts of <paramref name="content"/>, and all of it past its opening words.</summary>
    private static void AddQuotedOrLate(string text, IReadOnlyList<TextSpan> content, List<TextSpan> spans)
    {
        var words = 0;
        for (var k = 0; k < content.Count; k++)
        {
            var span = content[k];
            if (words >= ReportedOpeningWords)
            {
                spans.Add(span);
                continue;
            }

            var open = -1;
            for (var i = span.Start; i < span.End; i++)
            {
                var c = text[i];
                if (c == ' ' && ++words == ReportedOpeningWords)
                {
                    if (open < 0)
                        open = i;
                    break;
                }

                if (open < 0 && c is '"' or '\u201C' or '\u00AB' or '\u201E')
                {
                    open = i;
                }
                else if (open >= 0 && c is '"' or '\u201D' or '\u00BB' or '\u201C')
                {
                    if (!IsTitle(text.AsSpan(open + 1, i - open - 1)))
                        spans.Add(new TextSpan(open, i + 1));
                    open = -1;
                }
            }

            if (open >= 0)
                spans.Add(new TextSpan(open, span.End));
        }
    }

    /// <summary>"Commander-in-Chief Forum": one to five capitalised words name something; nobody says them.</summary>
    private static bool IsTitle(ReadOnlySpan<char> quoted)
    {
        var words = 0;
        foreach (var range in quoted.Split(' '))
        {
            var word = quoted[range].Trim(",.");
            if (word.IsEmpty)
                continue;
            if (!char.IsUpper(word[0]) || ++words > 5)
                return false;
        }

        return words > 0;
    }
}
