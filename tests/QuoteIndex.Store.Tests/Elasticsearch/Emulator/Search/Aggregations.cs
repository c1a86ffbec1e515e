using System.Globalization;
using System.Text.Json.Nodes;
using QuoteIndex.Store.Tests.Elasticsearch.Emulator.Queries;

namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator.Search;

/// <summary>
/// Bucket and metric aggregations over a search's matching documents: terms, date_histogram, filter, filters,
/// global, top_hits, min, max, avg, sum, value_count, cardinality, with sub-aggregations; names carry the
/// "type#" prefix when the client asks for typed_keys (the .NET client always does).
/// </summary>
internal sealed class AggregationContext(IReadOnlyList<IndexSnapshot> snapshots, TimeProvider clock, bool typedKeys)
{
    /// <summary>search.max_buckets: more buckets than this in one answer fail the search.</summary>
    public const int MaxBuckets = 65_536;

    private readonly Dictionary<(IndexSnapshot, JsonNode), Query> _queries = [];
    private int _buckets;

    // Buckets of multi-bucket aggregations count towards search.max_buckets, as Elasticsearch's reduce counts them.
    private void CountBuckets(int count)
    {
        _buckets += count;
        if (_buckets > MaxBuckets)
        {
            throw new EmulatorError(400, "search_phase_execution_exception", "")
            {
                CausedBy = new JsonObject
                {
                    ["type"] = "too_many_buckets_exception",
                    ["reason"] = $"Trying to create too many buckets. Must be less than or equal to: [{MaxBuckets}] but this number of buckets was [{_buckets}]. This limit can be set by changing the [search.max_buckets] cluster level setting.",
                    ["max_buckets"] = MaxBuckets,
                },
            };
        }
    }

    public JsonObject Run(JsonObject aggregations, IReadOnlyList<Hit> hits, bool topLevel = true)
    {
        var result = new JsonObject();
        foreach (var (name, node) in aggregations)
        {
            var definition = Json.Object(node, name);
            var subs = (definition["aggs"] ?? definition["aggregations"]) as JsonObject;
            var types = definition.Where(p => p.Key is not ("aggs" or "aggregations" or "meta")).ToList();
            if (types.Count != 1)
                throw EmulatorError.Parsing($"Expected [START_OBJECT] under [{name}], found {types.Count} aggregation types");
            var (type, body) = types[0];
            var options = Json.Object(body, type);
            var (typed, value) = type switch
            {
                "terms" => Terms(options, hits, subs),
                "date_histogram" => DateHistogram(options, hits, subs),
                "filter" => ("filter", Bucket(hits.Where(h => Matches(options, h)).ToList(), subs)),
                "filters" => Filters(options, hits, subs),
                "global" when !topLevel => throw EmulatorError.BadRequest($"Aggregation [{name}] of type [global] cannot be a sub-aggregation"),
                "global" => ("global", Bucket(AllDocuments(), subs)),
                "top_hits" => ("top_hits", TopHits(options, hits)),
                "min" or "max" or "avg" or "sum" => (type, Metric(type, options, hits)),
                "value_count" => ("value_count", new JsonObject { ["value"] = Values(options, hits, type).Sum(v => v.Count) }),
                "cardinality" => ("cardinality", new JsonObject { ["value"] = hits.SelectMany(h => Keys(Field(options, type, h.Snapshot), h)).Select(k => k.ToJsonString()).Distinct(StringComparer.Ordinal).Count() }),
                _ => throw EmulatorError.NotEmulated($"the [{type}] aggregation"),
            };
            if (subs is not null && type is "top_hits" or "min" or "max" or "avg" or "sum" or "value_count" or "cardinality")
                throw new EmulatorError(400, "aggregation_initialization_exception", $"Aggregator [{name}] of type [{type}] cannot accept sub-aggregations");
            if (definition["meta"] is JsonObject meta)
                value["meta"] = meta.DeepClone();
            result[typedKeys ? $"{typed}#{name}" : name] = value;
        }

        return result;
    }

    private List<Hit> AllDocuments() =>
        [.. snapshots.SelectMany((s, shard) => s.Documents.Select((d, doc) => new Hit(d, s, shard, doc, 1)))];

    private JsonObject Bucket(IReadOnlyList<Hit> hits, JsonObject? subs)
    {
        var bucket = new JsonObject { ["doc_count"] = hits.Count };
        if (subs is not null)
        {
            foreach (var (key, value) in Run(subs, hits, topLevel: false))
                bucket[key] = value?.DeepClone();
        }

        return bucket;
    }

    private bool Matches(JsonNode filter, Hit hit)
    {
        if (!_queries.TryGetValue((hit.Snapshot, filter), out var query))
            _queries[(hit.Snapshot, filter)] = query = new QueryCompiler(hit.Snapshot, clock).Compile(filter);
        return query.Matches(hit.Snapshot, hit.Document);
    }

    private static FieldMapping? Field(JsonObject options, string type, IndexSnapshot snapshot)
    {
        var name = Json.String(options["field"]) ?? throw new EmulatorError(400, "illegal_argument_exception", $"Required one of fields [field, script], but none were specified. ({type})");
        if (options["script"] is not null)
            throw EmulatorError.NotEmulated("aggregation scripts");
        if (snapshot.Index.Mapping.Field(name) is not { } field)
            return null;
        if (field.Kind == FieldKind.Text)
        {
            throw new EmulatorError(400, "illegal_argument_exception",
                $"Fielddata is disabled on [{name}] in [{snapshot.Index.Name}]. Text fields are not optimised for operations that require per-document field data like aggregations and sorting, so these operations are disabled by default. Please use a keyword field instead. Alternatively, set fielddata=true on [{name}] in order to load field data by uninverting the inverted index. Note that this can use significant memory.").AsShardFailure(snapshot.Index.Name);
        }

        if (!field.DocValues)
        {
            throw new EmulatorError(400, "illegal_argument_exception",
                $"Can't load fielddata on [{name}] because fielddata is unsupported on fields of type [{field.Type}]. Use doc values instead.").AsShardFailure(snapshot.Index.Name);
        }

        return field;
    }

    /// <summary>A document's distinct values of a field as bucket keys (strings, or numbers for numeric and date fields).</summary>
    private static IEnumerable<JsonNode> Keys(FieldMapping? field, Hit hit)
    {
        if (field is null || hit.Document.Field(field.Path) is not { } data)
            return [];
        return field.Kind is FieldKind.Keyword
            ? data.Terms.Distinct(StringComparer.Ordinal).Select(t => (JsonNode)t)
            : field.Kind is FieldKind.Boolean
                ? data.Terms.Distinct(StringComparer.Ordinal).Select(t => (JsonNode)(t == "true" ? 1 : 0))
                : data.Numbers.Distinct().Select(n => Json.Number(n)!);
    }

    private List<List<double>> Values(JsonObject options, IReadOnlyList<Hit> hits, string type) =>
        [.. hits.Select(h => Field(options, type, h.Snapshot) is { } f && h.Document.Field(f.Path) is { } d
            ? f.Kind is FieldKind.Keyword or FieldKind.Boolean ? d.Terms.Select(_ => 0.0).ToList() : d.Numbers
            : [])];

    private (string, JsonObject) Terms(JsonObject o, IReadOnlyList<Hit> hits, JsonObject? subs)
    {
        Json.OnlyKeys(o, "terms", "field", "size", "order", "min_doc_count", "missing", "shard_size", "show_term_doc_count_error", "execution_hint", "format");
        var size = Json.Int(o["size"], "size") ?? 10;
        var minDocCount = Json.Int(o["min_doc_count"], "min_doc_count") ?? 1;
        var fields = snapshots.Select(s => Field(o, "terms", s)).ToList();
        var field = fields.FirstOrDefault(f => f is not null);
        var groups = new Dictionary<string, (JsonNode Key, List<Hit> Hits)>(StringComparer.Ordinal);
        void AddKey(JsonNode key, Hit? hit)
        {
            var text = key.ToJsonString();
            if (!groups.TryGetValue(text, out var group))
                groups[text] = group = (key, []);
            if (hit is not null)
                group.Hits.Add(hit);
        }

        foreach (var hit in hits)
        {
            var keys = Keys(fields[hit.Shard], hit).ToList();
            if (keys.Count == 0 && o["missing"] is { } missing)
                keys.Add(field?.Kind is FieldKind.Keyword or null ? Json.String(missing)! : Json.Number(double.Parse(Json.String(missing)!, CultureInfo.InvariantCulture))!);
            foreach (var key in keys)
                AddKey(key, hit);
        }

        if (minDocCount == 0)
        {
            foreach (var hit in AllDocuments())
            {
                foreach (var key in Keys(fields[hit.Shard], hit))
                    AddKey(key, null);
            }
        }

        var buckets = groups.Values.Where(g => g.Hits.Count >= minDocCount).ToList();
        buckets.Sort(Order(o["order"]));
        var shown = buckets.Take(size).ToList();
        CountBuckets(shown.Count);
        var typed = field?.Kind switch
        {
            null => "sterms",
            FieldKind.Keyword => "sterms",
            FieldKind.Number when !field.Integral => "dterms",
            _ => "lterms",
        };
        var array = new JsonArray();
        foreach (var (key, bucketHits) in shown)
        {
            var bucket = new JsonObject { ["key"] = key.DeepClone() };
            if (field?.Kind == FieldKind.Date)
                bucket["key_as_string"] = field.Dates!.Format((long)key.GetValue<double>());
            if (field?.Kind == FieldKind.Boolean)
                bucket["key_as_string"] = Json.String(key) == "1" ? "true" : "false";
            foreach (var (k, v) in Bucket(bucketHits, subs))
                bucket[k] = v?.DeepClone();
            array.Add(bucket);
        }

        return (typed, new JsonObject
        {
            ["doc_count_error_upper_bound"] = 0,
            ["sum_other_doc_count"] = buckets.Skip(size).Sum(b => b.Hits.Count),
            ["buckets"] = array,
        });
    }

    private static Comparison<(JsonNode Key, List<Hit> Hits)> Order(JsonNode? order)
    {
        var criteria = Json.Many(order).Select(n => Json.Object(n, "order")).SelectMany(o => o.Select(p => (p.Key, Desc: Json.String(p.Value) == "desc"))).ToList();
        if (criteria.Count == 0)
            criteria.Add(("_count", true));
        foreach (var (key, _) in criteria)
        {
            if (key is not ("_count" or "_key"))
                throw EmulatorError.NotEmulated($"terms order by [{key}]");
        }

        return (a, b) =>
        {
            foreach (var (key, desc) in criteria)
            {
                var c = key == "_count" ? a.Hits.Count.CompareTo(b.Hits.Count) : CompareKeys(a.Key, b.Key);
                if (c != 0)
                    return desc ? -c : c;
            }

            return CompareKeys(a.Key, b.Key);
        };
    }

    private static int CompareKeys(JsonNode a, JsonNode b) =>
        a.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? string.CompareOrdinal(a.GetValue<string>(), b.GetValue<string>())
            : a.GetValue<double>().CompareTo(b.GetValue<double>());

    private (string, JsonObject) DateHistogram(JsonObject o, IReadOnlyList<Hit> hits, JsonObject? subs)
    {
        Json.OnlyKeys(o, "date_histogram", "field", "calendar_interval", "fixed_interval", "format", "min_doc_count", "extended_bounds", "hard_bounds", "time_zone", "order", "keyed", "missing");
        if (Json.String(o["time_zone"]) is { } zone && zone is not ("UTC" or "Z" or "+00:00" or "Etc/UTC"))
            throw EmulatorError.NotEmulated($"date_histogram time_zone [{zone}]");
        if (o["order"] is not null || Json.Bool(o["keyed"], "keyed") == true || o["missing"] is not null)
            throw EmulatorError.NotEmulated("date_histogram order, keyed and missing");
        var fields = snapshots.Select(s => Field(o, "date_histogram", s)).ToList();
        var field = fields.FirstOrDefault(f => f is not null);
        var format = Json.String(o["format"]) is { } f ? new DateFormats(f) : field?.Dates ?? new DateFormats(null);
        var (unit, amount) = Interval(o);
        var minDocCount = Json.Int(o["min_doc_count"], "min_doc_count") ?? 0;
        var counts = new SortedDictionary<long, List<Hit>>();
        foreach (var hit in hits)
        {
            if (fields[hit.Shard] is not { } hitField || hit.Document.Field(hitField.Path) is not { } data)
                continue;
            foreach (var key in data.Numbers.Select(n => Round((long)n, unit, amount)).Distinct())
            {
                if (!counts.TryGetValue(key, out var list))
                    counts[key] = list = [];
                list.Add(hit);
            }
        }

        if (minDocCount == 0)
        {
            long? Bound(string key)
            {
                if (o["extended_bounds"] is not JsonObject bounds || bounds[key] is not { } value)
                    return null;
                var text = Json.String(value)!;
                return value.GetValueKind() == System.Text.Json.JsonValueKind.Number ? long.Parse(text, CultureInfo.InvariantCulture) : format.ParseBound(text, roundUp: false, clock);
            }

            var low = new[] { counts.Count > 0 ? counts.Keys.First() : (long?)null, Bound("min") is { } min ? Round(min, unit, amount) : null }.Where(v => v is not null).Min();
            var high = new[] { counts.Count > 0 ? counts.Keys.Last() : (long?)null, Bound("max") is { } max ? Round(max, unit, amount) : null }.Where(v => v is not null).Max();
            if (low is not null && high is not null)
            {
                for (var key = low.Value; key <= high.Value; key = Next(key, unit, amount))
                {
                    counts.TryAdd(key, []);
                    if (counts.Count > MaxBuckets)
                        CountBuckets(counts.Count);
                }
            }
        }

        CountBuckets(counts.Count(c => c.Value.Count >= minDocCount));
        var buckets = new JsonArray();
        foreach (var (key, bucketHits) in counts)
        {
            if (bucketHits.Count < minDocCount)
                continue;
            var bucket = new JsonObject { ["key_as_string"] = format.Format(key), ["key"] = key };
            foreach (var (k, v) in Bucket(bucketHits, subs))
                bucket[k] = v?.DeepClone();
            buckets.Add(bucket);
        }

        return ("date_histogram", new JsonObject { ["buckets"] = buckets });
    }

    private static (char Unit, int Amount) Interval(JsonObject o)
    {
        if (Json.String(o["calendar_interval"]) is { } calendar)
        {
            return calendar switch
            {
                "minute" or "1m" => ('m', 1),
                "hour" or "1h" => ('h', 1),
                "day" or "1d" => ('d', 1),
                "week" or "1w" => ('w', 1),
                "month" or "1M" => ('M', 1),
                "quarter" or "1q" => ('q', 1),
                "year" or "1y" => ('y', 1),
                _ => throw EmulatorError.BadRequest($"The supplied interval [{calendar}] could not be parsed as a calendar interval."),
            };
        }

        if (Json.String(o["fixed_interval"]) is { } fixedInterval && fixedInterval.Length > 1 && int.TryParse(fixedInterval[..^1], CultureInfo.InvariantCulture, out var amount)
            && fixedInterval[^1] is 'd' or 'h' or 'm' or 's')
        {
            return (fixedInterval[^1] switch { 'd' => 'D', 'h' => 'H', 'm' => 'N', _ => 'S' }, amount);
        }

        throw EmulatorError.BadRequest("Invalid interval specified, must be non-null and non-empty");
    }

    // Calendar units: m h d w M q y; fixed units: D H N (minutes) S.
    private static long Round(long millis, char unit, int amount)
    {
        var t = DateTimeOffset.FromUnixTimeMilliseconds(millis);
        var start = unit switch
        {
            'm' => new DateTimeOffset(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0, TimeSpan.Zero),
            'h' => new DateTimeOffset(t.Year, t.Month, t.Day, t.Hour, 0, 0, TimeSpan.Zero),
            'd' => new DateTimeOffset(t.Year, t.Month, t.Day, 0, 0, 0, TimeSpan.Zero),
            'w' => new DateTimeOffset(t.Year, t.Month, t.Day, 0, 0, 0, TimeSpan.Zero).AddDays(-(((int)t.DayOfWeek + 6) % 7)),
            _ => default,
        };
        return unit switch
        {
            'M' => new DateTimeOffset(t.Year, t.Month, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(),
            'q' => new DateTimeOffset(t.Year, ((t.Month - 1) / 3 * 3) + 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(),
            'y' => new DateTimeOffset(t.Year, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(),
            'D' or 'H' or 'N' or 'S' => millis - Mod(millis, FixedMillis(unit, amount)),
            _ => start.ToUnixTimeMilliseconds(),
        };
    }

    private static long Next(long key, char unit, int amount)
    {
        var t = DateTimeOffset.FromUnixTimeMilliseconds(key);
        return (unit switch
        {
            'm' => t.AddMinutes(1),
            'h' => t.AddHours(1),
            'd' => t.AddDays(1),
            'w' => t.AddDays(7),
            'M' => t.AddMonths(1),
            'q' => t.AddMonths(3),
            'y' => t.AddYears(1),
            _ => t.AddMilliseconds(FixedMillis(unit, amount)),
        }).ToUnixTimeMilliseconds();
    }

    private static long FixedMillis(char unit, int amount) => amount * unit switch
    {
        'D' => 86_400_000L,
        'H' => 3_600_000L,
        'N' => 60_000L,
        _ => 1_000L,
    };

    private static long Mod(long a, long b) => ((a % b) + b) % b;

    private (string, JsonObject) Filters(JsonObject o, IReadOnlyList<Hit> hits, JsonObject? subs)
    {
        Json.OnlyKeys(o, "filters", "filters", "other_bucket", "other_bucket_key", "keyed");
        var other = Json.Bool(o["other_bucket"], "other_bucket") ?? o["other_bucket_key"] is not null;
        var otherKey = Json.String(o["other_bucket_key"]) ?? "_other_";
        switch (o["filters"])
        {
            case JsonObject named:
                CountBuckets(named.Count + (other ? 1 : 0));
                var keyed = new JsonObject();
                foreach (var (key, filter) in named)
                    keyed[key] = Bucket(hits.Where(h => Matches(filter!, h)).ToList(), subs);
                if (other)
                    keyed[otherKey] = Bucket(hits.Where(h => !named.Any(p => Matches(p.Value!, h))).ToList(), subs);
                return ("filters", new JsonObject { ["buckets"] = keyed });
            case JsonArray anonymous:
                CountBuckets(anonymous.Count + (other ? 1 : 0));
                var array = new JsonArray();
                foreach (var filter in anonymous)
                    array.Add(Bucket(hits.Where(h => Matches(filter!, h)).ToList(), subs));
                if (other)
                    array.Add(Bucket(hits.Where(h => !anonymous.Any(f => Matches(f!, h))).ToList(), subs));
                return ("filters", new JsonObject { ["buckets"] = array });
            default:
                throw EmulatorError.Parsing("[filters] requires [filters]");
        }
    }

    private JsonObject Metric(string type, JsonObject o, IReadOnlyList<Hit> hits)
    {
        Json.OnlyKeys(o, type, "field", "missing", "format");
        var fields = snapshots.Select(s => Field(o, type, s)).ToList();
        var values = hits.SelectMany(h => fields[h.Shard] is { } f && h.Document.Field(f.Path) is { } d ? d.Numbers : (IEnumerable<double>)[]).ToList();
        if (fields.Any(f => f?.Kind is FieldKind.Keyword))
            throw new EmulatorError(400, "illegal_argument_exception", $"Field [{Json.String(o["field"])}] of type [keyword] is not supported for aggregation [{type}]");
        double? value = type switch
        {
            "min" => values.Count == 0 ? null : values.Min(),
            "max" => values.Count == 0 ? null : values.Max(),
            "avg" => values.Count == 0 ? null : values.Average(),
            _ => values.Sum(),
        };
        var result = new JsonObject { ["value"] = value };
        var field = fields.FirstOrDefault(f => f is not null);
        if (value is { } v && field?.Kind == FieldKind.Date && type is "min" or "max")
            result["value_as_string"] = (Json.String(o["format"]) is { } format ? new DateFormats(format) : field.Dates!).Format((long)v);
        return result;
    }

    private JsonObject TopHits(JsonObject o, IReadOnlyList<Hit> hits)
    {
        Json.OnlyKeys(o, "top_hits", "size", "from", "sort", "_source", "track_scores", "version", "seq_no_primary_term");
        var sorts = SortSpec.Parse(o["sort"]);
        var scored = sorts.Count == 0 || sorts.Any(s => s.IsScore) || Json.Bool(o["track_scores"], "track_scores") == true;
        var explicitSort = sorts.Count > 0;
        if (!explicitSort)
            sorts = SortSpec.Parse("_score");
        var fields = snapshots.Select(s => sorts.Select(spec => spec.Check(s.Index.Mapping, s.Index.Name)).ToList()).ToList();
        var keyed = SortSpec.Order(sorts, hits, (h, i) => fields[h.Shard][i]);
        var source = SourceFilter.FromNode(o["_source"]);
        var array = new JsonArray();
        foreach (var (hit, key) in keyed.Skip(Json.Int(o["from"], "from") ?? 0).Take(Json.Int(o["size"], "size") ?? 3))
        {
            var json = new JsonObject
            {
                ["_index"] = hit.Document.Index.Name,
                ["_id"] = hit.Document.Id,
                ["_score"] = scored ? JsonValue.Create((float)hit.Score) : null,
            };
            if (source.Apply(hit.Document.Source) is { } filtered)
                json["_source"] = filtered;
            if (explicitSort)
                json["sort"] = new JsonArray([.. sorts.Select((s, i) => s.ToJson(key[i], fields[hit.Shard][i]))]);
            array.Add(json);
        }

        return new JsonObject
        {
            ["hits"] = new JsonObject
            {
                ["total"] = new JsonObject { ["value"] = hits.Count, ["relation"] = "eq" },
                ["max_score"] = scored && hits.Count > 0 ? JsonValue.Create((float)hits.Max(h => h.Score)) : null,
                ["hits"] = array,
            },
        };
    }
}
