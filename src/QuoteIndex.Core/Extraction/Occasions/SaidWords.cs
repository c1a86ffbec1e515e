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

    /// <summary>Every statement's content.</summary>
    public static IEnumerable<TextSpan> All(IReadOnlyList<StatementSite> sites) => sites.SelectMany(s => s.Content);

    /// <summary>
    /// As <see cref="All"/>, less the opening words of reported speech that is not a "that" clause, outside its quote
    /// marks: in "criticized the plan as "a gamble" during a rally in Lowmere" (or "on Valley Radio") the rally is where the criticism was made,
    /// while in "said that the vote would take place during a rally" it is part of what was said. A few capitalised words
    /// in quote marks ("a "Harbour Futures Forum" sponsored by Valley TV") are a title, not speech.
    /// </summary>
    public static IEnumerable<TextSpan> ForVenues(string text, IReadOnlyList<StatementSite> sites)
    {
        foreach (var site in sites)
        {
            var reported = site.Kind is QuoteKind.Indirect or QuoteKind.Partial
                           && !text.AsSpan(site.Start).StartsWith("that ", StringComparison.OrdinalIgnoreCase);
            var spans = reported ? QuotedOrLate(text, site.Content) : site.Content;
            foreach (var span in spans)
                yield return span;
        }
    }

    /// <summary>The quoted parts of <paramref name="content"/>, and all of it past its opening words.</summary>
    private static IEnumerable<TextSpan> QuotedOrLate(string text, IReadOnlyList<TextSpan> content)
    {
        var words = 0;
        foreach (var span in content)
        {
            if (words >= ReportedOpeningWords)
            {
                yield return span;
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
                        yield return new TextSpan(open, i + 1);
                    open = -1;
                }
            }

            if (open >= 0)
                yield return new TextSpan(open, span.End);
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
