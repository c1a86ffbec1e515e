namespace QuoteIndex.Core.Extraction.Text;

/// <summary>Verb forms told apart by their shape, for want of a part-of-speech tagger.</summary>
internal static class VerbShapes
{
    private static readonly WordSet IrregularPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "told", "wrote", "spoke", "made", "gave", "took", "put", "set", "held", "thought", "felt", "brought",
        "sought", "swore", "sent", "threw", "drew", "saw", "met", "kept", "led", "left", "let", "found", "became",
    };

    private static readonly WordSet CommonVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "went", "made", "took", "gave", "came", "got", "seemed", "is", "was", "has", "had", "have", "did", "does", "also",
        "kept", "spent", "sent", "met", "led", "left", "won", "lost", "ran", "began", "spoke", "stood", "sat", "held",
    };

    /// <summary>A lower-case past or present verb form: "credited", "calls", "told".</summary>
    public static bool IsFiniteVerb(string text, Token token)
    {
        if (token.Kind != TokenKind.Word || char.IsUpper(text[token.Start]) || token.Length < 3)
            return false;
        var word = token.In(text);
        return IrregularPast.Has(word)
            || word.EndsWith("ed", StringComparison.Ordinal)
            || (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal));
    }

    /// <summary>A finite verb or a common auxiliary: "stepped", "has", "went".</summary>
    public static bool IsVerb(string text, Token token) =>
        token.Kind == TokenKind.Word && (IsFiniteVerb(text, token) || CommonVerbs.Has(token.In(text)));
}
