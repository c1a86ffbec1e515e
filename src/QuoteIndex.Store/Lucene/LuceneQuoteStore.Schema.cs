using System.Text;
using Lucene.Net.Index;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Store.Lucene;

/// <summary>
/// The layout of the quote documents an index was written with. An index written by an older QuoteIndex lacks fields
/// that searches, facets and speaker pages read; since every document keeps the whole quote as JSON, opening such an
/// index rebuilds its documents in the current layout, once, instead of failing or answering wrongly.
/// </summary>
public sealed partial class LuceneQuoteStore
{
    /// <summary>Bump whenever <see cref="ReusableQuoteFields"/> or <see cref="QuoteDocument"/> changes what a document holds.</summary>
    internal const string SchemaVersion = "4";

    internal const string SchemaKey = "quoteindex.schema";

    /// <summary>Rebuilds every document of an index of another layout from its stored quote, in one commit.</summary>
    private static void UpgradeLayout(IndexWriter writer, global::Lucene.Net.Store.Directory directory)
    {
        using var snapshot = DirectoryReader.Open(directory);
        if (snapshot.IndexCommit.UserData.TryGetValue(SchemaKey, out var version) && version == SchemaVersion)
            return;

        // The snapshot keeps the old segments readable while the writer replaces them; nothing is committed until
        // every quote is back, so a crash midway leaves the old index as it was, to be upgraded at the next open.
        if (snapshot.NumDocs > 0)
        {
            writer.DeleteAll();
            var fields = ReusableQuoteFields.Current;
            foreach (var leaf in snapshot.Leaves)
            {
                var live = leaf.AtomicReader.LiveDocs;
                for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
                {
                    if (live is not null && !live.Get(doc))
                        continue;
                    var json = QuoteDocument.ReadJson(leaf.AtomicReader, doc);
                    writer.AddDocument(fields.Fill(QuoteJson.Deserialize(json), Encoding.UTF8.GetBytes(json)));
                }
            }
        }

        writer.SetCommitData(new Dictionary<string, string> { [SchemaKey] = SchemaVersion });
        writer.Commit();
    }
}
