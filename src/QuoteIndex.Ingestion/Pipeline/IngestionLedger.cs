using System.Globalization;
using System.Text;
using System.Text.Json;
using QuoteIndex.Core.Articles;

namespace QuoteIndex.Ingestion.Pipeline;

/// <summary>
/// The durable record of what was ingested, so a run resumes where the last one stopped: an article whose id and
/// content hash are in the ledger is skipped. Lines are appended only after the store has committed their batch,
/// so the ledger can lag the store but never lead it; a lagging entry only means an article is done again, which the
/// store's replace-by-article makes harmless.
/// </summary>
/// <remarks>
/// JSON Lines rather than an embedded database: the only operations are "append after a commit" and "load once at
/// start", which a plain file does in one write per batch with no native library, no schema and no locking; a user
/// can read it with <c>jq</c> or <c>grep</c>. A process killed mid-write leaves at most a torn last line, which
/// <see cref="OpenAsync"/> cuts off. In memory each article costs one pair of 64-bit hashes (about 28 bytes), not its
/// id and source, so a million articles fit in under 30 MB. Two ids sharing a 64-bit hash (about one chance in 40
/// million among a million articles) would only have one of the two done again at the next run: an article is
/// skipped only when its content hash matches too.
/// </remarks>
public sealed class IngestionLedger : IAsyncDisposable
{
    public const string FileName = "ledger.jsonl";

    private readonly FileStream _file;
    private readonly Dictionary<ulong, ulong> _hashById;
    private readonly Lock _gate = new();

    private IngestionLedger(FileStream file, Dictionary<ulong, ulong> hashById, bool recordsQuotes)
    {
        _file = file;
        _hashById = hashById;
        RecordsQuotes = recordsQuotes;
    }

    public string Path => _file.Name;

    /// <summary>Articles known to the ledger.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
                return _hashById.Count;
        }
    }

    /// <summary>Some entry gave quotes: the store it belongs to cannot be empty.</summary>
    public bool RecordsQuotes { get; private set; }

    /// <summary>Opens (or creates) the ledger at <paramref name="path"/>, cutting off a torn last line, and loads it.</summary>
    public static async Task<IngestionLedger> OpenAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 64 * 1024, useAsync: true);
        try
        {
            await CutTornLineAsync(file, cancellationToken);
            var hashById = new Dictionary<ulong, ulong>();
            var recordsQuotes = false;
            using (var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true))
            {
                while (await reader.ReadLineAsync(cancellationToken) is { } line)
                {
                    // A damaged line costs only a re-done article; it never stops the run.
                    if (Parse(line) is not { } entry)
                        continue;
                    hashById[Key(entry.ArticleId)] = Hash(entry.ContentHash);
                    recordsQuotes |= entry.Quotes > 0;
                }
            }

            file.Seek(0, SeekOrigin.End);
            return new IngestionLedger(file, hashById, recordsQuotes);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// True when the article must be ingested: the ledger does not have it with this content. It is then marked as
    /// having it, in memory only, so a later copy in the same run is judged against this one (the file gets the
    /// line once the store has committed it, through <see cref="AppendAsync"/>).
    /// </summary>
    public bool TryClaim(string articleId, string contentHash)
    {
        var key = Key(articleId);
        var hash = Hash(contentHash);
        lock (_gate)
        {
            if (_hashById.TryGetValue(key, out var known) && known == hash)
                return false;
            _hashById[key] = hash;
            return true;
        }
    }

    /// <summary>
    /// Records articles whose quotes the store has committed: one write, flushed to the operating system before this
    /// returns, so a killed process keeps it. Not forced to disk: losing it to a power cut only redoes the articles.
    /// </summary>
    public async Task AppendAsync(IReadOnlyList<LedgerEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
            return;

        using var lines = new MemoryStream();
        foreach (var entry in entries)
        {
            JsonSerializer.Serialize(lines, entry, PipelineJson.Default.LedgerEntry);
            lines.WriteByte((byte)'\n');
        }

        await _file.WriteAsync(lines.GetBuffer().AsMemory(0, (int)lines.Length), cancellationToken);
        await _file.FlushAsync(cancellationToken);
        // The in-memory map already has these articles (TryClaim), perhaps with a newer version read since.
        RecordsQuotes |= entries.Any(e => e.Quotes > 0);
    }

    /// <summary>Forgets every entry, on disk too: for a ledger that no longer describes its store.</summary>
    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        _file.SetLength(0);
        await _file.FlushAsync(cancellationToken);
        lock (_gate)
        {
            _hashById.Clear();
            RecordsQuotes = false;
        }
    }

    public ValueTask DisposeAsync() => _file.DisposeAsync();

    private static LedgerEntry? Parse(string line)
    {
        try
        {
            var entry = JsonSerializer.Deserialize(line, PipelineJson.Default.LedgerEntry);
            return entry is { ArticleId.Length: > 0, ContentHash.Length: 32 } && IsHex(entry.ContentHash) ? entry : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsHex(string value) => value.AsSpan().ContainsAnyExcept("0123456789abcdef") is false;

    private static ulong Key(string articleId) => Hash(ArticleIdentity.Hash(articleId));

    // The first 64 of the digest's 128 bits.
    private static ulong Hash(string hex) =>
        ulong.Parse(hex.AsSpan(0, 2 * sizeof(ulong)), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    /// <summary>A line without its newline was being written when the process died: drop it, so appends start clean.</summary>
    private static async Task CutTornLineAsync(FileStream file, CancellationToken cancellationToken)
    {
        var end = file.Length;
        var block = new byte[4096];
        while (end > 0)
        {
            var start = Math.Max(0, end - block.Length);
            file.Seek(start, SeekOrigin.Begin);
            await file.ReadExactlyAsync(block.AsMemory(0, (int)(end - start)), cancellationToken);
            var newline = block.AsSpan(0, (int)(end - start)).LastIndexOf((byte)'\n');
            if (newline >= 0)
            {
                end = start + newline + 1;
                break;
            }

            end = start;
        }

        if (end < file.Length)
            file.SetLength(end);
        file.Seek(0, SeekOrigin.Begin);
    }
}
