using System.Buffers;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Quoting;

/// <summary>
/// Finds quotations in every style an outlet may use: straight and curly double quotes, guillemets (« » and » «),
/// low-9 quotes („ “), and single quotes where they are the primary marks (told apart from apostrophes).
/// Marks of the other family inside a quotation are nested quotes and stay part of it. Linear in the text length.
/// </summary>
internal static class QuoteMarkScanner
{
    public static List<Quotation> Scan(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        var primary = PrimaryStyle(text);
        var found = new List<Quotation>();
        List<TextSpan>? openParts = null; // a quotation still open at the end of the previous paragraph
        var openOuterStart = 0;
        foreach (var paragraph in paragraphs)
        {
            var i = paragraph.Start;
            // A paragraph that opens with a mark continues a quotation left open by the one before it.
            if (openParts is not null && !(i < paragraph.End && IsOpening(text, i, paragraph, primary)))
            {
                found.Add(new Quotation(openParts, new TextSpan(openOuterStart, openParts[^1].End), Closed: false));
                openParts = null;
            }

            var open = -1;
            var openLength = 1;
            while (i < paragraph.End)
            {
                // Only a mark can open or close a quotation: skip straight to the next one.
                var skip = text.AsSpan(i, paragraph.End - i).IndexOfAny(OpeningOrClosingMarks);
                if (skip < 0)
                    break;
                i += skip;
                // Some outlets type two apostrophes ('') for a double quote mark.
                var twoApostrophes = primary == QuoteStyle.Double && text[i] == '\'' && i + 1 < paragraph.End && text[i + 1] == '\'';
                if (open < 0 && (twoApostrophes ? IsTwoApostropheOpening(text, i, paragraph) : IsOpening(text, i, paragraph, primary)))
                {
                    open = i;
                    openLength = twoApostrophes ? 2 : 1;
                    openParts ??= [];
                    if (openParts.Count == 0)
                        openOuterStart = i;
                    i += openLength;
                    continue;
                }

                if (open >= 0 && (openLength == 2 ? twoApostrophes : IsClosing(text, i, open, paragraph, primary)))
                {
                    if (i > open + openLength)
                        openParts!.Add(new TextSpan(open + openLength, i));
                    if (openParts!.Count > 0)
                        found.Add(new Quotation(openParts, new TextSpan(openOuterStart, i + openLength), Closed: true));
                    openParts = null;
                    open = -1;
                    i += openLength;
                    continue;
                }

                i++;
            }

            if (open >= 0 && paragraph.End > open + openLength)
                openParts!.Add(new TextSpan(open + openLength, paragraph.End));
            else if (open >= 0 && openParts!.Count == 0)
                openParts = null;
        }

        if (openParts is { Count: > 0 })
            found.Add(new Quotation(openParts, new TextSpan(openOuterStart, openParts[^1].End), Closed: false));
        return found;
    }

    private static readonly SearchValues<char> Marks = SearchValues.Create("\"\u201C\u201D\u201E\u00AB\u00BB\u2018'");

    /// <summary>Every mark <see cref="IsOpening"/>, <see cref="IsClosing"/> or a pair of apostrophes can stand on.</summary>
    private static readonly SearchValues<char> OpeningOrClosingMarks = SearchValues.Create("\"\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019'");

    /// <summary>Which family of marks opens quotations in this text: double marks unless it only quotes with single ones.</summary>
    private static QuoteStyle PrimaryStyle(string text)
    {
        int doubles = 0, guillemets = 0, singles = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // Only marks count: skip straight to the next one.
            var skip = text.AsSpan(i).IndexOfAny(Marks);
            if (skip < 0)
                break;
            i += skip;
            switch (text[i])
            {
                case '"' or '\u201C' or '\u201D' or '\u201E':
                    doubles++;
                    break;
                case '\u00AB' or '\u00BB':
                    guillemets++;
                    break;
                case '\u2018':
                    singles++;
                    break;
                case '\'' when i + 1 < text.Length && text[i + 1] == '\'':
                    doubles++;
                    i++;
                    break;
                case '\'' when (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && i + 1 < text.Length && char.IsLetter(text[i + 1]):
                    singles++;
                    break;
            }
        }

        if (doubles >= 2)
            return QuoteStyle.Double;
        if (guillemets >= 2)
            return QuoteStyle.Guillemet;
        // Single marks are the primary ones only where no double marks quote anything.
        return singles >= 1 && doubles == 0 && guillemets == 0 ? QuoteStyle.Single : QuoteStyle.Double;
    }

    private static bool IsOpening(string text, int i, TextSpan paragraph, QuoteStyle style)
    {
        var c = text[i];
        var next = i + 1 < paragraph.End ? text[i + 1] : '\0';
        var prev = i > paragraph.Start ? text[i - 1] : ' ';
        return style switch
        {
            // An article in double marks may still quote one source in guillemets: « opens, and only » closes it.
            QuoteStyle.Double => c is '\u201C' or '\u201E' or '\u00AB'
                || (c == '"' && !char.IsWhiteSpace(next) && next != '\0' && !char.IsLetterOrDigit(prev))
                // A stray ” used as an opener (some outlets type ” for both): only at the start of a paragraph or after a space.
                || (c == '\u201D' && char.IsLetter(next) && (char.IsWhiteSpace(prev) || i == paragraph.Start)),
            QuoteStyle.Guillemet => c is '\u00AB' || (c == '\u00BB' && char.IsLetter(next) && (char.IsWhiteSpace(prev) || i == paragraph.Start)),
            _ => (c is '\u2018' or '\'') && !char.IsLetterOrDigit(prev) && (char.IsLetterOrDigit(next) || next is '.' or '\u2026'),
        };
    }

    private static bool IsTwoApostropheOpening(string text, int i, TextSpan paragraph) =>
        (i == paragraph.Start || !char.IsLetterOrDigit(text[i - 1])) && i + 2 < paragraph.End && !char.IsWhiteSpace(text[i + 2]);

    private static bool IsClosing(string text, int i, int open, TextSpan paragraph, QuoteStyle style)
    {
        var c = text[i];
        var next = i + 1 < paragraph.End ? text[i + 1] : ' ';
        var prev = text[i - 1];
        return style switch
        {
            QuoteStyle.Double when text[open] == '\u201E' => c is '\u201C' or '\u201D' or '"',
            QuoteStyle.Double when text[open] == '\u00AB' => c == '\u00BB',
            // Some outlets type “ where ” belongs; it closes when no word follows it.
            QuoteStyle.Double => c is '\u201D' or '"' || (c == '\u201C' && !char.IsLetterOrDigit(next)),
            QuoteStyle.Guillemet => c == (text[open] == '\u00AB' ? '\u00BB' : '\u00AB'),
            _ => (c is '\u2019' or '\'') && !char.IsWhiteSpace(prev) && !char.IsLetterOrDigit(next)
                 && !IsPluralPossessive(text, i, paragraph),
        };
    }

    /// <summary>"the workers’ union": an s-final word, the mark, a space and a lower-case word, with another closing mark ahead.</summary>
    private static bool IsPluralPossessive(string text, int i, TextSpan paragraph)
    {
        if (text[i - 1] is not ('s' or 'S') || i + 2 >= paragraph.End || text[i + 1] != ' ' || !char.IsLower(text[i + 2]))
            return false;
        for (var j = i + 2; j < paragraph.End; j++)
        {
            if (text[j] is '\u2019' or '\'' && !char.IsLetterOrDigit(j + 1 < paragraph.End ? text[j + 1] : ' '))
                return true;
        }

        return false;
    }

    private enum QuoteStyle
    {
        Double,
        Guillemet,
        Single,
    }
}
