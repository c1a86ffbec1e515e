using System.Buffers;
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
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var rented = decomposed.Length > StackChars ? ArrayPool<char>.Shared.Rent(decomposed.Length) : null;
        Span<char> buffer = rented ?? stackalloc char[StackChars];
        var result = new string(buffer[..NormaliseDecomposed(decomposed, buffer)]);
        if (rented is not null)
            ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    /// <summary>
    /// Writes the normal form of <paramref name="decomposed"/> (already in Unicode form D) to <paramref name="into"/>,
    /// which must hold as many characters as the input: each space written stands for at least one character dropped.
    /// Returns the number of characters written.
    /// </summary>
    internal static int NormaliseDecomposed(ReadOnlySpan<char> decomposed, Span<char> into)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            // ASCII letters and digits first: nearly every character of a quote, and no table is needed to lowercase them.
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingSpace && length > 0)
                    into[length++] = ' ';
                pendingSpace = false;
                into[length++] = (char)(c | 0x20);
            }
            else if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && length > 0)
                    into[length++] = ' ';
                pendingSpace = false;
                into[length++] = char.ToLowerInvariant(c);
            }
            else if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c))
            {
                // Apostrophes join a word ("don't" = "dont"); everything else separates words.
                if (c is not ('\'' or '\u2019'))
                    pendingSpace = true;
            }
        }

        return length;
    }

    /// <summary>
    /// The key that every rendering of the same words shares: "c_" and a hash of <see cref="Normalise"/>'s result.
    /// A quote's cluster id until clustering finds it a near match (<see cref="Quote.ClusterId"/>).
    /// </summary>
    public static string ExactKey(string text) => ExactKeyOfNormalised(Normalise(text));

    internal static string ExactKeyOfNormalised(string normalised) => "c_" + ArticleIdentity.Hash(normalised);

    /// <summary>Quotes are mostly a sentence or two: their normal form is built on the stack up to this length.</summary>
    internal const int StackChars = 512;
}
