namespace QuoteIndex.Store.Tests.Elasticsearch;

/// <summary>The recorded responses and golden request bodies under Elasticsearch/Recorded/, copied beside the tests.</summary>
internal static class Recorded
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Elasticsearch", "Recorded", name);

    public static string Read(string name) => File.ReadAllText(Path(name));
}
