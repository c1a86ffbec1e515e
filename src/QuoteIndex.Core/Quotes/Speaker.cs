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
        var folded = name.Normalize(System.Text.NormalizationForm.FormD);
        var key = new System.Text.StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
                key.Append(char.ToLowerInvariant(c));
            else if ((char.IsWhiteSpace(c) || c is '-' or '.' or '\'') && key.Length > 0 && key[^1] != '-')
                key.Append('-');
        }

        return key.ToString().Trim('-');
    }
}
