namespace QuoteIndex.Core.Extraction.Text;

/// <summary>
/// Splits text into tokens without copying it. Words keep inner hyphens and apostrophes ("Vasquez-Moreau", "don't",
/// "Clinton's") and dotted abbreviations ("U.S.", "Mr." keeps its period only when it is a known abbreviation).
/// </summary>
internal static class Tokenizer
{
    public static void Tokenize(string text, int start, int end, List<Token> tokens, Func<int, TokenKind?>? quoteMark = null)
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

            if (quoteMark?.Invoke(i) is { } markKind)
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
                    var d = text[j];
                    if (char.IsLetterOrDigit(d))
                    {
                        j++;
                    }
                    else if (d is '-' or '\'' or '\u2019' or '.' or ',' && j + 1 < end && char.IsLetterOrDigit(text[j + 1])
                             && (d is not (',' or '.') || digits || d == '.' && IsDottedAbbreviation(text, i, j))
                             && quoteMark?.Invoke(j) is null)
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

    /// <summary>"U.S" inside a word: single letters separated by periods.</summary>
    private static bool IsDottedAbbreviation(string text, int wordStart, int period) =>
        period - wordStart == 1 || (period >= 2 && text[period - 2] == '.');
}
