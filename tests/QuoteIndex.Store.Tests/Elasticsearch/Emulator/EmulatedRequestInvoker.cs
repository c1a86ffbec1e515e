using System.Text;
using Elastic.Transport;

namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator;

/// <summary>
/// The Elasticsearch client's HTTP edge answered by an <see cref="EmulatedElasticsearch"/> node: every request is
/// recorded (method, path and query, body) and answered as the node answers it, unless <see cref="Interceptor"/>
/// answers it first (a fault test's 429 or 503).
/// </summary>
internal sealed class EmulatedRequestInvoker(EmulatedElasticsearch node) : IRequestInvoker
{
    private static readonly Dictionary<string, IEnumerable<string>> ProductHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["X-Elastic-Product"] = ["Elasticsearch"],
    };

    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];

    public ResponseFactory ResponseFactory { get; } = new InMemoryRequestInvoker().ResponseFactory;

    /// <summary>Answers a request instead of the node when it returns a status and body; null lets the node answer.</summary>
    public Func<RecordedRequest, (int Status, string Body)?>? Interceptor { get; set; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
                return [.. _requests];
        }
    }

    public async Task<TResponse> RequestAsync<TResponse>(
        Endpoint endpoint, BoundConfiguration boundConfiguration, PostData? postData, CancellationToken cancellationToken)
        where TResponse : TransportResponse, new()
    {
        var recorded = new RecordedRequest(endpoint.Method.ToString(), endpoint.PathAndQuery, await RecordingRequestInvoker.ReadAsync(postData, boundConfiguration, cancellationToken));
        lock (_gate)
            _requests.Add(recorded);

        var (status, body) = Interceptor?.Invoke(recorded) ?? Answer(recorded);
        var bytes = Encoding.UTF8.GetBytes(body);
        return await ResponseFactory.CreateAsync<TResponse>(
            endpoint, boundConfiguration, postData, null, status, ProductHeaders, new MemoryStream(bytes),
            "application/json", bytes.Length, null, null, cancellationToken);
    }

    public TResponse Request<TResponse>(Endpoint endpoint, BoundConfiguration boundConfiguration, PostData? postData)
        where TResponse : TransportResponse, new() =>
        throw new NotSupportedException($"QuoteIndex calls Elasticsearch asynchronously only; a synchronous {endpoint.Method} {endpoint.PathAndQuery} was made.");

    public void Dispose()
    {
    }

    private (int, string) Answer(RecordedRequest request)
    {
        var answer = node.Handle(new EmulatorRequest(request.Method, request.Path, request.Body));
        return (answer.Status, request.Method == "HEAD" ? "" : answer.Body?.ToJsonString() ?? "");
    }
}
