using System.Globalization;
using QuoteIndex.Core.Extraction;
using QuoteIndex.Core.Extraction.Occasions;
using QuoteIndex.Core.Extraction.Text;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Tests.Extraction.Occasions;

/// <summary>
/// An invented article for occasion tests: statements are placed by their words ("content", "cue", "speaker words"),
/// each looked up after the previous statement so repeated cues ("said") land on the right one.
/// </summary>
internal sealed class Story(string text, string? published = Story.Thursday)
{
    /// <summary>Thursday 14 March 2024: the publication day of most test stories.</summary>
    public const string Thursday = "2024-03-14";

    private readonly List<StatementSite> _sites = [];
    private int _cursor;

    public string Text { get; } = text;

    public Story Says(string content, string cue, string? mention = null, string? speaker = null, QuoteKind kind = QuoteKind.Direct)
    {
        var contentStart = Find(content, _cursor);
        var contentSpan = new TextSpan(contentStart, contentStart + content.Length);
        var cueSpan = Near(cue, contentSpan);
        var mentionSpan = mention is null ? (TextSpan?)null : Near(mention, cueSpan);
        _sites.Add(new StatementSite(kind, [contentSpan], cueSpan, mentionSpan, speaker));
        _cursor = Math.Max(contentSpan.End, Math.Max(cueSpan.End, mentionSpan?.End ?? 0));
        return this;
    }

    public IReadOnlyList<Occasion> Resolve() =>
        OccasionResolver.Resolve(TextLayout.Of(Text), published is null ? null : DateTimeOffset.Parse(published, CultureInfo.InvariantCulture), _sites);

    public Occasion Single() => Assert.Single(Resolve());

    private int Find(string words, int from)
    {
        var at = Text.IndexOf(words, from, StringComparison.Ordinal);
        if (at < 0)
            at = Text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{words}' is not in the story");
        return at;
    }

    /// <summary>The occurrence nearest to <paramref name="anchor"/> in its paragraph, else the nearest anywhere.</summary>
    private TextSpan Near(string words, TextSpan anchor)
    {
        var after = Text.IndexOf(words, anchor.End, StringComparison.Ordinal);
        var before = Text.LastIndexOf(words, Math.Max(0, anchor.Start - 1), StringComparison.Ordinal);
        var afterInParagraph = after >= 0 && !Text.AsSpan(anchor.End, after - anchor.End).Contains('\n');
        var beforeInParagraph = before >= 0 && !Text.AsSpan(before, anchor.Start - before).Contains('\n');
        var at = afterInParagraph != beforeInParagraph
            ? (afterInParagraph ? after : before)
            : after >= 0 && (before < 0 || after - anchor.End <= anchor.Start - (before + words.Length)) ? after : before;
        Assert.True(at >= 0, $"'{words}' is not in the story");
        return new TextSpan(at, at + words.Length);
    }
}
