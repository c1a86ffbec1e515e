using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using QuoteIndex.Api.Articles;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;
using QuoteIndex.Core.Verification;

namespace QuoteIndex.Api.Verification;

/// <summary>Checking whether a statement was said, by whom, and where it first appeared.</summary>
public static class VerificationApi
{
    // Well above a 5,000-character statement in JSON, even with every character escaped.
    private const long MaxBodyBytes = 64 * 1024;

    public static RouteHandlerBuilder MapVerificationApi(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/v1/verify", Verify)
            .WithTags("Verification")
            .WithName("VerifyStatement")
            .WithSummary("Verify a statement")
            .WithDescription("Finds stored quotes that match `statement` and says whether it is attested: `attested` (the same words, once case, " +
                             "punctuation and quote marks are set aside, or the statement word for word inside a longer quote), `attestedWithDifferentWording` " +
                             $"(the same content words in another order or with small changes, score at least {StatementSimilarity.RewordedFloor}, or a " +
                             $"paraphrase, at least {StatementSimilarity.ParaphraseFloor}), `attestedButSaidBySomeoneElse` (a `speaker` was named and the best " +
                             "match is by someone else) or `notFound` (no quote matches, which does not show it was never said). A quote that differs from the " +
                             "statement in a number or a negation never matches. Each match carries its kind, a score from 0 to 1, its speaker, how many " +
                             $"quotes repeat it and the first appearance with its source article; at most {StatementVerifier.MaxMatches}, best first. " +
                             "`date` (YYYY-MM-DD) marks and ranks first the matches said that day.")
            .Accepts<VerifyRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

    private static async Task<Results<Ok<VerificationResult>, ValidationProblem, ProblemHttpResult>> Verify(
        HttpRequest request, IQuoteStore store, CancellationToken cancellationToken)
    {
        var (body, problem) = await RequestBody.ReadAsync(request, MaxBodyBytes, cancellationToken, "send one statement of at most 5,000 characters");
        if (problem is not null)
            return problem;

        VerifyRequest? sent;
        try
        {
            sent = JsonSerializer.Deserialize<VerifyRequest>(body!, QuoteJson.Options);
        }
        catch (JsonException e)
        {
            return TypedResults.Problem($"The request body is not a JSON object of the form {{\"statement\": \"…\", \"speaker\": \"…\", \"date\": \"YYYY-MM-DD\"}}: {e.Message}",
                statusCode: StatusCodes.Status400BadRequest, title: "The request body is not valid JSON.");
        }

        var errors = new Dictionary<string, string[]>();
        var verification = Validate(sent, errors);
        if (verification is null)
            return TypedResults.ValidationProblem(errors);

        return TypedResults.Ok(await new StatementVerifier(store).VerifyAsync(verification, cancellationToken));
    }

    private static VerificationRequest? Validate(VerifyRequest? sent, Dictionary<string, string[]> errors)
    {
        if (sent is null || string.IsNullOrWhiteSpace(sent.Statement))
            errors["statement"] = ["statement is required: the words to verify."];
        else if (sent.Statement.Length > StatementVerifier.MaxStatementLength)
            errors["statement"] = [$"statement must be at most {StatementVerifier.MaxStatementLength:N0} characters; this one has {sent.Statement.Length:N0}."];
        else if (QuoteText.Normalise(sent.Statement).Length == 0)
            errors["statement"] = ["statement has no letters or digits to match."];

        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(sent?.Date))
        {
            if (DateOnly.TryParseExact(sent.Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                date = day;
            else
                errors["date"] = [$"date must be a date written YYYY-MM-DD; '{sent.Date}' is not."];
        }

        var speaker = string.IsNullOrWhiteSpace(sent?.Speaker) ? null : sent.Speaker.Trim();
        if (speaker is not null && Speaker.KeyFor(speaker).Length == 0)
            errors["speaker"] = [$"speaker must name someone with letters or digits; '{sent!.Speaker}' does not."];

        return errors.Count > 0 ? null : new VerificationRequest(sent!.Statement!, speaker, date);
    }
}

/// <summary>A statement to verify.</summary>
/// <param name="Statement">The words, at most 5,000 characters.</param>
/// <param name="Speaker">Who is said to have said it: a name ("Antony Blinken", or just "Blinken") or a speaker key.</param>
/// <param name="Date">The day it is said to have been said, YYYY-MM-DD.</param>
public sealed record VerifyRequest(string? Statement, string? Speaker, string? Date);
