namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator.Search;

/// <summary>
/// A matching document of one search: where it came from (which snapshot, its shard and document number, the
/// numbers "_shard_doc" and Lucene's final tie-break use) and its score.
/// </summary>
internal sealed record Hit(StoredDocument Document, IndexSnapshot Snapshot, int Shard, int Doc, double Score)
{
    /// <summary>"_shard_doc": the shard in the upper 32 bits, the document in the lower.</summary>
    public long ShardDoc => ((long)Shard << 32) | (uint)Doc;
}
