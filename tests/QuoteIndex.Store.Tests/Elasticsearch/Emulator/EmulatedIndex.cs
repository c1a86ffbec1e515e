using System.Text.Json.Nodes;

namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator;

/// <summary>One stored version of a document: its source as sent and its indexed values. Never changed once made.</summary>
internal sealed record StoredDocument(
    EmulatedIndex Index, string Id, JsonObject Source, long Version, long SeqNo, IReadOnlyDictionary<string, FieldData> Fields)
{
    public FieldData? Field(string path) => Fields.GetValueOrDefault(path);
}

/// <summary>
/// One index: settings, mapping, aliases and documents. Reads by id are real-time; searches see the documents as
/// they were at the last refresh (<see cref="Searchable"/>), as in Elasticsearch, so a store that forgets to refresh
/// fails here as it would on a cluster.
/// </summary>
internal sealed class EmulatedIndex
{
    private readonly Dictionary<string, StoredDocument> _live = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _versions = new(StringComparer.Ordinal);
    private long _seqNo = -1;
    private bool _changed;

    public EmulatedIndex(string name, JsonObject settings, Analysis analysis, IndexMapping mapping, string uuid)
    {
        Name = name;
        Analysis = analysis;
        Settings = settings;
        Mapping = mapping;
        Uuid = uuid;
        Searchable = new IndexSnapshot(this, []);
    }

    public string Name { get; }

    public string Uuid { get; }

    public JsonObject Settings { get; }

    public IndexMapping Mapping { get; }

    public Analysis Analysis { get; }

    /// <summary>Alias name to its definition ({} or {"is_write_index": true}).</summary>
    public Dictionary<string, JsonObject> Aliases { get; } = new(StringComparer.Ordinal);

    public IndexSnapshot Searchable { get; private set; }

    public int Replicas => Json.Int(Settings["number_of_replicas"], "number_of_replicas") ?? 1;

    public int LiveCount => _live.Count;

    public StoredDocument? Get(string id) => _live.GetValueOrDefault(id);

    /// <summary>Stores a new version of a document; "created" is false when it replaced one.</summary>
    public (StoredDocument Document, bool Created) Put(string id, JsonObject source, bool createOnly)
    {
        var existing = _live.GetValueOrDefault(id);
        if (createOnly && existing is not null)
        {
            throw new EmulatorError(409, "version_conflict_engine_exception",
                $"[{id}]: version conflict, document already exists (current version [{existing.Version}])", Name);
        }

        var text = source.ToJsonString();
        var fields = Mapping.Parse(id, source, text);
        var version = (existing?.Version ?? _versions.GetValueOrDefault(id)) + 1;
        var document = new StoredDocument(this, id, (JsonObject)source.DeepClone(), version, ++_seqNo, fields);
        _live.Remove(id);
        _live[id] = document;
        _versions[id] = version;
        _changed = true;
        return (document, existing is null);
    }

    /// <summary>Removes a document; the version it had (plus one) when it was there, null when it was not.</summary>
    public (long Version, long SeqNo)? Delete(string id)
    {
        if (!_live.Remove(id, out var existing))
            return null;
        _versions[id] = existing.Version + 1;
        _changed = true;
        return (existing.Version + 1, ++_seqNo);
    }

    public long NextSeqNo() => ++_seqNo;

    /// <summary>Makes every change so far visible to searches.</summary>
    public void Refresh()
    {
        if (!_changed)
            return;
        Searchable = new IndexSnapshot(this, [.. _live.Values.OrderBy(d => d.SeqNo)]);
        _changed = false;
    }
}

/// <summary>
/// The documents of an index as one refresh (or a point in time) saw them, in index order (the order of "_doc"),
/// with the term statistics BM25 scores by, computed per field when first asked.
/// </summary>
internal sealed class IndexSnapshot(EmulatedIndex index, IReadOnlyList<StoredDocument> documents)
{
    private readonly Dictionary<string, FieldStatistics> _statistics = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public EmulatedIndex Index { get; } = index;

    public IReadOnlyList<StoredDocument> Documents { get; } = documents;

    public FieldStatistics Statistics(string field)
    {
        lock (_gate)
        {
            if (_statistics.TryGetValue(field, out var known))
                return known;
            var statistics = new FieldStatistics();
            foreach (var document in Documents)
            {
                if (document.Field(field) is not { } data || data.Length == 0)
                    continue;
                statistics.DocCount++;
                statistics.TotalLength += data.Length;
                foreach (var term in data.AllTerms.Distinct(StringComparer.Ordinal))
                    statistics.DocFreq[term] = statistics.DocFreq.GetValueOrDefault(term) + 1;
            }

            _statistics[field] = statistics;
            return statistics;
        }
    }
}

/// <summary>What BM25 needs of one field: documents with it, their total length, and each term's document frequency.</summary>
internal sealed class FieldStatistics
{
    public int DocCount { get; set; }

    public long TotalLength { get; set; }

    public Dictionary<string, int> DocFreq { get; } = new(StringComparer.Ordinal);

    public double AverageLength => DocCount == 0 ? 1 : (double)TotalLength / DocCount;

    /// <summary>Lucene's BM25 idf: ln(1 + (N - n + 0.5) / (n + 0.5)).</summary>
    public double Idf(string term)
    {
        var n = DocFreq.GetValueOrDefault(term);
        return Math.Log(1 + ((DocCount - n + 0.5) / (n + 0.5)));
    }
}
