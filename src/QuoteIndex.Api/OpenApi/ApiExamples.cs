using Microsoft.AspNetCore.Mvc;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Api.OpenApi;

/// <summary>
/// The sample answers the OpenAPI document shows, one per response type. Everything in them is invented: the harbour
/// of Port Elling, its master Tomas Varga and the newspapers that quote him.
/// </summary>
public static partial class ApiExamples
{
    /// <summary>An invented quote with every part filled in.</summary>
    public static Quote Quote { get; } = new Quote(
        new ArticleReference(
            "https://ledger.example/2024/10/01/new-pier", "Harbour master promises new pier before winter", "The Harbour Ledger",
            new Uri("https://ledger.example/2024/10/01/new-pier"), new DateTimeOffset(2024, 10, 1, 7, 15, 0, TimeSpan.FromHours(2)))
        {
            Language = "en",
        },
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
        Mention = new TextSpan(33, 44),
        Rule = "quote-cue-subject",
        Venue = new Venue("a press conference", VenueType.PressConference),
        Date = new StatementDate(new DateOnly(2024, 9, 30), DateSource.Stated, "on Monday"),
        Context = "\"We will rebuild the pier,\" said Tomas Varga, the harbour master of Port Elling, at a press conference on Monday. " +
                  "\"And we will do it before the storms.\"",
        Confidence = 0.92,
    };

    /// <summary>The sample quote's cluster: the same statement in a second outlet, which published it later.</summary>
    public static QuoteCluster Cluster => new(Quote.ClusterId, 2,
    [
        ClusterAppearance.Of(Quote),
        new ClusterAppearance(
            Quote.IdFor("https://courier.example/pier", Quote.Text),
            new ArticleReference("https://courier.example/pier", "New pier promised", "The Calder Courier",
                new Uri("https://courier.example/pier"), new DateTimeOffset(2024, 10, 2, 6, 0, 0, TimeSpan.Zero)),
            Quote.Speaker,
            Quote.Text),
    ]);

    /// <summary>Registers the sample for a response type; a feature calls this for each type its endpoints answer with.</summary>
    public static void Add<T>(Func<T> sample)
        where T : notnull
    {
        lock (Samples)
            Samples[typeof(T)] = () => sample();
    }

    /// <summary>The sample for <paramref name="type"/>, or null when it has none.</summary>
    public static object? For(Type? type)
    {
        if (type is null)
            return null;
        lock (Samples)
            return Samples.TryGetValue(type, out var sample) ? sample() : null;
    }

    /// <summary>A problem answer with <paramref name="status"/>, as the API writes them.</summary>
    public static ProblemDetails Problem(int status) => status switch
    {
        StatusCodes.Status400BadRequest => new HttpValidationProblemDetails(new Dictionary<string, string[]>
        {
            ["size"] = ["size must be between 1 and 100."],
        })
        {
            Title = "One or more validation errors occurred.",
            Status = status,
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        },
        StatusCodes.Status401Unauthorized => Titled(status, "An API key is required.", "Send a valid API key in the X-Api-Key header."),
        StatusCodes.Status404NotFound => Titled(status, "Not found.", "No quote has the id 'q_0000000000000000'."),
        StatusCodes.Status413PayloadTooLarge => Titled(status, "The request body is too large.", "The body is over the limit of 20,971,520 bytes."),
        StatusCodes.Status503ServiceUnavailable => Titled(status, "Too many searches at once.",
            "Every search slot is busy and the queue is full; try again in 1 second."),
        _ => Titled(status, "The request failed.", null),
    };

    private static ProblemDetails Titled(int status, string title, string? detail) => new() { Status = status, Title = title, Detail = detail };
}
