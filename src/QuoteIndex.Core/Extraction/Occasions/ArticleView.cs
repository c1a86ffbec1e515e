using QuoteIndex.Core.Extraction.Text;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Occasions;

/// <summary>
/// The article as occasion resolution reads it: tokens, which tokens are quoted content (never searched for a venue or a
/// date: what the speaker says about a Monday is not when they said it), sentences and paragraphs as token ranges, and the
/// sections a live blog's time headings ("2:45 p.m.") cut it into.
/// </summary>
internal sealed class ArticleView
{
    private ArticleView(string text, Token[] tokens, int tokenCount, bool[] masked, bool[] venueMasked, int[] nextVenueHead, int[] tokenSentence,
        (int First, int End)[] sentenceTokens, int[] sentenceParagraph, int[] paragraphSection, string?[] sectionHeading, int leadEnd, DateOnly? published)
    {
        NextVenueHead = nextVenueHead;
        Text = text;
        Tokens = tokens;
        TokenCount = tokenCount;
        Masked = masked;
        VenueMasked = venueMasked;
        TokenSentence = tokenSentence;
        SentenceTokens = sentenceTokens;
        SentenceParagraph = sentenceParagraph;
        ParagraphSection = paragraphSection;
        SectionHeading = sectionHeading;
        LeadEnd = leadEnd;
        Published = published;
    }

    public string Text { get; }
    /// <summary>The article's tokens: the first <see cref="TokenCount"/> entries of an array the tokenizer reuses.</summary>
    public Token[] Tokens { get; }

    public int TokenCount { get; }

    /// <summary>True for tokens inside some statement's content. This and the other per-token arrays may run past the last token (<see cref="TokenScratch"/>).</summary>
    public bool[] Masked { get; }

    /// <summary>
    /// The mask venue phrases respect: <see cref="Masked"/>, less the opening words of reported speech outside quote marks
    /// (see <see cref="SaidWords.AddForVenues"/>), where "criticized the plan as "a gamble" during a rally" says where.
    /// </summary>
    public bool[] VenueMasked { get; }

    /// <summary>
    /// For each token, the first token from it on whose word can head a venue phrase (<see cref="WordRoles.HeadsVenue"/>),
    /// or <see cref="TokenCount"/> when none follows: a noun phrase is read only where one stands before the phrase must end.
    /// </summary>
    public int[] NextVenueHead { get; }

    public int[] TokenSentence { get; }
    public (int First, int End)[] SentenceTokens { get; }
    public int[] SentenceParagraph { get; }
    public int[] ParagraphSection { get; }

    /// <summary>The time heading that opens each section ("2:45 p.m."), null for the part before any heading.</summary>
    public string?[] SectionHeading { get; }

    /// <summary>Paragraphs up to and including this index are the headline and lead, which summarise what follows.</summary>
    public int LeadEnd { get; }

    public DateOnly? Published { get; }

    public string TextOf(int firstToken, int endToken) =>
        endToken > firstToken ? Text[Tokens[firstToken].Start..Tokens[endToken - 1].End] : string.Empty;

    public string TextOf(in Token token) => Text[token.Start..token.End];

    public bool IsCapitalized(int token) => Tokens[token].IsWord && char.IsUpper(Text[Tokens[token].Start]);

    public int ParagraphOfToken(int token) => SentenceParagraph[TokenSentence[token]];

    public int SectionOfToken(int token) => ParagraphSection[ParagraphOfToken(token)];

    public static ArticleView Of(TextLayout layout, DateOnly? published, IReadOnlyList<StatementSite> sites)
    {
        var text = layout.Text;
        var tokens = Tokenizer.Tokenize(text, out var count);
        var scratch = TokenScratch.ForThread;
        var spans = _spans ??= [];
        spans.Clear();
        SaidWords.AddAll(sites, spans);
        var masked = Mask(tokens, count, spans, scratch.Masked(count));
        spans.Clear();
        SaidWords.AddForVenues(text, sites, spans);
        var venueMasked = Mask(tokens, count, spans, scratch.VenueMasked(count));
        var nextVenueHead = scratch.NextVenueHead(count);
        for (int k = count - 1, upcoming = count; k >= 0; k--)
        {
            if (tokens[k].Has(WordRoles.HeadsVenue))
                upcoming = k;
            nextVenueHead[k] = upcoming;
        }

        var sentences = layout.Sentences;
        var tokenSentence = scratch.TokenSentence(count);
        var sentenceTokens = new (int First, int End)[sentences.Count];
        var t = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var first = t;
            var sentenceEnd = sentences[s].End;
            while (t < count && tokens[t].Start < sentenceEnd)
            {
                tokenSentence[t] = s;
                t++;
            }

            sentenceTokens[s] = (first, t);
        }

        // Text outside every sentence (there should be none) joins the last sentence.
        for (; t < count; t++)
            tokenSentence[t] = Math.Max(0, sentences.Count - 1);

        var sentenceParagraph = new int[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
            sentenceParagraph[s] = Math.Max(0, layout.ParagraphIndexAt(sentences[s].Start));

        var paragraphs = layout.Paragraphs;
        var paragraphSection = new int[paragraphs.Count];
        var headings = new List<string?> { null };
        var leadEnd = -1;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = text.AsSpan(paragraphs[p].Start, paragraphs[p].Length);
            if (LiveBlog.IsTimeHeading(paragraph))
                headings.Add(paragraph.Trim().ToString());
            paragraphSection[p] = headings.Count - 1;
            if (leadEnd < 0 && p < 6 && paragraph.Length >= 100 && headings.Count == 1)
                leadEnd = p;
        }

        MaskDatelines(text, tokens, count, masked, venueMasked, paragraphs);
        return new ArticleView(text, tokens, count, masked, venueMasked, nextVenueHead, tokenSentence, sentenceTokens, sentenceParagraph, paragraphSection,
            [.. headings], Math.Max(leadEnd, 0), published);
    }

    /// <summary>
    /// "LOWMERE, Ohio, March 9 (Wire) —": a dateline says where and when the story was filed, not when anyone spoke. Its
    /// tokens are read like quoted content: never as a venue or a date. Written into both masks in one walk.
    /// </summary>
    private static void MaskDatelines(string text, Token[] tokens, int count, bool[] masked, bool[] venueMasked, IReadOnlyList<TextSpan> paragraphs)
    {
        var t = 0;
        foreach (var paragraph in paragraphs)
        {
            while (t < count && tokens[t].Start < paragraph.Start)
                t++;
            if (t >= count || !tokens[t].IsWord || tokens[t].End - tokens[t].Start < 2)
                continue;
            var first = text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start);
            var shouting = true;
            foreach (var c in first)
                shouting &= !char.IsLetter(c) || char.IsUpper(c);
            if (!shouting)
                continue;
            for (var k = t; k < count && k < t + 16 && tokens[k].Start < paragraph.End; k++)
            {
                if (tokens[k].Kind != TokenKind.Dash)
                    continue;
                for (var m = t; m <= k; m++)
                {
                    masked[m] = true;
                    venueMasked[m] = true;
                }

                break;
            }
        }
    }

    /// <summary>
    /// Writes into <paramref name="masked"/>, for every token, whether some span of <paramref name="spans"/> covers it;
    /// sorts <paramref name="spans"/> by start on the way.
    /// </summary>
    private static bool[] Mask(Token[] tokens, int count, List<TextSpan> spans, bool[] masked)
    {
        // Empty spans cover nothing; spans that start together may fall in any order: only the furthest end among them counts.
        spans.RemoveAll(static span => span.Length <= 0);
        spans.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var k = 0;
        var reach = -1;
        for (var i = 0; i < count; i++)
        {
            while (k < spans.Count && spans[k].Start <= tokens[i].Start)
            {
                reach = Math.Max(reach, spans[k].End);
                k++;
            }

            masked[i] = tokens[i].Start < reach;
        }

        return masked;
    }

    /// <summary>The said words' spans, one list per thread reused across articles: statements are few, and iterators and sequence queries allocated several objects each.</summary>
    [ThreadStatic]
    private static List<TextSpan>? _spans;
}

/// <summary>Live blogs cut the page into updates under time headings: "2:45 p.m.", "10 a.m. ET".</summary>
internal static class LiveBlog
{
    public static bool IsTimeHeading(ReadOnlySpan<char> paragraph)
    {
        var s = paragraph.Trim();
        if (s.Length is 0 or > 24)
            return false;
        var i = 0;
        var digits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
            digits++;
        }

        if (digits is 0 or > 2)
            return false;
        if (i < s.Length && s[i] == ':')
        {
            i++;
            var minutes = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
                minutes++;
            }

            if (minutes != 2)
                return false;
        }

        while (i < s.Length && s[i] == ' ')
            i++;
        var rest = s[i..].ToString().Replace(".", string.Empty, StringComparison.Ordinal).Trim().ToLowerInvariant();
        foreach (var zone in Zones)
        {
            if (rest.EndsWith(zone, StringComparison.Ordinal))
            {
                rest = rest[..^zone.Length].TrimEnd();
                break;
            }
        }

        return rest is "am" or "pm";
    }

    private static readonly string[] Zones = [" et", " edt", " est", " ct", " cdt", " pt", " pdt", " gmt", " bst", " cet", " cest", " utc", " local"];
}
