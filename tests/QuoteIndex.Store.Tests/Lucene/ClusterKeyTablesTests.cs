using System.Buffers.Binary;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using QuoteIndex.Core.Clustering;
using QuoteIndex.Store.Lucene;
using QuoteIndex.Store.Tests.Conformance;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace QuoteIndex.Store.Tests.Lucene;

/// <summary>The key tables written to files: what a look-up finds, and when the files go.</summary>
public sealed class ClusterKeyTablesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "quoteindex-tests", Guid.NewGuid().ToString("N"));

    private string TablesFolder => Path.Combine(_folder, ClusterKeyTables.FolderName);

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_folder))
            System.IO.Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData(SegmentClusterKeys.DefaultSliceEntries)] // the whole table placed at once
    [InlineData(50)] // written in slices of about 50 entries: the segment's doc values read once per slice
    public void Lookup_EveryKeyOfASegment_FindsItsDocumentsOldestFirst(int sliceEntries)
    {
        // Invented keys: 700 documents (past 255, so two bytes a document), each with 5 keys of its own and one
        // shared with every seventh document.
        var random = new Random(20261128);
        var shared = Enumerable.Range(0, 7).Select(_ => NextKey(random)).ToArray();
        var keysOf = Enumerable.Range(0, 700).Select(doc => Enumerable.Range(0, 5).Select(_ => NextKey(random)).Append(shared[doc % 7]).ToArray()).ToArray();
        using var directory = new RAMDirectory();
        WriteSegment(directory, keysOf);
        using var reader = DirectoryReader.Open(directory);
        var segment = reader.Leaves.Single().AtomicReader;
        var tables = new ClusterKeyTables(_folder, sliceEntries);
        tables.DeleteLeftovers();

        using (var lookup = tables.Of(segment).StartLookup())
        {
            foreach (var key in keysOf.SelectMany(keys => keys).Distinct().Order())
            {
                var found = new List<int>();
                lookup.Collect(key, liveDocs: null, docBase: 1_000, found, max: 1_000);

                var expected = Enumerable.Range(0, keysOf.Length).Where(doc => keysOf[doc].Contains(key)).Select(doc => 1_000 + doc);
                Assert.Equal(expected, found);
            }

            var capped = new List<int>();
            lookup.Collect(shared[3], liveDocs: null, docBase: 0, capped, max: 4);
            Assert.Equal([3, 10, 17, 24], capped);
            var none = new List<int>();
            lookup.Collect(NextKey(random), liveDocs: null, docBase: 0, none, max: 10);
            Assert.Empty(none);
        }

        tables.Dispose();
        Assert.Empty(System.IO.Directory.GetFiles(TablesFolder));
    }

    [Fact]
    public void Of_SegmentsMergedAway_TheirTablesAreDeletedWithThem()
    {
        var random = new Random(7);
        var tables = new ClusterKeyTables(_folder);
        tables.DeleteLeftovers();
        using var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(QuoteDocument.Version, new KeywordAnalyzer())
        {
            MergeScheduler = new SerialMergeScheduler(),
            MergedSegmentWarmer = tables.Warmer,
        });
        for (var segment = 0; segment < 3; segment++)
        {
            writer.AddDocument(KeysDocument([NextKey(random), NextKey(random)]));
            writer.Commit();
        }

        var before = DirectoryReader.Open(writer, applyAllDeletes: true);
        foreach (var leaf in before.Leaves)
            tables.Of(leaf.AtomicReader);
        Assert.Equal(3, System.IO.Directory.GetFiles(TablesFolder).Length);

        writer.ForceMerge(1);
        using var after = DirectoryReader.OpenIfChanged(before, writer, applyAllDeletes: true)!;
        before.Dispose();

        // The merged segment's table, made by the merge warmer; the three tables of the segments merged away are gone.
        Assert.Single(after.Leaves);
        Assert.Single(System.IO.Directory.GetFiles(TablesFolder));
        tables.Dispose();
    }

    [Fact]
    public async Task Store_TablesLeftByAProcessThatDied_AreDeletedAtOpenAndItsOwnAtDispose()
    {
        System.IO.Directory.CreateDirectory(TablesFolder);
        var leftover = Path.Combine(TablesFolder, "_3.1.keys");
        await File.WriteAllBytesAsync(leftover, [1, 2, 3]);

        var store = LuceneQuoteStore.Open(_folder);
        Assert.False(File.Exists(leftover));
        const string Ferry = "The ferry will run every hour through the winter, whatever the weather does to the timetable.";
        await store.UpsertAsync([SomeQuotes.Quote(Ferry)], CancellationToken.None);
        await store.FindClusterCandidatesAsync(QuoteSignature.Of(Ferry).Keys, 10, CancellationToken.None);
        Assert.NotEmpty(System.IO.Directory.GetFiles(TablesFolder));

        await store.DisposeAsync();

        Assert.Empty(System.IO.Directory.GetFiles(TablesFolder));
    }

    private static ulong NextKey(Random random) => (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63);

    private static void WriteSegment(LuceneDirectory directory, IReadOnlyList<ulong[]> keysOf)
    {
        using var writer = new IndexWriter(directory, new IndexWriterConfig(QuoteDocument.Version, new KeywordAnalyzer()));
        foreach (var keys in keysOf)
            writer.AddDocument(KeysDocument(keys));
        writer.Commit();
    }

    private static Document KeysDocument(ulong[] keys)
    {
        var bytes = new byte[keys.Length * sizeof(ulong)];
        for (var i = 0; i < keys.Length; i++)
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(i * sizeof(ulong)), keys[i]);
        return [new BinaryDocValuesField(QuoteDocument.ClusterKeys, new BytesRef(bytes))];
    }
}
