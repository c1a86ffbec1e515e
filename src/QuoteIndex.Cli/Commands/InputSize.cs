using QuoteIndex.Ingestion.Sources;

namespace QuoteIndex.Cli.Commands;

/// <summary>How much there is to read, when it can be known before reading: the size of the files named.</summary>
internal static class InputSize
{
    /// <summary>Bytes in the supported files under <paramref name="paths"/>; null when there are none to count.</summary>
    public static long? TotalBytes(IEnumerable<string> paths)
    {
        long total = 0;
        foreach (var path in paths)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    total += Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                        .Where(f => ArticleFormats.OfFile(f) is not null)
                        .Sum(f => new FileInfo(f).Length);
                }
                else if (File.Exists(path))
                {
                    total += new FileInfo(path).Length;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The reader names an unreadable input; the estimate just leaves it out.
            }
        }

        return total > 0 ? total : null;
    }
}
