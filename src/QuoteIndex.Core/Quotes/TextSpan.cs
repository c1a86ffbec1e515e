using System.Text.Json.Serialization;

namespace QuoteIndex.Core.Quotes;

/// <summary>A half-open range [Start, End) of UTF-16 code units in an article's text.</summary>
public readonly record struct TextSpan
{
    [JsonConstructor]
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    public int Start { get; }
    public int End { get; }
    [JsonIgnore]
    public int Length => End - Start;

    public string Of(string text) => text[Start..End];

    public bool FitsIn(string text) => End <= text.Length;

    public override string ToString() => $"[{Start}, {End})";
}
