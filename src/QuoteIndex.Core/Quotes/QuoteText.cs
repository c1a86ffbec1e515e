using System.Text;

namespace QuoteIndex.Core.Quotes;

/// <summary>Normalisation that makes two renderings of the same words compare equal.</summary>
public static class QuoteText
{
    /// <summary>
    /// Lower case, letters and digits only, single spaces: curly and straight quote marks, dashes,
    /// punctuation and spacing differences between outlets vanish.
    /// </summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && result.Length > 0)
                    result.Append(' ');
                pendingSpace = false;
                result.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c))
            {
                // Apostrophes join a word ("don't" = "dont"); everything else separates words.
                if (c is not ('\'' or '\u2019'))
                    pendingSpace = true;
            }
        }

        return result.ToString();
    }
}
