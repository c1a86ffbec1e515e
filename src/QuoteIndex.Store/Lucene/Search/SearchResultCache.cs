using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Lucene.Net.Index;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Store.Lucene.Search;

/// <summary>
/// Whole search results of one index snapshot, by query, the least recently used dropped first: what Solr's
/// queryResultCache and Elasticsearch's shard request cache do. A snapshot never changes, so a result stays right for
/// as long as the snapshot serves; the next write makes a new snapshot, which starts with an empty cache. The broad
/// searches (a frequent word matching most of the index) are both the slowest and the most repeated.
/// </summary>
internal sealed class SearchResultCache
{
    private static readonly ConditionalWeakTable<IndexReader, SearchResultCache> PerSnapshot = new();

    private readonly int _capacity;
    private readonly TimeSpan _keepFrom;
    private readonly Dictionary<string, LinkedListNode<(string Key, QuoteSearchResult Result)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, QuoteSearchResult Result)> _recent = [];
    private readonly Lock _lock = new();

    private SearchResultCache(int capacity, TimeSpan keepFrom) => (_capacity, _keepFrom) = (capacity, keepFrom);

    /// <summary>
    /// The cache of <paramref name="snapshot"/>, holding at most <paramref name="capacity"/> results, each of a search
    /// that took at least <paramref name="keepFrom"/>. Searching again for a rare word costs less than keeping its
    /// result, which would push a costlier one out and make garbage that dies old: under the 8-client load mix, where
    /// most searches take a fraction of a millisecond, a cache that kept every result turned over in about two seconds
    /// and the collector paused the server for 4.7 s of 29 (2.7 s keeping only searches of a millisecond or more, at a
    /// load of 15 to 20 on two cores).
    /// </summary>
    public static SearchResultCache For(IndexReader snapshot, int capacity, TimeSpan keepFrom) =>
        PerSnapshot.GetValue(snapshot, _ => new SearchResultCache(capacity, keepFrom));

    /// <summary>
    /// The cached result of <paramref name="query"/>, or <paramref name="search"/>'s, then kept if it took long enough
    /// (<see cref="For"/>). Two threads asking for the same missing result both search: rare, and cheaper than
    /// making one wait on the other's lock.
    /// </summary>
    public QuoteSearchResult GetOrAdd(QuoteQuery query, Func<QuoteSearchResult> search)
    {
        var key = Key(query);
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                return node.Value.Result;
            }
        }

        var started = Stopwatch.GetTimestamp();
        var result = search();
        if (Stopwatch.GetElapsedTime(started) < _keepFrom)
            return result;
        lock (_lock)
        {
            if (_entries.ContainsKey(key))
                return result;
            _entries[key] = _recent.AddFirst((key, result));
            if (_entries.Count > _capacity)
            {
                _entries.Remove(_recent.Last!.Value.Key);
                _recent.RemoveLast();
            }
        }

        return result;
    }

    /// <summary>Everything that changes a result, so that two queries with the same key get the same answer.</summary>
    internal static string Key(QuoteQuery query)
    {
        var f = query.Filter;
        var key = new StringBuilder(64);
        // '\u001F' cannot be typed in a query or a filter value that matches anything, so parts never run together.
        void Part(object? value) => key.Append(CultureInfo.InvariantCulture, $"{value}").Append('\u001F');
        void List<T>(IReadOnlyList<T> values)
        {
            foreach (var value in values)
                key.Append(CultureInfo.InvariantCulture, $"{value}").Append('\u001E');
            key.Append('\u001F');
        }

        Part(query.Text);
        Part(query.EffectiveSort);
        Part(query.DateField);
        Part(query.After?.Score.ToString("R", CultureInfo.InvariantCulture));
        Part(query.After?.Value);
        Part(query.After?.Id);
        Part(query.Offset);
        Part(query.Limit);
        Part(query.FacetSize);
        Part(query.Histogram);
        Part(query.Highlight);
        Part(query.CollapseClusters);
        List(f.SpeakerKeys);
        List(f.Outlets);
        List(f.VenueTypes);
        List(f.Kinds);
        List(f.Languages);
        Part(f.StatementDates?.From?.DayNumber);
        Part(f.StatementDates?.To?.DayNumber);
        Part(f.PublishedDates?.From?.DayNumber);
        Part(f.PublishedDates?.To?.DayNumber);
        Part(f.MinConfidence?.ToString("R", CultureInfo.InvariantCulture));
        return key.ToString();
    }
}
