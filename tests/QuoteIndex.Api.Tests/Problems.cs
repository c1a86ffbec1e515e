using System.Net;
using System.Text.Json;

namespace QuoteIndex.Api.Tests;

/// <summary>Assertions on ProblemDetails responses.</summary>
internal static class Problems
{
    /// <summary>The response is a ProblemDetails with <paramref name="status"/> and no stack trace; returns its body.</summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The response is a 400 validation problem with an error for <paramref name="parameter"/>; returns that error.</summary>
    public static async Task<string> AssertNamesParameterAsync(HttpResponseMessage response, string parameter)
    {
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var errors), problem.ToString());
        return errors[0].GetString()!;
    }
}
