namespace QuoteIndex.Core.Extraction.Text;

/// <summary>A word, number or punctuation mark, as offsets into the article text.</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);

    /// <summary>Whether the token is <paramref name="word"/>, case folded; the length is compared first, as most tokens asked are not it.</summary>
    public bool Is(string text, string word) => Length == word.Length && In(text).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsCapitalised(string text) => Kind == TokenKind.Word && char.IsUpper(text[Start]);

    public char First(string text) => text[Start];
}

internal enum TokenKind
{
    Word,
    Number,
    Punctuation,

    /// <summary>A quote mark that opens a quotation.</summary>
    OpenQuote,

    /// <summary>A quote mark that closes a quotation.</summary>
    CloseQuote,
}
