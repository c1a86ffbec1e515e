using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace QuoteIndex.Ingestion.Tests.Sources.Web;

/// <summary>
/// A Kestrel server on 127.0.0.1 (port chosen by the system) that serves invented pages and feeds, and the faults a
/// news site can throw: slow answers, 5xx and 429 before success, truncated bodies, wrong types, huge bodies.
/// One instance serves every test of a class; each test uses its own path key so hit counts never mix.
/// </summary>
public sealed class LoopbackServer : IAsyncLifetime
{
    public const int HugeBytes = 1536 * 1024;

    private readonly ConcurrentDictionary<string, ConcurrentQueue<long>> _hits = new();
    private readonly ConcurrentDictionary<string, int> _inFlight = new();
    private readonly ConcurrentDictionary<string, int> _maxInFlight = new();
    private readonly TcpListener _truncating = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;
    private Task? _truncatingLoop;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>User-Agent headers seen, in arrival order.</summary>
    public ConcurrentQueue<string> UserAgents { get; } = new();

    public Uri Url(string path) => new(BaseAddress, path);

    /// <summary>A raw TCP server that promises a whole page (Content-Length) and sends half before closing cleanly.</summary>
    public Uri TruncatedUrl { get; private set; } = null!;

    /// <summary>Most requests for <paramref name="key"/> that the server was answering at one time.</summary>
    public int MaxInFlight(string key) => _maxInFlight.GetValueOrDefault(key);

    public int Hits(string key) => _hits.TryGetValue(key, out var times) ? times.Count : 0;

    /// <summary>Time between the first two requests for <paramref name="key"/>, measured by the server.</summary>
    public TimeSpan GapBetweenFirstTwoHits(string key)
    {
        var times = _hits[key].ToArray();
        return Stopwatch.GetElapsedTime(times[0], times[1]);
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Use((context, next) =>
        {
            UserAgents.Enqueue(context.Request.Headers.UserAgent.ToString());
            return next(context);
        });
        Map(_app);
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.Single());

        _truncating.Start();
        TruncatedUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)_truncating.LocalEndpoint).Port}/truncated");
        _truncatingLoop = ServeTruncatedAsync(_stopping.Token);
    }

    public async Task DisposeAsync()
    {
        await _stopping.CancelAsync();
        _truncating.Stop();
        if (_truncatingLoop is not null)
            await _truncatingLoop;
        _stopping.Dispose();
        if (_app is not null)
            await _app.DisposeAsync();
    }

    // Kestrel can only abort a response with a reset, which may overtake the headers; a clean close after half the
    // body is what a dropped connection looks like to the client, every time.
    private async Task ServeTruncatedAsync(CancellationToken stopping)
    {
        var body = Encoding.UTF8.GetBytes(TestPages.Article());
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                using var client = await _truncating.AcceptTcpClientAsync(stopping);
                var stream = client.GetStream();
                await ReadRequestHeadAsync(stream, stopping);
                await stream.WriteAsync(head, stopping);
                await stream.WriteAsync(body.AsMemory(0, body.Length / 2), stopping);
                client.Client.Shutdown(SocketShutdown.Send);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
            {
                // stopping, or a client that went away
            }
        }
    }

    private static async Task ReadRequestHeadAsync(NetworkStream stream, CancellationToken stopping)
    {
        var seen = new List<byte>();
        var buffer = new byte[1024];
        while (seen.Count < 16 * 1024 && !Encoding.ASCII.GetString([.. seen]).Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, stopping);
            if (read == 0)
                return;
            seen.AddRange(buffer.AsSpan(0, read));
        }
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/page/{key}", (string key) => Html(TestPages.Article().Replace("Port Vellan", "Port Vellan " + key, StringComparison.Ordinal)));
        app.MapGet("/text/{key}", (string key) => Results.Text($"Title: Plain {key}\n\n{TestPages.Quote}", "text/plain"));
        app.MapGet("/slow/{key}", async (string key, CancellationToken aborted) =>
        {
            Hit(key);
            await Task.Delay(TimeSpan.FromSeconds(10), aborted);
            return Html(TestPages.Article());
        });
        app.MapGet("/flaky/{key}", (string key) => Hit(key) == 1 ? Results.StatusCode(500) : Html(TestPages.Article()));
        app.MapGet("/busy/{key}/{retryAfter:int}", (string key, int retryAfter, HttpResponse response) =>
        {
            if (Hit(key) > 1)
                return Html(TestPages.Article());
            response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.StatusCode(429);
        });
        app.MapGet("/failing/{key}", (string key) =>
        {
            Hit(key);
            return Results.StatusCode(503);
        });
        app.MapGet("/trickle", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/html";
            for (var i = 0; i < 100; i++)
            {
                await context.Response.WriteAsync("<p>still coming</p>", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(100, context.RequestAborted);
            }
        });
        app.MapGet("/image", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47], "image/png"));
        app.MapGet("/huge", () => Html(TestPages.Article() + new string(' ', HugeBytes)));
        app.MapGet("/huge-streamed", async (HttpContext context) =>
        {
            // No Content-Length: the cap must be enforced while reading.
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync(TestPages.Article());
            for (var sent = 0; sent < HugeBytes; sent += 64 * 1024)
                await context.Response.WriteAsync(new string(' ', 64 * 1024), context.RequestAborted);
        });
        app.MapGet("/record", () => Results.Json(new { id = "vellan-record-1", title = "Pier record", text = TestPages.Quote }));
        app.MapGet("/sitemap", () => Results.Text("<urlset><url><loc>https://courier.example/</loc></url></urlset>", "application/xml"));
        app.MapGet("/held/{key}/{item}", async (string key, string item) =>
        {
            var inFlight = _inFlight.AddOrUpdate(key, 1, (_, n) => n + 1);
            _maxInFlight.AddOrUpdate(key, inFlight, (_, max) => Math.Max(max, inFlight));
            await Task.Delay(300);
            _inFlight.AddOrUpdate(key, 0, (_, n) => n - 1);
            return Html(TestPages.Article().Replace("Port Vellan", "Port Vellan " + item, StringComparison.Ordinal));
        });
        app.MapGet("/feeds/held/{key}/{count:int}", (string key, int count) => Results.Text(HeldRss(key, count), "application/rss+xml"));
        app.MapGet("/feeds/rss", () => Results.Text(Rss(), "application/rss+xml"));
        app.MapGet("/feeds/atom", () => Results.Text(Atom(), "text/xml"));
    }

    private int Hit(string key)
    {
        var times = _hits.GetOrAdd(key, _ => new ConcurrentQueue<long>());
        times.Enqueue(Stopwatch.GetTimestamp());
        return times.Count;
    }

    private static IResult Html(string html) => Results.Content(html, "text/html; charset=utf-8");

    private string Rss() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel>
          <title>Vellan Courier: harbour</title><link>{BaseAddress}</link><description>Invented feed</description>
          <item><title>One</title><link>{Url("/page/rss-one")}</link><pubDate>Tue, 08 Apr 2031 09:00:00 GMT</pubDate></item>
          <item><title>Gone</title><link>{Url("/gone/rss-two")}</link><pubDate>Wed, 09 Apr 2031 09:00:00 GMT</pubDate></item>
          <item><title>Three</title><link>{Url("/page/rss-three")}</link><pubDate>Thu, 10 Apr 2031 09:00:00 GMT</pubDate></item>
        </channel></rss>
        """;

    private string HeldRss(string key, int count) => $"""
        <rss version="2.0"><channel><title>Held</title><link>{BaseAddress}</link><description>Slow pages</description>
        {string.Concat(Enumerable.Range(1, count).Select(i => $"<item><title>{i}</title><link>{Url($"/held/{key}/item-{i}")}</link></item>"))}
        </channel></rss>
        """;

    private string Atom() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Vellan Courier: council</title><id>urn:vellan:council</id><updated>2031-04-10T00:00:00Z</updated>
          <entry><title>One</title><id>urn:vellan:1</id><link rel="alternate" href="{Url("/page/atom-one")}"/>
            <published>2031-04-11T10:00:00Z</published><updated>2031-04-11T12:00:00Z</updated></entry>
          <entry><title>Plain</title><id>urn:vellan:2</id><link href="{Url("/text/atom-two")}"/><updated>2031-04-12T10:00:00Z</updated></entry>
          <entry><title>Gone</title><id>urn:vellan:3</id><link href="{Url("/gone/atom-three")}"/><updated>2031-04-13T10:00:00Z</updated></entry>
        </feed>
        """;
}
