using System.Text;
using Elastic.Transport;

namespace QuoteIndex.Store.Tests.Elasticsearch;

/// <summary>
/// The HTTP edge of the Elasticsearch client, in memory: records every request (method, path and query, body) and
/// answers each from a script, first the queued answers in order, then the standing rules. A request nothing answers
/// fails the test with its method and path, so no call goes unnoticed.
/// </summary>
internal sealed class RecordingRequestInvoker : IRequestInvoker
{
    private static readonly Dictionary<string, IEnumerable<string>> ProductHeaders = new(StringComparer.Ordinal)
    {
        ["X-Elastic-Product"] = ["Elasticsearch"],
    };

    private readonly Lock _gate = new();
    private readonly Queue<Answer> _queue = new();
    private readonly List<(Func<RecordedRequest, bool> Matches, Answer Answer)> _rules = [];
    private readonly List<RecordedRequest> _requests = [];

    public ResponseFactory ResponseFactory { get; } = new InMemoryRequestInvoker().ResponseFactory;

    /// <summary>Every request so far, in the order sent.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
                return [.. _requests];
        }
    }

    /// <summary>Queues an answer with this status and body.</summary>
    public RecordingRequestInvoker Then(int status, string body = "{}") => Enqueue(new Answer(status, body));

    /// <summary>Queues an answer whose body is the recorded response file <paramref name="name"/>.</summary>
    public RecordingRequestInvoker ThenRecorded(int status, string name) => Enqueue(new Answer(status, Recorded.Read(name)));

    /// <summary>Queues a request that never answers: it waits until the caller gives up (a timeout).</summary>
    public RecordingRequestInvoker ThenHang() => Enqueue(new Answer(null, "", Hang: true));

    /// <summary>Queues a failure on the wire: no status, a connection error.</summary>
    public RecordingRequestInvoker ThenConnectionFailure() =>
        Enqueue(new Answer(null, "", Error: new HttpRequestException("Connection refused (127.0.0.1:9200)")));

    /// <summary>Answers every request that <paramref name="matches"/> (once the queue is empty) with this status and body.</summary>
    public RecordingRequestInvoker Always(Func<RecordedRequest, bool> matches, int status, string body = "{}")
    {
        lock (_gate)
            _rules.Add((matches, new Answer(status, body)));
        return this;
    }

    public async Task<TResponse> RequestAsync<TResponse>(
        Endpoint endpoint, BoundConfiguration boundConfiguration, PostData? postData, CancellationToken cancellationToken)
        where TResponse : TransportResponse, new()
    {
        var request = new RecordedRequest(endpoint.Method.ToString(), endpoint.PathAndQuery, await ReadAsync(postData, boundConfiguration, cancellationToken));
        var answer = Next(request);
        if (answer.Hang)
            await Task.Delay(Timeout.Infinite, cancellationToken);

        var bytes = Encoding.UTF8.GetBytes(answer.Body);
        return await ResponseFactory.CreateAsync<TResponse>(
            endpoint, boundConfiguration, postData, answer.Error, answer.Status, ProductHeaders, new MemoryStream(bytes),
            "application/json", bytes.Length, null, null, cancellationToken);
    }

    public TResponse Request<TResponse>(Endpoint endpoint, BoundConfiguration boundConfiguration, PostData? postData)
        where TResponse : TransportResponse, new() =>
        throw new NotSupportedException($"QuoteIndex calls Elasticsearch asynchronously only; a synchronous {endpoint.Method} {endpoint.PathAndQuery} was made.");

    public void Dispose()
    {
    }

    private RecordingRequestInvoker Enqueue(Answer answer)
    {
        lock (_gate)
            _queue.Enqueue(answer);
        return this;
    }

    private Answer Next(RecordedRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
            if (_queue.TryDequeue(out var queued))
                return queued;
            foreach (var (matches, answer) in _rules)
            {
                if (matches(request))
                    return answer;
            }
        }

        throw new InvalidOperationException($"No answer scripted for {request.Method} {request.Path}.");
    }

    /// <summary>The body the client sends, as UTF-8 text; empty when there is none.</summary>
    internal static async Task<string> ReadAsync(PostData? postData, BoundConfiguration configuration, CancellationToken cancellationToken)
    {
        if (postData is null)
            return "";
        using var stream = new MemoryStream();
        await postData.WriteAsync(stream, configuration.ConnectionSettings, false, cancellationToken);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private sealed record Answer(int? Status, string Body, bool Hang = false, Exception? Error = null);
}

/// <summary>One request as the client sent it.</summary>
/// <param name="Method">"GET", "PUT", "POST", "HEAD", "DELETE".</param>
/// <param name="Path">The path and query string, e.g. "/quotes/_bulk?refresh=false".</param>
/// <param name="Body">The body as UTF-8 text; empty when there is none.</param>
internal sealed record RecordedRequest(string Method, string Path, string Body)
{
    /// <summary>The path without its query string.</summary>
    public string PathOnly => Path.Split('?')[0];
}
