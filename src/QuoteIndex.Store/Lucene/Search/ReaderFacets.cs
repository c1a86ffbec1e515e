using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace QuoteIndex.Store.Lucene.Search;

/// <summary>
/// What facet counting needs of one index snapshot, worked out once per snapshot (a searcher's reader stays the same
/// until the next write): each facet field's global ordinals and each segment's map into them, each segment's range
/// of days for the histogram, and speaker labels as they are looked up.
/// </summary>
internal sealed class ReaderFacets
{
    private static readonly ConditionalWeakTable<IndexReader, ReaderFacets> Cache = new();

    /// <summary>The facet fields in <see cref="Core.Storage.FacetNames.All"/> order.</summary>
    public static readonly string[] Fields = [QuoteDocument.SpeakerKey, QuoteDocument.Outlet, QuoteDocument.VenueType, QuoteDocument.Kind];

    private readonly ConcurrentDictionary<string, string> _speakerLabels = new(StringComparer.Ordinal);

    private ReaderFacets(IndexReader reader)
    {
        Reader = reader;
        Leaves = reader.Leaves;
        Facets = Fields.Select(field => new GlobalOrdinals(reader, field)).ToArray();
        Columns = Leaves.Select(leaf => SegmentColumns.For(leaf.AtomicReader)).ToArray();
    }

    public IndexReader Reader { get; }

    public IList<AtomicReaderContext> Leaves { get; }

    public GlobalOrdinals[] Facets { get; }

    /// <summary>Each segment's facet ordinals and days as plain arrays, in <see cref="Leaves"/> order.</summary>
    public SegmentColumns[] Columns { get; }

    public static ReaderFacets For(IndexReader reader) => Cache.GetValue(reader, r => new ReaderFacets(r));

    /// <summary>The name stored with a speaker key's quotes; the key itself when no quote has one.</summary>
    public string SpeakerLabel(string key) => _speakerLabels.GetOrAdd(key, k =>
    {
        var term = new Term(QuoteDocument.SpeakerKey, k);
        foreach (var leaf in Leaves)
        {
            var docs = leaf.AtomicReader.GetTermDocsEnum(term);
            if (docs is null || docs.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
                continue;
            var names = leaf.AtomicReader.GetSortedDocValues(QuoteDocument.SpeakerName);
            if (names is null || names.GetOrd(docs.DocID) < 0)
                continue;
            var name = new BytesRef();
            names.Get(docs.DocID, name);
            return name.Utf8ToString();
        }

        return k;
    });

    /// <summary>One facet field's values numbered across the whole index, and each segment's numbers mapped to them.</summary>
    internal sealed class GlobalOrdinals
    {
        private readonly IList<AtomicReaderContext> _leaves;
        private readonly string _field;

        public GlobalOrdinals(IndexReader reader, string field)
        {
            var leaves = _leaves = reader.Leaves;
            _field = field;
            Values = MultiDocValues.GetSortedValues(reader, field);
            SegmentToGlobal = new int[leaves.Count][];
            for (var i = 0; i < leaves.Count; i++)
            {
                var segment = leaves[i].AtomicReader.GetSortedDocValues(field);
                var map = new int[segment?.ValueCount ?? 0];
                if (Values is MultiDocValues.MultiSortedDocValues multi)
                {
                    for (var ord = 0; ord < map.Length; ord++)
                        map[ord] = (int)multi.Mapping.GetGlobalOrd(i, ord);
                }
                else
                {
                    for (var ord = 0; ord < map.Length; ord++)
                        map[ord] = ord;
                }

                SegmentToGlobal[i] = map;
            }

            ValueCount = Values?.ValueCount ?? 0;
            _values = new string?[ValueCount];
        }

        // Values looked up so far, by global ordinal. Threads may race to fill one; they write the same string.
        private readonly string?[] _values;

        /// <summary>The index-wide values: only the ordinal map and count may be used, their readers belong to the thread that made them.</summary>
        private SortedDocValues? Values { get; }

        public int ValueCount { get; }

        /// <summary>For each segment, its ordinals' global ordinals.</summary>
        public int[][] SegmentToGlobal { get; }

        /// <summary>The value of a global ordinal, read through this thread's doc values of the segment that has it, once.</summary>
        /// <remarks>
        /// Every search looks up its facets' top values, and the same few come back again and again: a doc-values
        /// look-up is a positional read of the file and a new byte array each time.
        /// </remarks>
        public string Lookup(int globalOrd) => _values[globalOrd] ??= Read(globalOrd);

        private string Read(int globalOrd)
        {
            var (segment, ord) = Values is MultiDocValues.MultiSortedDocValues multi
                ? (multi.Mapping.GetFirstSegmentNumber(globalOrd), (int)multi.Mapping.GetFirstSegmentOrd(globalOrd))
                : (0, globalOrd);
            var value = new BytesRef();
            _leaves[segment].AtomicReader.GetSortedDocValues(_field).LookupOrd(ord, value);
            return value.Utf8ToString();
        }
    }
}

