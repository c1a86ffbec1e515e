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
        var pendingSpace = 0;
        foreach (var c in decomposed)
        {
            if (c < AsciiForms.Length)
            {
                // Nearly every character: written without a branch, as the end of each word would cost a mispredicted
                // one. A space is written where the next character goes and kept only before a word that follows a
                // separator; whatever is written past the kept length is overwritten or ignored.
                var form = AsciiForms[c];
                var word = form != 0 ? 1 : 0;
                into[length] = ' ';
                length += pendingSpace & word & (int)((uint)-length >> 31);
                into[length] = form;
                length += word;
                pendingSpace = (pendingSpace | AsciiSeparators[c]) & (word ^ 1);
            }
            else if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace != 0 && length > 0)
                    into[length++] = ' ';
                pendingSpace = 0;
                into[length++] = char.ToLowerInvariant(c);
            }
            else if (c != '\u2019' && (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c)))
            {
                // Apostrophes join a word ("don't" = "dont"); everything else separates words.
                pendingSpace = 1;
            }
        }

        return length;
    }

    /// <summary>For each ASCII character, its form in a word (a lowercase letter or a digit), or zero when it is none.</summary>
    private static readonly char[] AsciiForms = [.. Enumerable.Range(0, 128).Select(c => char.IsAsciiLetterOrDigit((char)c) ? char.ToLowerInvariant((char)c) : '\0')];

    /// <summary>For each ASCII character, 1 when it separates words: white space, punctuation and symbols, except the apostrophe, which joins them.</summary>
    private static readonly int[] AsciiSeparators =
        [.. Enumerable.Range(0, 128).Select(c => (char)c is not '\'' && (char.IsWhiteSpace((char)c) || char.IsPunctuation((char)c) || char.IsSymbol((char)c)) ? 1 : 0)];

    /// <summary>
    /// The key that every rendering of the same words shares: "c_" and a hash of <see cref="Normalise"/>'s result.
    /// A quote's cluster id until clustering finds it a near match (<see cref="Quote.ClusterId"/>).
    /// </summary>
    public static string ExactKey(string text) => ExactKeyOfNormalised(Normalise(text));

    internal static string ExactKeyOfNormalised(string normalised) => "c_" + ArticleIdentity.Hash(normalised);

    /// <summary>Quotes are mostly a sentence or two: their normal form is built on the stack up to this length.</summary>
    internal const int StackChars = 512;
}
