using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator;

/// <summary>The "_source" option: false, a pattern or list of patterns, or {"includes": [...], "excludes": [...]}.</summary>
internal sealed class SourceFilter
{
    public static readonly SourceFilter All = new(true, [], []);

    private readonly bool _enabled;
    private readonly Regex[] _includes;
    private readonly Regex[] _excludes;

    private SourceFilter(bool enabled, IEnumerable<string> includes, IEnumerable<string> excludes)
    {
        _enabled = enabled;
        _includes = [.. includes.Select(Pattern)];
        _excludes = [.. excludes.Select(Pattern)];
    }

    public static SourceFilter FromNode(JsonNode? node) => node switch
    {
        null => All,
        JsonObject o => Checked(o),
        JsonArray a => new SourceFilter(true, a.Select(n => Json.String(n) ?? ""), []),
        _ when Json.String(node) is "true" => All,
        _ when Json.String(node) is "false" => new SourceFilter(false, [], []),
        _ => new SourceFilter(true, [Json.String(node)!], []),
    };

    public static SourceFilter FromParameters(EmulatorRequest r)
    {
        if (r.Parameter("_source") is "false")
            return new SourceFilter(false, [], []);
        var includes = (r.Parameter("_source_includes") ?? (r.Parameter("_source") is { } s && s != "true" ? s : null))?.Split(',') ?? [];
        var excludes = r.Parameter("_source_excludes")?.Split(',') ?? [];
        return new SourceFilter(true, includes, excludes);
    }

    private static SourceFilter Checked(JsonObject o)
    {
        Json.OnlyKeys(o, "_source", "includes", "excludes", "include", "exclude");
        return new SourceFilter(true, Json.Strings(o["includes"] ?? o["include"]), Json.Strings(o["excludes"] ?? o["exclude"]));
    }

    private static Regex Pattern(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal) + "(\\..*)?$", RegexOptions.CultureInvariant);

    /// <summary>The filtered source; null when the source is not wanted.</summary>
    public JsonObject? Apply(JsonObject source)
    {
        if (!_enabled)
            return null;
        if (_includes.Length == 0 && _excludes.Length == 0)
            return (JsonObject)source.DeepClone();
        return Filter(source, "");
    }

    private JsonObject Filter(JsonObject o, string prefix)
    {
        var result = new JsonObject();
        foreach (var (key, value) in o)
        {
            var path = prefix + key;
            if (_excludes.Any(p => p.IsMatch(path)))
                continue;
            var included = _includes.Length == 0 || _includes.Any(p => p.IsMatch(path));
            if (value is JsonObject child)
            {
                // An object is kept whole when included itself, or for the parts of it an include names.
                if (included && _excludes.Length == 0)
                {
                    result[key] = child.DeepClone();
                    continue;
                }

                var inner = Filter(child, path + ".");
                if (inner.Count > 0 || (included && child.Count == 0))
                    result[key] = inner;
            }
            else if (included)
            {
                result[key] = value?.DeepClone();
            }
        }

        return result;
    }
}
