using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Api.Search;

/// <summary>
/// The 200 answer of a search: <see cref="SearchPage"/> as JSON, exactly as <c>TypedResults.Ok</c> writes it and
/// documented the same way, written once per store result and copied for every later request that gets the same
/// result. The store keeps whole results of frequent searches, so most of those requests would write the same twenty
/// quotes, facets and histogram again; that writing was about a quarter of the server's CPU for such a request.
/// </summary>
public sealed class SearchPageResult : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IContentTypeHttpResult
{
    // A page's JSON for as long as the store keeps its result (a result of the store's cache lives until it is evicted;
    // any other one dies with its request). The cursor is the only part that depends on the request rather than on the
    // result: it is kept with the JSON and compared.
    private static readonly ConditionalWeakTable<QuoteSearchResult, WrittenPage> Pages = new();

    private readonly WrittenPage _written;

    private SearchPageResult(WrittenPage written) => _written = written;

    public int StatusCode => StatusCodes.Status200OK;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public string ContentType => "application/json; charset=utf-8";

    /// <summary>The page of <paramref name="result"/> with the cursor <paramref name="next"/>, already written, or null.</summary>
    public static SearchPageResult? Written(QuoteSearchResult result, string? next) =>
        Pages.TryGetValue(result, out var written) && string.Equals(written.Next, next, StringComparison.Ordinal)
            ? new SearchPageResult(written)
            : null;

    /// <summary><paramref name="page"/> (of <paramref name="result"/>), written with the API's JSON options and kept for <see cref="Written"/>.</summary>
    public static SearchPageResult Write(QuoteSearchResult result, SearchPage page, IOptions<JsonOptions> json)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(json);
        var written = new WrittenPage(page.Next, JsonSerializer.SerializeToUtf8Bytes(page, json.Value.SerializerOptions.GetTypeInfo(typeof(SearchPage))));
        Pages.AddOrUpdate(result, written);
        return new SearchPageResult(written);
    }

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = ContentType;
        response.ContentLength = _written.Json.Length;
        return response.Body.WriteAsync(_written.Json, httpContext.RequestAborted).AsTask();
    }

    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(SearchPage), ["application/json"]));
    }

    private sealed record WrittenPage(string? Next, byte[] Json);
}
