using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuoteIndex.Store.Tests.Elasticsearch;

/// <summary>
/// The recorded responses and golden request bodies under Elasticsearch/Recorded/, copied beside the tests. A golden
/// body that changed on purpose is rewritten by running the tests once with QUOTEINDEX_UPDATE_GOLDEN=1 (then review
/// the diff).
/// </summary>
internal static class Recorded
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Elasticsearch", "Recorded", name);

    public static string Read(string name) => File.ReadAllText(Path(name));

    /// <summary>A recorded answer whose "@QUOTE@" placeholders (the _source.quote of hits) become <paramref name="quotes"/>' JSON, in order.</summary>
    public static string ReadWithQuotes(string name, params Core.Quotes.Quote[] quotes)
    {
        var text = Read(name);
        foreach (var quote in quotes)
        {
            var at = text.IndexOf("\"@QUOTE@\"", StringComparison.Ordinal);
            text = string.Concat(text.AsSpan(0, at), Core.Quotes.QuoteJson.Serialize(quote), text.AsSpan(at + "\"@QUOTE@\"".Length));
        }

        return text;
    }

    /// <summary>Asserts that <paramref name="actual"/> is the golden file <paramref name="name"/>, byte for byte.</summary>
    public static void AssertGolden(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        if (Environment.GetEnvironmentVariable("QUOTEINDEX_UPDATE_GOLDEN") == "1")
        {
            var source = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(callerPath)!, "Recorded", name);
            File.WriteAllText(source, actual);
            return;
        }

        Assert.Equal(Read(name), actual);
    }

    /// <summary>Asserts that the JSON <paramref name="actual"/> means the same as the golden file <paramref name="name"/> (spacing and key order aside).</summary>
    public static void AssertGoldenJson(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        var parsed = JsonNode.Parse(actual);
        if (Environment.GetEnvironmentVariable("QUOTEINDEX_UPDATE_GOLDEN") == "1")
        {
            var source = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(callerPath)!, "Recorded", name);
            File.WriteAllText(source, parsed!.ToJsonString(Indented) + "\n");
            return;
        }

        var golden = JsonNode.Parse(Read(name));
        Assert.True(JsonNode.DeepEquals(golden, parsed), $"The request differs from Recorded/{name}:\n{parsed?.ToJsonString(Indented)}");
    }

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
