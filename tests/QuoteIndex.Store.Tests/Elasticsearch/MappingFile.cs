namespace QuoteIndex.Store.Tests.Elasticsearch;

/// <summary>index-mappings/quotes.json in the repository, found upwards from the test binaries.</summary>
internal static class MappingFile
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "index-mappings", "quotes.json");
            if (File.Exists(candidate))
                return candidate;
        }

        throw new FileNotFoundException("index-mappings/quotes.json was not found above " + AppContext.BaseDirectory);
    }
}
