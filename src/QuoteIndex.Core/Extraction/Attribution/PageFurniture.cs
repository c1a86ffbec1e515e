using QuoteIndex.Core.Extraction.Text;

namespace QuoteIndex.Core.Extraction.Attribution;

/// <summary>
/// The parts of a saved web page that are not the article: a "Recent Posts" or "Related" box and everything after it,
/// and "Read more:" lines. Their headlines report speech, but they are other stories' statements.
/// </summary>
internal sealed class PageFurniture
{
    private static readonly string[] BoxHeadings =
    [
        "recent posts", "related posts", "related articles", "related stories", "related", "more stories", "more news",
        "read more", "read next", "you may also like", "you might also like", "most read", "most popular", "popular posts",
        "trending", "trending now", "latest news", "latest stories", "recommended", "recommended for you", "see also",
        "comments", "share this", "more from", "also read", "don't miss", "top stories", "editor's picks",
    ];

    private static readonly string[] LinePrefixes = ["read more:", "related:", "see also:", "also read:", "read:", "watch:", "more:", "recommended:"];

    private readonly int _boxStart;
    private readonly List<(int Start, int End)> _lines;

    private PageFurniture(int boxStart, List<(int Start, int End)> lines)
    {
        _boxStart = boxStart;
        _lines = lines;
    }

    public static PageFurniture Find(ArticleText article)
    {
        var text = article.Text;
        var boxStart = int.MaxValue;
        var lines = new List<(int Start, int End)>();
        var paragraphs = article.Layout.Paragraphs;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var line = text.AsSpan(paragraphs[p].Start, paragraphs[p].Length).Trim().TrimEnd(":.").Trim();
            if (p > 0 && line.Length <= 40 && IsBoxHeading(line))
            {
                boxStart = paragraphs[p].Start;
                break;
            }

            if (HasLinePrefix(line))
                lines.Add((paragraphs[p].Start, paragraphs[p].End));
        }

        return new PageFurniture(boxStart, lines);
    }

    private static bool IsBoxHeading(ReadOnlySpan<char> line)
    {
        foreach (var h in BoxHeadings)
        {
            if (line.Equals(h, StringComparison.OrdinalIgnoreCase) || (h == "more from" && line.StartsWith("More from ", StringComparison.OrdinalIgnoreCase)))
                return true;
        }

        return false;
    }

    private static bool HasLinePrefix(ReadOnlySpan<char> line)
    {
        foreach (var prefix in LinePrefixes)
        {
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }

    public bool Covers(int offset) => offset >= _boxStart || _lines.Exists(l => l.Start <= offset && offset < l.End);
}
