using System.Runtime.InteropServices;
using QuoteIndex.Core.Extraction.Quoting;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Text;

/// <summary>Everything the extraction steps share about one article's text: layout, quotations, tokens per sentence.</summary>
internal sealed class ArticleText
{
    private readonly List<Token> _tokens;
    private readonly int[] _sentenceTokenStart;
    private readonly TextSpan[] _quotedParts;
    private readonly int[] _quotationOfPart;
    private readonly bool[] _titleCase;
    private readonly bool[] _quoteMarks;
    private readonly bool[] _quotedToken;

    public ArticleText(string text)
        : this(text, new List<Token>(text.Length / 5 + 16)) // news text runs about six characters a token: rarely grows
    {
    }

    /// <summary>
    /// Tokenizes into <paramref name="tokens"/>, emptied first: <see cref="QuoteExtractor"/> reuses one list per thread,
    /// as no article's text outlives its extraction.
    /// </summary>
    public ArticleText(string text, List<Token> tokens)
    {
        Text = text;
        tokens.Clear();
        tokens.EnsureCapacity(text.Length / 5 + 16);
        _tokens = tokens;
        var paragraphs = TextLayout.ParagraphsOf(text);
        Quotations = QuoteMarkScanner.Scan(text, paragraphs);
        _quotedParts = [.. Quotations.SelectMany(q => q.Parts)];
        _quotationOfPart = [.. Quotations.SelectMany((q, i) => q.Parts.Select(_ => i))];
        Layout = TextLayout.Of(text, paragraphs, _quotedParts);

        // The quote marks around each part, in text order, for the tokenizer to walk through once.
        var marks = new List<(int Position, TokenKind Kind)>();
        foreach (var part in _quotedParts)
        {
            for (var m = Math.Max(0, part.Start - 2); m < part.Start; m++)
            {
                if (IsMark(text[m]) && (m == part.Start - 1 || IsMark(text[m + 1])))
                    marks.Add((m, TokenKind.OpenQuote));
            }

            for (var m = part.End; m < Math.Min(text.Length, part.End + 2) && IsMark(text[m]); m++)
                marks.Add((m, TokenKind.CloseQuote));
        }

        marks.Sort((a, b) => a.Position.CompareTo(b.Position));
        var cursor = new QuoteMarkCursor(marks);
        _sentenceTokenStart = new int[Layout.Sentences.Count + 1];
        _titleCase = new bool[Layout.Sentences.Count];
        _quoteMarks = new bool[Layout.Sentences.Count];
        for (var s = 0; s < Layout.Sentences.Count; s++)
        {
            _sentenceTokenStart[s] = _tokens.Count;
            Tokenizer.Tokenize(text, Layout.Sentences[s].Start, Layout.Sentences[s].End, _tokens, cursor);
            // Read while the sentence's tokens are fresh in the cache: attribution asks about nearly every sentence.
            (_titleCase[s], _quoteMarks[s]) = TitleCaseAndMarks(_sentenceTokenStart[s], _tokens.Count);
        }

        _sentenceTokenStart[^1] = _tokens.Count;
        _quotedToken = QuotedTokens();
    }

    public string Text { get; }
    public TextLayout Layout { get; }
    public IReadOnlyList<Quotation> Quotations { get; }
    /// <summary>The tokens, sentence after sentence; a list rather than an interface, so that the many reads of a token compile to an array access. Callers only read it.</summary>
    public List<Token> Tokens => _tokens;

    public (int Start, int End) SentenceTokens(int sentence) => (_sentenceTokenStart[sentence], _sentenceTokenStart[sentence + 1]);

    /// <summary>A headline line in title case ("Mayor's Son Says The Bridge Will Be Finished"), where verbs have capitals too.</summary>
    public bool IsTitleCase(int sentence) => _titleCase[sentence];

    /// <summary>Whether the sentence has a quote mark of a quotation: attribution looks for one in every sentence that reports nothing.</summary>
    public bool HasQuoteMarks(int sentence) => _quoteMarks[sentence];

    private (bool TitleCase, bool QuoteMarks) TitleCaseAndMarks(int first, int last)
    {
        int words = 0, capitalised = 0;
        var marks = false;
        foreach (var token in CollectionsMarshal.AsSpan(_tokens)[first..last])
        {
            marks |= token.Kind is TokenKind.OpenQuote or TokenKind.CloseQuote;
            if (token.Kind != TokenKind.Word || token.Length < 4)
                continue;
            words++;
            if (char.IsUpper(Text[token.Start]))
                capitalised++;
        }

        return (words >= 3 && capitalised == words, marks);
    }

    /// <summary>
    /// The parts of the quotations that have words inside <paramref name="range"/>, whole: a quotation that opened in
    /// an earlier paragraph brings its earlier paragraphs with it.
    /// </summary>
    public List<TextSpan> WholeQuotationsIn(TextSpan range)
    {
        var parts = new List<TextSpan>();
        var seen = -1;
        foreach (var index in QuotedPartIndexesIn(range))
        {
            var quotation = _quotationOfPart[index];
            if (quotation == seen)
                continue;
            seen = quotation;
            foreach (var part in Quotations[quotation].Parts)
            {
                if (part.Start < range.End && (parts.Count == 0 || part.Start >= parts[^1].End))
                    parts.Add(part);
            }
        }

        return parts;
    }

    private IEnumerable<int> QuotedPartIndexesIn(TextSpan range)
    {
        int lo = 0, hi = _quotedParts.Length - 1, first = _quotedParts.Length;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_quotedParts[mid].End > range.Start)
            {
                first = mid;
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        for (var i = first; i < _quotedParts.Length && _quotedParts[i].Start < range.End; i++)
            yield return i;
    }

    /// <summary>The quoted words inside <paramref name="range"/>, clipped to it, in text order.</summary>
    public List<TextSpan> QuotedPartsIn(TextSpan range)
    {
        var parts = new List<TextSpan>();
        foreach (var i in QuotedPartIndexesIn(range))
        {
            var start = Math.Max(_quotedParts[i].Start, range.Start);
            var end = Math.Min(_quotedParts[i].End, range.End);
            if (end > start)
                parts.Add(new TextSpan(start, end));
        }

        return parts;
    }

    /// <summary>True when the token starts inside the words of a quotation: <see cref="IsQuoted"/> of its start.</summary>
    public bool IsQuotedToken(int token) => _quotedToken[token];

    /// <summary>
    /// <see cref="IsQuoted"/> for every token's start, in one walk: tokens and quoted parts are both in text order, and
    /// the parts do not overlap.
    /// </summary>
    private bool[] QuotedTokens()
    {
        var quoted = new bool[_tokens.Count];
        var part = 0;
        var tokens = CollectionsMarshal.AsSpan(_tokens);
        for (var k = 0; k < quoted.Length; k++)
        {
            var start = tokens[k].Start;
            while (part < _quotedParts.Length && _quotedParts[part].End <= start)
                part++;
            quoted[k] = part < _quotedParts.Length && _quotedParts[part].Start <= start;
        }

        return quoted;
    }

    /// <summary>True when the offset lies inside the words of a quotation.</summary>
    public bool IsQuoted(int offset)
    {
        int lo = 0, hi = _quotedParts.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_quotedParts[mid].End <= offset)
                lo = mid + 1;
            else if (_quotedParts[mid].Start > offset)
                hi = mid - 1;
            else
                return true;
        }

        return false;
    }

    private static bool IsMark(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB' or '\u201E';
}
