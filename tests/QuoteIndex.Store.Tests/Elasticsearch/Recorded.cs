using System.Runtime.CompilerServices;

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
}
