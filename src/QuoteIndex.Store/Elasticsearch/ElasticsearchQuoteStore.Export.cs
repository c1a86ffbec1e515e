using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Search;
using QuoteIndex.Core.Storage;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace QuoteIndex.Store.Elasticsearch;

/// <summary>Exports: every matching quote from one point in time, earliest published first, a bounded chunk at a time.</summary>
public sealed partial class ElasticsearchQuoteStore
{
    /// <summary>How long the point in time lives between two chunks; each chunk's search extends it.</summary>
    internal const string PointInTimeKeepAlive = "2m";

    /// <summary>Quotes read per search.</summary>
    internal int ExportChunk
    {
        get;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 1000;

    public IAsyncEnumerable<Quote> ExportAsync(QuoteQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        // Parsed now, so a bad query fails the call rather than a response already under way.
        var match = QuoteQueryDsl.Filtered(QuoteQueryDsl.Match(SearchSyntax.Parse(query.Text), _analyzer), QuoteQueryDsl.AllConditions(query.Filter));
        return ExportAsync(match, cancellationToken);
    }

    /// <summary>
    /// A point in time pins the index as it is when the export starts, so writes made meanwhile neither duplicate nor
    /// skip a quote; search_after on (published, id), a total order, starts each chunk where the last ended.
    /// </summary>
    private async IAsyncEnumerable<Quote> ExportAsync(JsonObject match, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await ReadyAsync(cancellationToken);
        var opened = await SendAsync(HttpMethod.POST, $"{Alias}/_pit?keep_alive={PointInTimeKeepAlive}", null, $"opening a point in time on '{Alias}'", cancellationToken);
        var pit = opened["id"]!.GetValue<string>();
        try
        {
            JsonArray? after = null;
            while (true)
            {
                var answer = await SendAsync(HttpMethod.POST, "_search", ExportBody(match, pit, ExportChunk, after),
                    string.Create(CultureInfo.InvariantCulture, $"exporting a chunk of {ExportChunk} quotes from '{Alias}'"), cancellationToken);
                // Elasticsearch may give the point in time a new id with each answer; the latest is the one to use.
                pit = answer["pit_id"]?.GetValue<string>() ?? pit;
                var hits = Hits(answer);
                foreach (var hit in hits)
                    yield return ReadQuote(hit!);
                if (hits.Count < ExportChunk)
                    yield break;
                after = hits[^1]!["sort"]!.AsArray().DeepClone().AsArray();
            }
        }
        finally
        {
            // Not the caller's token: a cancelled export still lets the cluster free its point in time.
            await SendAsync(HttpMethod.DELETE, "_pit", new JsonObject { ["id"] = pit }, "closing an export's point in time", CancellationToken.None);
        }
    }

    internal static JsonObject ExportBody(JsonObject match, string pit, int size, JsonArray? after)
    {
        var body = new JsonObject
        {
            ["query"] = match.DeepClone(),
            ["size"] = size,
            ["_source"] = new JsonArray("quote"),
            ["sort"] = EarliestFirst(),
            ["pit"] = new JsonObject { ["id"] = pit, ["keep_alive"] = PointInTimeKeepAlive },
        };
        if (after is not null)
            body["search_after"] = after.DeepClone();
        return body;
    }
}
