namespace QuoteIndex.Tests;

/// <summary>The shared research data beside the repository (../shared): read by tests, never copied into the project.</summary>
internal static class SharedData
{
    public static string Path(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var shared = System.IO.Path.Combine([dir.FullName, "shared", .. parts]);
            if (File.Exists(shared) || Directory.Exists(shared))
                return shared;
        }

        throw new FileNotFoundException($"shared/{string.Join('/', parts)} was not found above {AppContext.BaseDirectory}.");
    }
}
