using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using QuoteIndex.Api.Quotes;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Speakers;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Api.Speakers;

/// <summary>Speaker autocomplete and speaker pages.</summary>
public static class SpeakersApi
{
    /// <summary>Letters or digits a prefix needs: one letter would list a sizeable part of all speakers.</summary>
    public const int MinPrefixLength = 2;

    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;

    public static RouteGroupBuilder MapSpeakersApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/speakers").WithTags("Speakers");

        group.MapGet("/", SuggestSpeakers)
            .WithName("SuggestSpeakers")
            .WithSummary("Autocomplete speakers")
            .WithDescription("Speakers whose name, or any word of it, starts with `prefix` (\"blin\" and \"antony bl\" find Antony Blinken), " +
                             "ignoring case, accents and punctuation; those with the most quotes first. Each has the key that the " +
                             $"`speaker` filter and the speaker page take. The prefix needs at least {MinPrefixLength} letters or digits.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/{key}", GetSpeaker)
            .WithName("GetSpeaker")
            .WithSummary("Get a speaker's profile")
            .WithDescription("What the index knows of one speaker: the name their quotes give most often, other names, roles and organisations " +
                             $"(read from their {SpeakerProfile.SampleSize} newest quotes), how many quotes, first and last statement and " +
                             $"publication dates, the top {SpeakerProfile.TopCount} outlets and venues with counts, quotes per month with no gaps " +
                             $"(statement date, else publication date) and the {SpeakerProfile.LatestCount} newest quotes. The filter parameters " +
                             "(dates, outlets, kinds…) narrow every count except the names; `speaker` is the path's key and may not be given.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    private static async Task<Results<Ok<SpeakerSuggestions>, ValidationProblem>> SuggestSpeakers(
        IQuoteStore store,
        CancellationToken cancellationToken,
        [Description("The start of the name or of any word of it, e.g. `blin`; case and accents are ignored.")] string? prefix = null,
        [Description("Most speakers to list, from 1 to 50.")] int limit = DefaultLimit)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(prefix))
            errors["prefix"] = ["prefix is required: the start of a speaker's name."];
        else if (Speaker.KeyFor(prefix).Replace("-", "", StringComparison.Ordinal).Length < MinPrefixLength)
            errors["prefix"] = [$"prefix must have at least {MinPrefixLength} letters or digits; '{prefix}' has fewer."];
        if (limit is < 1 or > MaxLimit)
            errors["limit"] = [$"limit must be between 1 and {MaxLimit}; {limit} is not."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var found = await store.SuggestSpeakersAsync(prefix!, limit, cancellationToken);
        return TypedResults.Ok(new SpeakerSuggestions(found));
    }

    private static async Task<Results<Ok<SpeakerProfile>, ValidationProblem, ProblemHttpResult>> GetSpeaker(
        IQuoteStore store,
        [Description("The speaker key, e.g. `antony-blinken`, as autocomplete and quotes give it (a name is turned into its key).")] string key,
        [AsParameters] QuoteFilterParameters filters,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var filter = filters.ToFilter(errors);
        if (filters.Speaker is { Length: > 0 })
            errors["speaker"] = ["The speaker is the one in the path; leave out the speaker parameter."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var speakerKey = Speaker.KeyFor(key);
        var statistics = speakerKey.Length == 0
            ? null
            : await store.GetSpeakerStatisticsAsync(speakerKey, filter, SpeakerProfile.SampleSize, cancellationToken);
        if (statistics is null)
            return TypedResults.Problem($"No quote has the speaker '{key}'.", statusCode: StatusCodes.Status404NotFound, title: "Speaker not found.");
        return TypedResults.Ok(SpeakerProfile.From(statistics));
    }
}

/// <summary>Speakers matching an autocomplete prefix, most quotes first.</summary>
/// <param name="Items">Each speaker's key, display name and number of quotes.</param>
public sealed record SpeakerSuggestions(IReadOnlyList<SpeakerSuggestion> Items);
