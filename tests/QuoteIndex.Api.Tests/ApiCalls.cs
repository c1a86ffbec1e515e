using System.Text;
using System.Text.Json;

namespace QuoteIndex.Api.Tests;

/// <summary>The requests and checks the endpoint tests share.</summary>
internal static class ApiCalls
{
    /// <summary>The JSON body of a successful GET; a failure names the URL, the status and the body.</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>POSTs <paramref name="json"/>, with <paramref name="key"/> in X-Api-Key when given.</summary>
    public static async Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, string json, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (key is not null)
            request.Headers.Add("X-Api-Key", key);
        return await client.SendAsync(request);
    }

    /// <summary>The ProblemDetails body of <paramref name="response"/>, which must have <paramref name="status"/> and no stack trace.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>The id of the one stored quote whose text contains <paramref name="words"/>.</summary>
    public static async Task<string> QuoteIdAsync(this QuoteIndexApiFactory api, string words)
    {
        var found = await api.Store.SearchAsync(new Core.Storage.QuoteQuery { Limit = 100 }, CancellationToken.None);
        return Assert.Single(found.Hits, h => h.Quote.Text.Contains(words, StringComparison.Ordinal)).Quote.Id;
    }
}
