using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Api.Search;

/// <summary>
/// The 200 answer of a search: <see cref="SearchPage"/> as JSON, exactly as <c>TypedResults.Ok</c> writes it and
/// documented the same way, except that each quote is written once and its JSON copied on every later page that shows
/// the same quote. The store keeps whole results of frequent searches, quotes included, so most pages repeat quotes
/// already written; writing twenty quotes anew was about a tenth of a search's time on the server.
/// </summary>
public sealed class SearchPageResult(SearchPage page) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<SearchPage>, IContentTypeHttpResult
{
    private static readonly ConditionalWeakTable<JsonSerializerOptions, JsonTypeInfo<SearchPage>> PageTypes = new();

    public SearchPage Value => page;

    object? IValueHttpResult.Value => page;

    public int StatusCode => StatusCodes.Status200OK;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public string ContentType => "application/json";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        httpContext.Response.StatusCode = StatusCode;
        return httpContext.Response.WriteAsJsonAsync(page, PageTypes.GetValue(options, PageType), contentType: null, httpContext.RequestAborted);
    }

    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(SearchPage), ["application/json"]));
    }

    // The API's options with quotes written through QuoteOnce: the same JSON, the rest of the page untouched.
    private static JsonTypeInfo<SearchPage> PageType(JsonSerializerOptions api)
    {
        var options = new JsonSerializerOptions(api);
        options.Converters.Insert(0, new QuoteOnce((JsonTypeInfo<Quote>)api.GetTypeInfo(typeof(Quote))));
        options.MakeReadOnly(populateMissingResolver: true);
        return (JsonTypeInfo<SearchPage>)options.GetTypeInfo(typeof(SearchPage));
    }

    /// <summary>
    /// Writes a quote as <paramref name="plain"/> does, keeping the JSON for as long as the quote object lives (in the
    /// store's result cache): a quote object never changes, so its JSON does not either.
    /// </summary>
    private sealed class QuoteOnce(JsonTypeInfo<Quote> plain) : JsonConverter<Quote>
    {
        private readonly ConditionalWeakTable<Quote, byte[]> _written = new();

        public override Quote Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Search pages are only written.");

        public override void Write(Utf8JsonWriter writer, Quote value, JsonSerializerOptions options) =>
            writer.WriteRawValue(_written.GetValue(value, quote => JsonSerializer.SerializeToUtf8Bytes(quote, plain)), skipInputValidation: true);
    }
}
