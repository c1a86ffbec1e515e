using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using QuoteIndex.Core.Ingestion;

namespace QuoteIndex.Api.Articles;

/// <summary>A request body read as text with a hard size cap, whatever the server's own limit or the client's Content-Length says.</summary>
internal static class RequestBody
{
    public static async Task<(string? Text, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, long maxBytes, CancellationToken cancellationToken, string advice = "send fewer articles at a time")
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = maxBytes;
        if (request.ContentLength > maxBytes)
            return (null, TooLarge(maxBytes, advice));

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                    return (null, TooLarge(maxBytes, advice));
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(maxBytes, advice));
        }

        var (text, problem) = ArticleFiles.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        return text is null
            ? (null, TypedResults.Problem($"The request body is {problem}.", statusCode: StatusCodes.Status400BadRequest, title: "The request body is not text."))
            : (text, null);
    }

    private static ProblemHttpResult TooLarge(long maxBytes, string advice) =>
        TypedResults.Problem($"The request body is over the {maxBytes:N0}-byte limit; {advice}.",
            statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large.");
}
