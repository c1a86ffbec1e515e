using System.ComponentModel.DataAnnotations;

namespace QuoteIndex.Store;

/// <summary>Which store holds the quotes; bound from the "Store" configuration section.</summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>"Lucene" (embedded, the default) or "Elasticsearch" (settings under "Store:Elasticsearch"), in any case.</summary>
    [Required]
    public string Provider { get; set; } = "Lucene";

    public bool IsLucene => string.Equals(Provider, "Lucene", StringComparison.OrdinalIgnoreCase);

    public bool IsElasticsearch => string.Equals(Provider, "Elasticsearch", StringComparison.OrdinalIgnoreCase);

    public LuceneStoreOptions Lucene { get; set; } = new();
}

/// <summary>Settings of the embedded Lucene.NET store.</summary>
public sealed class LuceneStoreOptions
{
    /// <summary>The index folder, created when missing. Default: "data/index" under the working directory.</summary>
    [Required]
    public string IndexPath { get; set; } = Path.Combine("data", "index");

    /// <summary>
    /// Search results kept per index snapshot, the least recently used dropped first; 0 keeps none. Default: 1,000
    /// (a result with its twenty quotes, facets and histogram is some tens of kilobytes). A write starts a new snapshot
    /// and so an empty cache.
    /// </summary>
    public int SearchCacheEntries { get; set; } = DefaultSearchCacheEntries;

    public const int DefaultSearchCacheEntries = 1_000;

    /// <summary>
    /// A search result is kept only when the search took at least this many milliseconds; 0 keeps every one. Default:
    /// 1. Searching again for a rare word costs less than keeping its result, which pushes a costlier one out and makes
    /// garbage that dies old (see <see cref="Lucene.Search.SearchResultCache"/>).
    /// </summary>
    public double SearchCacheFromMilliseconds { get; set; } = DefaultSearchCacheFromMilliseconds;

    public const double DefaultSearchCacheFromMilliseconds = 1;

    /// <summary>The most <see cref="SearchCacheEntries"/> allowed: more would hold gigabytes of results.</summary>
    public const int MaxSearchCacheEntries = 100_000;

    /// <summary>
    /// Whether the files a search walks (term dictionaries, postings) are read through memory maps (default: true, so
    /// concurrent searches read them without a system call each; doc values and stored fields are read with positional
    /// reads either way, see <see cref="Lucene.IndexFiles.SearchDirectory"/>) or every file with ordinary reads. The
    /// `ingest` command turns it off: its merges and its clustering read the whole index, and mapped pages count in the process's resident memory, which then grows with the index;
    /// pages read stay in the operating system's file cache instead, shared and reclaimable.
    /// </summary>
    public bool MemoryMapped { get; set; } = true;
}
