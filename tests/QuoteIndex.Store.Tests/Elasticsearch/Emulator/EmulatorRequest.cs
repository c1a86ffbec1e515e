using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator;

/// <summary>One HTTP request as the emulator routes it: method, decoded path segments, query parameters, body text.</summary>
internal sealed class EmulatorRequest
{
    public EmulatorRequest(string method, string pathAndQuery, string body)
    {
        Method = method;
        PathAndQuery = pathAndQuery;
        Body = body;
        var at = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = at < 0 ? pathAndQuery : pathAndQuery[..at];
        Segments = [.. path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString)];
        if (at >= 0)
        {
            foreach (var pair in pathAndQuery[(at + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
                Parameters[key] = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            }
        }
    }

    public string Method { get; }

    public string PathAndQuery { get; }

    public string Body { get; }

    public IReadOnlyList<string> Segments { get; }

    public Dictionary<string, string> Parameters { get; } = new(StringComparer.Ordinal);

    public string? Parameter(string name) => Parameters.GetValueOrDefault(name);

    /// <summary>"refresh", "refresh=true" and "refresh=wait_for" all make the change searchable before the answer.</summary>
    public bool Refresh => Parameter("refresh") is "" or "true" or "wait_for";

    /// <summary>The body as a JSON object; an empty one when there is none.</summary>
    public JsonObject Json()
    {
        if (string.IsNullOrWhiteSpace(Body))
            return [];
        try
        {
            return JsonNode.Parse(Body) as JsonObject ?? throw EmulatorError.Parsing("request body must be an object");
        }
        catch (JsonException e)
        {
            throw new EmulatorError(400, "x_content_parse_exception", $"[1:1] Unexpected character: {e.Message}");
        }
    }

    /// <summary>Fails on query parameters the emulator does not read (so none is silently ignored).</summary>
    public void OnlyParameters(params string[] known)
    {
        string[] harmless = ["typed_keys", "pretty", "human", "error_trace", "filter_path", "timeout", "master_timeout", "wait_for_active_shards", "ignore_unavailable", "allow_no_indices", "expand_wildcards", "require_alias"];
        foreach (var key in Parameters.Keys)
        {
            if (key == "filter_path")
                throw EmulatorError.NotEmulated("the filter_path parameter");
            if (!known.Contains(key, StringComparer.Ordinal) && !harmless.Contains(key, StringComparer.Ordinal))
                throw EmulatorError.BadRequest($"request [/{string.Join('/', Segments)}] contains unrecognized parameter: [{key}]");
        }
    }
}

/// <summary>The emulator's answer: a status and a JSON body (none for HEAD).</summary>
internal sealed record EmulatorAnswer(int Status, JsonNode? Body)
{
    public static EmulatorAnswer Ok(JsonNode body) => new(200, body);
}
