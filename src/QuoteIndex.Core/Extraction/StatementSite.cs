using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction;

/// <summary>
/// A statement located in the text before its venue and date are resolved: the words said, the cue that marks them
/// as someone's, the local speaker mention, and the speaker's resolved name when known.
/// </summary>
public sealed record StatementSite(QuoteKind Kind, IReadOnlyList<TextSpan> Content, TextSpan? Cue, TextSpan? Mention, string? SpeakerName)
{
    public int Start => Content[0].Start;
    public int End => Content[^1].End;
}
