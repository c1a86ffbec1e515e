using System.ComponentModel.DataAnnotations;

namespace QuoteIndex.Store;

/// <summary>Which store holds the quotes; bound from the "Store" configuration section.</summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>"Lucene" (embedded, the default) or, later, "Elasticsearch".</summary>
    [Required]
    public string Provider { get; set; } = "Lucene";

    public LuceneStoreOptions Lucene { get; set; } = new();
}

/// <summary>Settings of the embedded Lucene.NET store.</summary>
public sealed class LuceneStoreOptions
{
    /// <summary>The index folder, created when missing. Default: "data/index" under the working directory.</summary>
    [Required]
    public string IndexPath { get; set; } = Path.Combine("data", "index");

    /// <summary>
    /// Whether the index files are read through memory maps (default: true, so concurrent searches read them without
    /// a system call each) or with ordinary reads. The `ingest` command turns it off: its merges and its clustering
    /// read the whole index, and mapped pages count in the process's resident memory, which then grows with the index;
    /// pages read stay in the operating system's file cache instead, shared and reclaimable.
    /// </summary>
    public bool MemoryMapped { get; set; } = true;
}
