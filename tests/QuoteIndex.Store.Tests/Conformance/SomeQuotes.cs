using System.Globalization;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Store.Tests.Conformance;

/// <summary>
/// Valid quotes for store tests: name what the test is about, leave the rest to unremarkable defaults.
/// Every speaker, outlet and statement here is invented.
/// </summary>
internal static class SomeQuotes
{
    public const string Outlet = "The Harbour Ledger";
    public const string Speaker = "Mara Ellison";

    private static readonly DateTimeOffset DefaultPublished = new(2024, 3, 14, 9, 30, 0, TimeSpan.Zero);
    private static int s_counter;

    /// <summary>An article id no other test uses, so tests never see each other's quotes by accident.</summary>
    public static string ArticleId() =>
        string.Create(CultureInfo.InvariantCulture, $"https://ledger.example/articles/{Interlocked.Increment(ref s_counter)}");

    /// <summary>A valid quote; each argument left out takes an unremarkable value.</summary>
    /// <param name="text">The statement.</param>
    /// <param name="speaker">The speaker's name; null for a quote with no speaker.</param>
    /// <param name="outlet">The article's outlet.</param>
    /// <param name="kind">How the statement is reported.</param>
    /// <param name="articleId">The article the quote comes from; a new one when null.</param>
    /// <param name="published">The article's publication time; a fixed day in March 2024 when null.</param>
    public static Quote Quote(
        string text = "The ferry timetable will not change this winter",
        string? speaker = Speaker,
        string outlet = Outlet,
        QuoteKind kind = QuoteKind.Direct,
        DateTimeOffset? published = null,
        string? articleId = null)
    {
        var article = new ArticleReference(
            articleId ?? ArticleId(), "Council debates the harbour plan", outlet, null, published ?? DefaultPublished);
        // The article text is imagined as: "<text>," <speaker> said.
        return new Quote(article, text, [new TextSpan(1, 1 + text.Length)], kind)
        {
            Speaker = speaker is null ? null : new Speaker(speaker),
        };
    }

    /// <summary>A quote with every optional part filled in, for round-trip tests.</summary>
    public static Quote FullyDescribed()
    {
        // Article text: "We will rebuild the pier," said Tomas Varga, the harbour master of Port Elling, at a
        // press conference on Tuesday. "And we will do it before the storms."
        var article = new ArticleReference(
            ArticleId(),
            "Harbour master promises new pier before winter",
            Outlet,
            new Uri("https://ledger.example/2024/10/01/new-pier"),
            new DateTimeOffset(2024, 10, 1, 7, 15, 0, TimeSpan.FromHours(2)));
        return new Quote(
            article,
            "We will rebuild the pier, and we will do it before the storms.",
            [new TextSpan(1, 25), new TextSpan(117, 153)],
            QuoteKind.Direct)
        {
            Speaker = new Speaker("Tomas Varga", new TextSpan(33, 44))
            {
                Role = "harbour master",
                Organisation = "Port Elling Harbour Authority",
                Aliases = ["Varga", "the harbour master"],
            },
            Cue = new Cue("said", new TextSpan(28, 32)),
            Venue = new Venue("a press conference", VenueType.PressConference),
            Date = new StatementDate(new DateOnly(2024, 9, 24), DateSource.Stated, "on Tuesday"),
            Context = "\"We will rebuild the pier,\" said Tomas Varga, the harbour master of Port Elling, at a press conference on Tuesday.",
            Confidence = 0.87,
        };
    }
}
