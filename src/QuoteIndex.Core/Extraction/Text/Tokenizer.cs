namespace QuoteIndex.Core.Extraction.Text;

/// <summary>
/// Splits text into tokens without copying it. Words keep inner hyphens and apostrophes ("Vasquez-Moreau", "don't",
/// "Marsh's") and dotted abbreviations ("U.S.", "Mr." keeps its period only when it is a known abbreviation).
/// </summary>
internal static class Tokenizer
{
    public static void Tokenize(string text, int start, int end, List<Token> tokens, QuoteMarkCursor? quoteMark = null)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            // Most tokens start before the next quote mark: that test is inlined, the cursor's walk is not.
            if (quoteMark is not null && i >= quoteMark.Upcoming && quoteMark.At(i) is { } markKind)
            {
                tokens.Add(new Token(i, i + 1, markKind));
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var j = i + 1;
                var digits = char.IsDigit(c);
                while (j < end)
                {
                    // The ASCII letters and digits of a word are skipped together, so the end of a word costs no mispredicted branch.
                    var run = text.AsSpan(j, end - j).IndexOfAnyExcept(AsciiLettersAndDigits);
                    if (run < 0)
                    {
                        j = end;
                        break;
                    }

                    j += run;
                    var d = text[j];
                    if (!char.IsAscii(d) && char.IsLetterOrDigit(d))
                    {
                        j++;
                    }
                    else if (d is '-' or '\'' or '\u2019' or '.' or ',' && j + 1 < end && char.IsLetterOrDigit(text[j + 1])
                             && (d is not (',' or '.') || digits || d == '.' && IsDottedAbbreviation(text, i, j))
                             && quoteMark?.At(j) is null)
                    {
                        j += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                // "U.S." and "Mr." keep their final period: it is part of the word, not the end of a sentence.
                if (j < end && text[j] == '.' && Abbreviations.EndsAbbreviation(text, j))
                    j++;
                tokens.Add(new Token(i, j, digits ? TokenKind.Number : TokenKind.Word));
                i = j;
                continue;
            }

            tokens.Add(new Token(i, i + 1, TokenKind.Punctuation));
            i++;
        }
    }

    private static readonly System.Buffers.SearchValues<char> AsciiLettersAndDigits =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>"U.S" inside a word: single letters separated by periods.</summary>
    private static bool IsDottedAbbreviation(string text, int wordStart, int period) =>
        period - wordStart == 1 || (period >= 2 && text[period - 2] == '.');
}

/// <summary>
/// Which characters are quote marks of a quotation, answered for increasing positions in one pass
/// (the tokenizer reads the text left to right, so no lookup table is needed).
/// </summary>
internal sealed class QuoteMarkCursor(List<(int Position, TokenKind Kind)> marks)
{
    private int _next;

    /// <summary>The position of the next mark not yet passed (<see cref="int.MaxValue"/> when none): <see cref="At"/> is null before it.</summary>
    public int Upcoming => _next < marks.Count ? marks[_next].Position : int.MaxValue;

    public TokenKind? At(int position)
    {
        while (_next < marks.Count && marks[_next].Position < position)
            _next++;
        return _next < marks.Count && marks[_next].Position == position ? marks[_next].Kind : null;
    }
}
