using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace QuoteIndex.Ingestion.Sources.Web;

/// <summary>
/// GETs one URL through the named "articles" client and reads its body whole, within the size cap and the total
/// timeout. Every failure comes back as a reason a user can read ("HTTP 404 Not Found", "timed out after 5 s"),
/// never as an exception, except cancellation by the caller.
/// </summary>
public sealed partial class ArticleFetcher(IHttpClientFactory clients, IOptions<ArticleSourceOptions> options, TimeProvider time)
{
    private readonly ArticleSourceOptions _options = options.Value;

    public async Task<(FetchedBody? Body, string? Problem)> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        // The pipeline's timeouts end when the headers arrive; this one also bounds a body that trickles in.
        using var deadline = new CancellationTokenSource(_options.TotalTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            using var response = await clients.CreateClient(ArticleSourceOptions.HttpClientName)
                .GetAsync(url, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            if (!response.IsSuccessStatusCode)
                return (null, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase ?? Words(response.StatusCode)}");

            var contentType = response.Content.Headers.ContentType;
            var mediaType = contentType?.MediaType?.ToLowerInvariant() ?? "";
            if (!FetchedBody.IsSupportedType(mediaType))
                return (null, $"unsupported content type {mediaType}");
            if (response.Content.Headers.ContentLength > _options.MaxBytes)
                return (null, TooLarge);

            await using var stream = await response.Content.ReadAsStreamAsync(linked.Token);
            var bytes = await ByteLimit.ReadAsync(stream, _options.MaxBytes, linked.Token);
            return bytes is null
                ? (null, TooLarge)
                : (new FetchedBody(response.RequestMessage?.RequestUri ?? url, mediaType, contentType?.CharSet, bytes), null);
        }
        catch (TimeoutRejectedException e)
        {
            return (null, TimedOut(e.Timeout));
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return (null, TimedOut(_options.TotalTimeout));
        }
        catch (BrokenCircuitException)
        {
            return (null, $"not tried: too many recent failures at {url.Authority} (circuit open)");
        }
        catch (HttpIOException e) when (e.HttpRequestError == HttpRequestError.ResponseEnded)
        {
            return (null, "connection closed before the body ended");
        }
        catch (HttpRequestException e)
        {
            return (null, Describe(e));
        }
        catch (IOException)
        {
            return (null, "connection closed before the body ended");
        }
    }

    private string TooLarge => ByteLimit.TooLarge(_options.MaxBytes);

    private static string Describe(HttpRequestException e) => e.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => "host not found",
        HttpRequestError.ConnectionError => $"cannot connect ({e.Message})",
        HttpRequestError.SecureConnectionError => $"TLS failed ({e.Message})",
        HttpRequestError.ResponseEnded => "connection closed before the body ended",
        _ => $"request failed ({e.InnerException?.Message ?? e.Message})",
    };

    /// <summary>"Not Found" for NotFound: HTTP/2 responses carry no reason phrase.</summary>
    private static string Words(HttpStatusCode status) => CapitalInWord().Replace(status.ToString(), " $0");

    private static string TimedOut(TimeSpan timeout) =>
        string.Create(CultureInfo.InvariantCulture, $"timed out after {timeout.TotalSeconds:0.###} s");

    [GeneratedRegex("(?<=[a-z])[A-Z]")]
    private static partial Regex CapitalInWord();
}
