using System.Text;
using QuoteIndex.Core.Articles;

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

    /// <summary>
    /// The key that every rendering of the same words shares: "c_" and a hash of <see cref="Normalise"/>'s result.
    /// A quote's cluster id until clustering finds it a near match (<see cref="Quote.ClusterId"/>).
    /// </summary>
    public static string ExactKey(string text) => ExactKeyOfNormalised(Normalise(text));

    internal static string ExactKeyOfNormalised(string normalised) => "c_" + ArticleIdentity.Hash(normalised);
}
