using QuoteIndex.Core.Extraction.Quoting;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Text;

/// <summary>Everything the extraction steps share about one article's text: layout, quotations, tokens per sentence.</summary>
internal sealed class ArticleText
{
    private readonly List<Token> _tokens = [];
    private readonly int[] _sentenceTokenStart;
    private readonly TextSpan[] _quotedParts;

    public ArticleText(string text)
    {
        Text = text;
        var paragraphs = TextLayout.Of(text).Paragraphs;
        Quotations = QuoteMarkScanner.Scan(text, paragraphs);
        _quotedParts = [.. Quotations.SelectMany(q => q.Parts)];
        Layout = TextLayout.Of(text, _quotedParts);

        var marks = new Dictionary<int, TokenKind>();
        foreach (var quotation in Quotations)
        {
            foreach (var part in quotation.Parts)
            {
                for (var m = part.Start - 1; m >= Math.Max(0, part.Start - 2) && IsMark(text[m]); m--)
                    marks[m] = TokenKind.OpenQuote;
                for (var m = part.End; m < Math.Min(text.Length, part.End + 2) && IsMark(text[m]); m++)
                    marks[m] = TokenKind.CloseQuote;
            }
        }

        TokenKind? MarkAt(int i) => marks.Count > 0 && marks.TryGetValue(i, out var kind) ? kind : null;
        _sentenceTokenStart = new int[Layout.Sentences.Count + 1];
        for (var s = 0; s < Layout.Sentences.Count; s++)
        {
            _sentenceTokenStart[s] = _tokens.Count;
            Tokenizer.Tokenize(text, Layout.Sentences[s].Start, Layout.Sentences[s].End, _tokens, MarkAt);
        }

        _sentenceTokenStart[^1] = _tokens.Count;
    }

    public string Text { get; }
    public TextLayout Layout { get; }
    public IReadOnlyList<Quotation> Quotations { get; }
    public IReadOnlyList<Token> Tokens => _tokens;

    public (int Start, int End) SentenceTokens(int sentence) => (_sentenceTokenStart[sentence], _sentenceTokenStart[sentence + 1]);

    /// <summary>A headline line in title case ("Trump's Son Says The Battle Will Be Unprecedented"), where verbs have capitals too.</summary>
    public bool IsTitleCase(int sentence)
    {
        var (first, last) = SentenceTokens(sentence);
        int words = 0, capitalised = 0;
        for (var k = first; k < last; k++)
        {
            if (_tokens[k].Kind != TokenKind.Word || _tokens[k].Length < 4)
                continue;
            words++;
            if (char.IsUpper(Text[_tokens[k].Start]))
                capitalised++;
        }

        return words >= 3 && capitalised == words;
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
