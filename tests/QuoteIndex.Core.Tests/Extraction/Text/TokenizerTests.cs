using QuoteIndex.Core.Extraction.Text;

namespace QuoteIndex.Core.Tests.Extraction.Text;

public class TokenizerTests
{
    private static List<Token> Tokenize(string text, params (int Position, TokenKind Kind)[] quoteMarks)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens, quoteMarks.Length == 0 ? null : new QuoteMarkCursor([.. quoteMarks]));
        return tokens;
    }

    private static string[] Words(string text) => [.. Tokenize(text).Select(t => t.In(text).ToString())];

    [Fact]
    public void Tokenize_HyphenatedSurname_IsOneWord()
    {
        // "Harbour Minister Elena Vasquez-Moreau said": a double-barrelled name must stay whole to be matched later.
        Assert.Equal(["Elena", "Vasquez-Moreau", "said"], Words("Elena Vasquez-Moreau said"));
    }

    [Theory]
    // Contractions and possessives, with straight and typographic apostrophes.
    [InlineData("don't")]
    [InlineData("council's")]
    [InlineData("council\u2019s")]
    [InlineData("O'Mara")]
    public void Tokenize_InnerApostrophe_KeepsTheWordWhole(string word)
    {
        var token = Assert.Single(Tokenize(word));

        Assert.Equal(TokenKind.Word, token.Kind);
        Assert.Equal(word, token.In(word).ToString());
    }

    [Fact]
    public void Tokenize_KnownAbbreviationsAndInitials_KeepTheirPeriod()
    {
        // "U.S. officials", "Mr. Renwick", "J. Halvorsen": the period is part of the word, not a full stop.
        Assert.Equal(["U.S.", "officials", "met", "Mr.", "Renwick", "and", "J.", "Halvorsen"], Words("U.S. officials met Mr. Renwick and J. Halvorsen"));
    }

    [Fact]
    public void Tokenize_FullStopAfterAnOrdinaryWord_IsPunctuation()
    {
        const string text = "The pier opened.";

        var tokens = Tokenize(text);

        Assert.Equal(["The", "pier", "opened", "."], tokens.Select(t => t.In(text).ToString()));
        Assert.Equal(TokenKind.Punctuation, tokens[^1].Kind);
    }

    [Fact]
    public void Tokenize_DecimalAndGroupedNumbers_AreOneNumberEach()
    {
        const string text = "fares of 3.50 crowns for 1,200 riders";

        var tokens = Tokenize(text);

        Assert.Equal(["fares", "of", "3.50", "crowns", "for", "1,200", "riders"], tokens.Select(t => t.In(text).ToString()));
        Assert.Equal(TokenKind.Number, tokens[2].Kind);
        Assert.Equal(TokenKind.Number, tokens[5].Kind);
    }

    [Fact]
    public void Tokenize_CommaBetweenWords_IsItsOwnToken()
    {
        Assert.Equal(["Hugo", "Thornbury", ",", "a", "doctor", ",", "said"], Words("Hugo Thornbury, a doctor, said"));
    }

    [Fact]
    public void Tokenize_QuoteMarksTheCallerIdentifies_BecomeOpenAndCloseTokens()
    {
        // "\"Yes,\" she said.": the article's quote scanner tells the tokenizer which marks open and close quotations.
        const string text = "\"Yes,\" she said.";
        var close = text.IndexOf('"', 1);

        var tokens = Tokenize(text, (0, TokenKind.OpenQuote), (close, TokenKind.CloseQuote));

        Assert.Equal(new Token(0, 1, TokenKind.OpenQuote), tokens[0]);
        Assert.Equal(new Token(close, close + 1, TokenKind.CloseQuote), tokens[3]);
        Assert.Equal(["\"", "Yes", ",", "\"", "she", "said", "."], tokens.Select(t => t.In(text).ToString()));
    }

    [Fact]
    public void Tokenize_QuoteMarksWithoutTheCallback_ArePunctuation()
    {
        var tokens = Tokenize("\"Yes\"");

        Assert.Equal([TokenKind.Punctuation, TokenKind.Word, TokenKind.Punctuation], tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Tokenize_ARange_AppendsOnlyTheTokensInsideIt()
    {
        const string text = "Before. Inside the range. After.";
        var range = Extracted.SpanOf(text, "Inside the range.");
        var tokens = new List<Token> { new(0, 6, TokenKind.Word) };

        Tokenizer.Tokenize(text, range.Start, range.End, tokens);

        Assert.Equal(["Before", "Inside", "the", "range", "."], tokens.Select(t => t.In(text).ToString()));
    }

    [Fact]
    public void Is_ComparesTheWordIgnoringCase()
    {
        const string text = "Said";

        var token = Assert.Single(Tokenize(text));

        Assert.True(token.Is(text, "said"));
        Assert.False(token.Is(text, "sai"));
    }
}
