using QuoteIndex.Core.Extraction.Speakers;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Attribution;

/// <summary>A statement found in the text, with the evidence it rests on, before its speaker is resolved.</summary>
internal sealed record Statement(QuoteKind Kind, List<TextSpan> Content, TextSpan? Cue, Mention? Mention, string Rule, double Confidence)
{
    public int Start => Content[0].Start;
    public int End => Content[^1].End;

    /// <summary>Index of the paragraph the cue (else the content) stands in.</summary>
    public int Paragraph { get; set; }

    /// <summary>Index of the sentence the cue (else the content) stands in.</summary>
    public int Sentence { get; init; }

    /// <summary>Set when the speaker comes from a neighbouring statement rather than from a cue of its own.</summary>
    public Statement? InheritsFrom { get; set; }
}
