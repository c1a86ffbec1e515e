using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuoteIndex.Api.Tests.OpenApi;

/// <summary>
/// The published contract: a snapshot of the OpenAPI document, so every change to it shows up in review, and the
/// rules every operation follows (named, summarised, described, parameters documented, examples, problem answers).
/// </summary>
public sealed class OpenApiContractTests : IAsyncLifetime
{
    /// <summary>Set to 1 to rewrite the snapshot from the running API after an intended change of contract.</summary>
    public const string UpdateVariable = "QUOTEINDEX_UPDATE_OPENAPI_SNAPSHOT";

    private readonly QuoteIndexApiFactory _api = new();
    private JsonNode _document = null!;

    public async Task InitializeAsync()
    {
        using var client = _api.CreateClient();
        _document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Document_MatchesTheSnapshot()
    {
        var snapshotPath = SnapshotPath();
        var actual = _document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).ReplaceLineEndings("\n") + "\n";
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
            await File.WriteAllTextAsync(snapshotPath, actual);

        var expected = File.Exists(snapshotPath) ? (await File.ReadAllTextAsync(snapshotPath)).ReplaceLineEndings("\n") : "";
        if (expected != actual)
        {
            var received = Path.ChangeExtension(snapshotPath, ".received.json");
            await File.WriteAllTextAsync(received, actual);
            Assert.Fail($"The OpenAPI document differs from {snapshotPath}; the new one is in {received}. " +
                        $"If the change is intended, run the tests with {UpdateVariable}=1 and commit the snapshot.");
        }
    }

    [Fact]
    public void EveryOperation_HasANameASummaryAndADescription()
    {
        var missing = Operations()
            .Where(o => string.IsNullOrWhiteSpace((string?)o.Operation["operationId"])
                        || string.IsNullOrWhiteSpace((string?)o.Operation["summary"])
                        || string.IsNullOrWhiteSpace((string?)o.Operation["description"]))
            .Select(o => o.Name)
            .ToList();

        Assert.True(missing.Count == 0, "Operations without operationId, summary or description: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryParameter_IsDescribed()
    {
        var undescribed = Operations()
            .SelectMany(o => (o.Operation["parameters"]?.AsArray() ?? []).Select(p => (o.Name, Parameter: p!)))
            .Where(p => string.IsNullOrWhiteSpace((string?)p.Parameter["description"]))
            .Select(p => $"{p.Name} {p.Parameter["name"]}")
            .ToList();

        Assert.True(undescribed.Count == 0, "Parameters without a description: " + string.Join(", ", undescribed));
    }

    [Fact]
    public void EveryOperation_DocumentsAProblemAnswerAndAnExampleOfEachBody()
    {
        var faults = new List<string>();
        foreach (var (name, operation) in Operations())
        {
            var responses = operation["responses"]!.AsObject();
            if (!responses.Any(r => r.Key.StartsWith('4')))
                faults.Add($"{name}: no 4xx problem answer");
            foreach (var (status, response) in responses)
            {
                foreach (var (mediaType, media) in response!["content"]?.AsObject() ?? [])
                {
                    if (media!["example"] is null && media["examples"] is null)
                        faults.Add($"{name} {status} {mediaType}: no example");
                    if (status.StartsWith('4') && mediaType != "application/problem+json")
                        faults.Add($"{name} {status}: {mediaType} instead of application/problem+json");
                }
            }
        }

        Assert.True(faults.Count == 0, string.Join("\n", faults));
    }

    private IEnumerable<(string Name, JsonNode Operation)> Operations() =>
        _document["paths"]!.AsObject().SelectMany(path =>
            path.Value!.AsObject()
                .Where(o => o.Key is "get" or "post" or "put" or "patch" or "delete")
                .Select(o => ($"{o.Key.ToUpperInvariant()} {path.Key}", o.Value!)));

    private static string SnapshotPath([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "openapi.v1.json");
}
