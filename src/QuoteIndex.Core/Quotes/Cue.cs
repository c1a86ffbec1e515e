namespace QuoteIndex.Core.Quotes;

/// <summary>The words that mark a statement as someone's ("said", "according to", "told reporters").</summary>
public sealed record Cue
{
    public Cue(string text, TextSpan span)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Text = text;
        Span = span;
    }

    public string Text { get; }
    public TextSpan Span { get; }
}
