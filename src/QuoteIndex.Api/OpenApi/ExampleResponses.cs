using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using ProblemDetails = Microsoft.AspNetCore.Mvc.ProblemDetails;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace QuoteIndex.Api.OpenApi;

/// <summary>
/// Puts an example body on every documented response whose type has a sample in <see cref="ApiExamples"/>, and on every
/// problem response, serialised with the API's own JSON options so the example looks exactly like a real answer.
/// </summary>
internal sealed class ExampleResponses(IOptions<JsonOptions> json) : IOpenApiOperationTransformer
{
    private readonly JsonSerializerOptions _options = json.Value.SerializerOptions;

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.Responses is null)
            return;

        foreach (var responseType in context.Description.SupportedResponseTypes)
        {
            var status = responseType.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!operation.Responses.TryGetValue(status, out var response) || response.Content is null)
                continue;

            var sample = IsProblem(responseType.Type) ? ApiExamples.Problem(responseType.StatusCode) : ApiExamples.For(responseType.Type);
            if (sample is null)
                continue;
            var example = JsonSerializer.SerializeToNode(sample, sample.GetType(), _options);
            foreach (var media in response.Content.Values)
                media.Example ??= example?.DeepClone();
        }

        // Files (CSV, NDJSON) have no response type to take a sample of: their example is the file for the sample quote.
        foreach (var response in operation.Responses.Values)
        {
            foreach (var (mediaType, media) in response.Content ?? new Dictionary<string, OpenApiMediaType>())
            {
                if (media.Example is null && await ApiExamples.FileAsync(mediaType, cancellationToken) is { } file)
                    media.Example = JsonValue.Create(file);
            }
        }
    }

    private static bool IsProblem(Type? type) => type is not null && typeof(ProblemDetails).IsAssignableFrom(type)
        || type == typeof(Microsoft.AspNetCore.Http.HttpValidationProblemDetails);
}
