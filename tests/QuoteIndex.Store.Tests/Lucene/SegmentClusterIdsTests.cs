using System.Globalization;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using QuoteIndex.Store.Lucene;

namespace QuoteIndex.Store.Tests.Lucene;

/// <summary>The per-segment filter that spares cluster-size look-ups the segments that cannot hold a cluster id.</summary>
public sealed class SegmentClusterIdsTests
{
    [Fact]
    public void MayContain_EveryIdOfTheSegment_IsTrue_AndMostOtherIdsAreFalse()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(QuoteDocument.Version, new KeywordAnalyzer())))
        {
            for (var i = 0; i < 2_000; i++)
                writer.AddDocument([new StringField(QuoteDocument.ClusterId, Id(i), Field.Store.NO)]);
            writer.ForceMerge(1);
        }

        using var reader = DirectoryReader.Open(directory);
        var filter = SegmentClusterIds.For(reader.Leaves[0].AtomicReader);

        Assert.All(Enumerable.Range(0, 2_000), i => Assert.True(filter.MayContain(new BytesRef(Id(i)))));
        // Ten bits an id: about 1% of absent ids pass; the hash is fixed, so this count is too.
        var wronglyMaybe = Enumerable.Range(2_000, 10_000).Count(i => filter.MayContain(new BytesRef(Id(i))));
        Assert.InRange(wronglyMaybe, 0, 300);
    }

    private static string Id(int i) => "cluster-" + i.ToString("x8", CultureInfo.InvariantCulture);
}
