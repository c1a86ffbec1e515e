namespace QuoteIndex.Core.Quotes;

/// <summary>Who said a quote: the resolved person or body, and the words in the text the attribution rests on.</summary>
public sealed record Speaker
{
    public Speaker(string name, TextSpan? mention = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        Key = KeyFor(Name);
        Mention = mention;
    }

    /// <summary>The resolved, canonical name ("Antony Blinken"), or the source as written for unnamed sources ("officials").</summary>
    public string Name { get; }

    /// <summary>A normalised key for faceting and filtering: lower case, ASCII letters and digits joined by '-'.</summary>
    public string Key { get; }

    /// <summary>The local mention next to the cue ("he", "Blinken"), as offsets into the article text.</summary>
    public TextSpan? Mention { get; init; }

    public string? Role { get; init; }
    public string? Organisation { get; init; }

    /// <summary>Other names the article uses for this speaker.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>"Antony J. Blinken" and "ANTONY BLINKEN" share a key; diacritics fold ("José" → "jose").</summary>
    public static string KeyFor(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = name.Normalize(System.Text.NormalizationForm.FormD);
        // Every extracted quote's speaker gets a key: it is built in a buffer as long as the folded name (the key never
        // is longer), on the stack for a name of usual length, and made into a string once.
        var rented = folded.Length > KeyStackChars ? System.Buffers.ArrayPool<char>.Shared.Rent(folded.Length) : null;
        Span<char> key = rented ?? stackalloc char[KeyStackChars];
        var length = 0;
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
                key[length++] = char.ToLowerInvariant(c);
            else if ((char.IsWhiteSpace(c) || c is '-' or '.' or '\'') && length > 0 && key[length - 1] != '-')
                key[length++] = '-';
        }

        // A hyphen is written only after a letter or digit, so only the end can need trimming.
        while (length > 0 && key[length - 1] == '-')
            length--;
        var made = new string(key[..length]);
        if (rented is not null)
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        return made;
    }

    private const int KeyStackChars = 256;
}
