using System.Text.Json;
using QuoteIndex.Core.Ingestion;

namespace QuoteIndex.Ingestion.Pipeline;

/// <summary>
/// <c>rejects.jsonl</c>: one JSON line (time, source, reason) per rejected input, appended and flushed as it happens,
/// so the record survives however the run ends. Thread-safe.
/// </summary>
public sealed class RejectsFile : IDisposable
{
    public const string FileName = "rejects.jsonl";

    private readonly FileStream _file;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();

    private RejectsFile(FileStream file, TimeProvider time)
    {
        _file = file;
        _time = time;
    }

    public string Path => _file.Name;

    public static RejectsFile Open(string path, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(time);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        return new RejectsFile(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read), time);
    }

    public void Append(Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        var line = JsonSerializer.SerializeToUtf8Bytes(
            new RejectLine(_time.GetUtcNow(), rejection.Source, rejection.Reason), PipelineJson.Default.RejectLine);
        lock (_gate)
        {
            _file.Write(line);
            _file.WriteByte((byte)'\n');
            _file.Flush();
        }
    }

    public void Dispose() => _file.Dispose();
}

/// <summary>One line of the rejects file.</summary>
internal sealed record RejectLine(DateTimeOffset Time, string Source, string Reason);
