using System.Text.Json.Nodes;

namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator;

/// <summary>
/// An error answer, thrown anywhere inside the emulator and written as Elasticsearch 9 writes error bodies:
/// {"error":{"root_cause":[...],"type":...,"reason":...},"status":...}.
/// </summary>
internal sealed class EmulatorError : Exception
{
    public EmulatorError(int status, string type, string reason, string? index = null)
        : base(reason)
    {
        Status = status;
        Type = type;
        Index = index;
    }

    public int Status { get; }

    public string Type { get; }

    public string? Index { get; }

    /// <summary>The lower-level error Elasticsearch names under "caused_by", if any.</summary>
    public JsonObject? CausedBy { get; init; }

    /// <summary>The "error" object of one failed item (a bulk item, a root cause).</summary>
    public JsonObject Cause()
    {
        var cause = new JsonObject { ["type"] = Type, ["reason"] = Message };
        if (Index is not null)
        {
            if (Type == "index_not_found_exception")
            {
                cause["resource.type"] = "index_or_alias";
                cause["resource.id"] = Index;
            }

            cause["index_uuid"] = "_na_";
            cause["index"] = Index;
        }

        if (CausedBy is not null)
            cause["caused_by"] = CausedBy.DeepClone();

        return cause;
    }

    /// <summary>
    /// The error as a search answers it when a shard failed to run the query: wrapped in
    /// search_phase_execution_exception "all shards failed", the cause as root cause and as the shard's reason.
    /// </summary>
    public EmulatorError AsShardFailure(string index) => new(Status, Type, Message, Index)
    {
        CausedBy = CausedBy,
        ShardFailureOf = index,
    };

    private string? ShardFailureOf { get; init; }

    public JsonObject Body()
    {
        if (ShardFailureOf is { } index)
        {
            return new JsonObject
            {
                ["error"] = new JsonObject
                {
                    ["root_cause"] = new JsonArray(Cause()),
                    ["type"] = "search_phase_execution_exception",
                    ["reason"] = "all shards failed",
                    ["phase"] = "query",
                    ["grouped"] = true,
                    ["failed_shards"] = new JsonArray(new JsonObject { ["shard"] = 0, ["index"] = index, ["node"] = "emulated-node", ["reason"] = Cause() }),
                },
                ["status"] = Status,
            };
        }

        var error = Cause();
        error.Insert(0, "root_cause", new JsonArray(Cause()));
        return new JsonObject { ["error"] = error, ["status"] = Status };
    }

    /// <summary>What a real cluster would answer but this emulator does not: a 400 naming it, never a silent guess.</summary>
    public static EmulatorError NotEmulated(string what) =>
        new(400, "illegal_argument_exception", $"[in-memory emulator] {what} is not emulated");

    public static EmulatorError BadRequest(string reason) => new(400, "illegal_argument_exception", reason);

    public static EmulatorError Parsing(string reason) => new(400, "parsing_exception", reason);

    public static EmulatorError IndexNotFound(string index) => new(404, "index_not_found_exception", $"no such index [{index}]", index);
}
