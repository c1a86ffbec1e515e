using System.Diagnostics;
using System.Text;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Tests.Extraction;

/// <summary>
/// Hostile and degenerate input: the extractor must not throw, must return only spans inside the text, and must stay
/// roughly linear in the text's length.
/// </summary>
public class ExtractorRobustnessTests
{
    /// <summary>
    /// Generous enough for a shared machine at load 20 (20 s was overrun there): a linear pass over 10 MB takes a second
    /// or two, while a quadratic one would take hours, so this only catches super-linear blow-ups. An extraction that
    /// overruns is abandoned (it cannot be cancelled) and the test fails.
    /// </summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    private const int TenMegabytes = 10 * 1024 * 1024;

    private static string Repeat(string unit, int length)
    {
        var text = new StringBuilder(length + unit.Length);
        while (text.Length < length)
            text.Append(unit);
        return text.ToString();
    }

    private static async Task<IReadOnlyList<Quote>> ExtractWithinBound(string text)
    {
        var stopwatch = Stopwatch.StartNew();
        IReadOnlyList<Quote> quotes = [];
        try
        {
            quotes = await Task.Run(() => Extracted.From(text)).WaitAsync(Bound);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Extracting {text.Length:N0} characters did not finish within {Bound.TotalSeconds:N0} s.");
        }

        stopwatch.Stop();
        Assert.True(stopwatch.Elapsed < Bound, $"Extracting {text.Length:N0} characters took {stopwatch.Elapsed.TotalSeconds:N1} s.");
        AssertInside(text, quotes);
        return quotes;
    }

    /// <summary>Every offset a quote carries points into the text, and its spans are its words.</summary>
    private static void AssertInside(string text, IReadOnlyList<Quote> quotes)
    {
        foreach (var quote in quotes)
        {
            Assert.All(quote.Spans, span => Assert.True(span.FitsIn(text), $"Span {span} lies outside a text of {text.Length} characters."));
            Assert.True(quote.Cue is null || quote.Cue.Span.FitsIn(text), $"Cue span {quote.Cue?.Span} lies outside the text.");
            Assert.True(quote.Mention is not { } mention || mention.FitsIn(text), $"Mention {quote.Mention} lies outside the text.");
            Assert.True(quote.Speaker?.Mention is not { } speaker || speaker.FitsIn(text), $"Speaker mention {quote.Speaker?.Mention} lies outside the text.");
            Assert.Equal(string.Join(' ', quote.Spans.Select(s => s.Of(text).Trim())), quote.Text);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("  \n\t\r\n \u00A0 \n\n")]
    [InlineData("\"")]
    [InlineData("'")]
    [InlineData(":")]
    [InlineData(".")]
    public async Task Extract_EmptyBlankOrSingleMarkText_ReturnsNoQuotes(string text)
    {
        Assert.Empty(await ExtractWithinBound(text));
    }

    [Fact]
    public async Task Extract_OnlyQuoteMarksOfEveryStyle_ReturnsNoQuotes()
    {
        var text = Repeat("\"\"\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019'''' \"\n", 4_000);

        Assert.Empty(await ExtractWithinBound(text));
    }

    [Fact]
    public async Task Extract_ThousandsOfUnbalancedQuoteMarks_StaysInsideTheText()
    {
        // Marks of every style opened and never closed, between short words, over many paragraphs.
        var text = Repeat("\"a 'b \u201Cc \u00ABd \u201Ee \u2018f said Claire Dunmoor, \u201D\n", 200_000);

        await ExtractWithinBound(text);
    }

    [Fact]
    public async Task Extract_DeeplyNestedQuoteMarks_StaysInsideTheText()
    {
        // Five thousand opening marks, a quote and its cue, five thousand closing marks.
        var text = new string('\u201C', 5_000) + "We will rebuild the harbour wall,\" said Claire Dunmoor." + new string('\u201D', 5_000);

        await ExtractWithinBound(text);
    }

    [Fact]
    public async Task Extract_ControlCharactersInAndAroundAQuote_StaysInsideTheText()
    {
        // Bytes a broken scraper lets through: NUL, bell, escape, DEL, NEL, a line separator, a lone surrogate.
        const string text =
            "\0\u0001\"We will\u0007 rebuild the \u001Bharbour wall,\" said Claire\0 Dunmoor.\u007F\u0085" +
            "\u2028\"The fund is empty,\u0000\" Tobias Renwick said.\uD800\n\n\u000C\u000B";

        await ExtractWithinBound(text);
    }

    [Fact]
    public async Task Extract_EmojiBesideTheQuoteMarks_KeepsTheQuote()
    {
        const string text = "\"We will rebuild the harbour wall \U0001F6A2,\" said Claire Dunmoor \U0001F44D.";

        var quote = Assert.Single(await ExtractWithinBound(text));

        Assert.Equal("We will rebuild the harbour wall \U0001F6A2,", quote.Text);
    }

    [Theory]
    // Right-to-left scripts with their own quote marks, direction marks, and English mixed in.
    [InlineData("\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631 \u00AB\u0633\u0646\u0639\u064A\u062F \u0628\u0646\u0627\u0621 \u0627\u0644\u0645\u064A\u0646\u0627\u0621 \u0642\u0628\u0644 \u0627\u0644\u0634\u062A\u0627\u0621\u00BB \u064A\u0648\u0645 \u0627\u0644\u062B\u0644\u0627\u062B\u0627\u0621.")]
    [InlineData("\u201E\u05E0\u05D1\u05E0\u05D4 \u05D0\u05EA \u05D4\u05E0\u05DE\u05DC \u05DE\u05D7\u05D3\u05E9 \u05DC\u05E4\u05E0\u05D9 \u05D4\u05D7\u05D5\u05E8\u05E3\u201C, \u05D0\u05DE\u05E8\u05D4 \u05D4\u05E9\u05E8\u05D4.")]
    [InlineData("\u200F\"\u05D4\u05E0\u05DE\u05DC \u05D9\u05D9\u05D1\u05E0\u05D4,\" said Claire Dunmoor \u200E\u0627\u0644\u064A\u0648\u0645\u200F.\n\n\u202B\u0642\u0627\u0644: \"\u0644\u0627\"\u202C")]
    public async Task Extract_RightToLeftScript_StaysInsideTheText(string text)
    {
        await ExtractWithinBound(text);
    }

    [Fact]
    public async Task Extract_HebrewQuoteWithAnEnglishAttribution_IsADirectQuote()
    {
        // An English story quoting a Hebrew speaker verbatim, with a right-to-left mark before the quotation.
        const string text = "\u200F\"\u05D4\u05E0\u05DE\u05DC \u05D9\u05D9\u05D1\u05E0\u05D4 \u05DE\u05D7\u05D3\u05E9,\" said Claire Dunmoor.";

        var quote = Assert.Single(await ExtractWithinBound(text));

        Assert.Equal([Extracted.SpanOf(text, "\u05D4\u05E0\u05DE\u05DC \u05D9\u05D9\u05D1\u05E0\u05D4 \u05DE\u05D7\u05D3\u05E9,")], quote.Spans);
        Assert.Equal("Claire Dunmoor", quote.Speaker?.Name);
    }

    [Fact]
    public async Task Extract_TenMegabyteSingleParagraph_FinishesWithinTheBound()
    {
        // A page whose line breaks were lost: ordinary news sentences, quotes and reports, with no paragraph break.
        var text = Repeat(
            "\"We will rebuild the harbour wall before winter,\" said Claire Dunmoor, the port director. " +
            "Tobias Renwick told reporters the audit would be published on Friday. ",
            TenMegabytes);

        Assert.NotEmpty(await ExtractWithinBound(text));
    }

    [Fact]
    public async Task Extract_TenMegabytesWithoutPunctuation_FinishesWithinTheBound()
    {
        // One endless sentence of names and words: no full stop, no comma, no quote mark.
        var text = Repeat("the harbour board met Claire Dunmoor and the ferry crew ", TenMegabytes);

        Assert.Empty(await ExtractWithinBound(text));
    }
}
