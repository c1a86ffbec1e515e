using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Quoting;

/// <summary>
/// Words between quote marks. A quotation that runs over several paragraphs has one part per paragraph;
/// each part is the text inside the marks. <see cref="Outer"/> includes the marks.
/// </summary>
internal sealed record Quotation(IReadOnlyList<TextSpan> Parts, TextSpan Outer, bool Closed)
{
    public int Start => Parts[0].Start;
    public int End => Parts[^1].End;
}
