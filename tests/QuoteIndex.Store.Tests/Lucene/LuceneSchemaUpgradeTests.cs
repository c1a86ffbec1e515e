using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;
using QuoteIndex.Store.Lucene;
using QuoteIndex.Store.Tests.Conformance;

namespace QuoteIndex.Store.Tests.Lucene;

/// <summary>An index written in an older document layout is rebuilt from its stored quotes when opened.</summary>
public sealed class LuceneSchemaUpgradeTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "quoteindex-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_folder))
            System.IO.Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Open_IndexOfAnOlderLayout_RebuildsItSoFiltersFacetsAndSpeakersWork()
    {
        var harbour = SomeQuotes.Quote("The harbour wall will be rebuilt", speaker: "Mara Ellison", outlet: "The Harbour Ledger");
        var ferry = SomeQuotes.Quote("The ferry will run all winter", speaker: "Tomas Varga", outlet: "Elling Gazette");
        var deleted = SomeQuotes.Quote("The pier is closed", speaker: "Tomas Varga", outlet: "Elling Gazette");
        WriteOldLayout([harbour, ferry, deleted], deleteAfterwards: deleted);

        await using var store = LuceneQuoteStore.Open(_folder);

        Assert.Equal(2, await store.CountAsync(CancellationToken.None));
        var byOutlet = await store.SearchAsync(new QuoteQuery { Filter = new QuoteFilter { Outlets = ["Elling Gazette"] } }, CancellationToken.None);
        Assert.Equal([ferry.Id], byOutlet.Hits.Select(h => h.Quote.Id));
        var speakers = await store.SuggestSpeakersAsync("ell", 10, CancellationToken.None);
        Assert.Equal("mara-ellison", Assert.Single(speakers).Key);
        Assert.Equal(LuceneQuoteStore.SchemaVersion, CommittedLayout());
    }

    [Fact]
    public async Task Writes_KeepTheLayoutInEveryLaterCommit()
    {
        await using (var store = LuceneQuoteStore.Open(_folder))
            await store.UpsertAsync([SomeQuotes.Quote()], CancellationToken.None);

        Assert.Equal(LuceneQuoteStore.SchemaVersion, CommittedLayout());
    }

    /// <summary>Quotes as the first QuoteIndex wrote them: an id, the article id and the JSON, no facet or suggest fields.</summary>
    private void WriteOldLayout(IReadOnlyList<Quote> quotes, Quote deleteAfterwards)
    {
        using var directory = FSDirectory.Open(_folder);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48)));
        foreach (var quote in quotes)
        {
            writer.AddDocument(new Document
            {
                new StringField("id", quote.Id, Field.Store.YES),
                new StringField("articleId", quote.Article.Id, Field.Store.NO),
                new StoredField("json", QuoteJson.Serialize(quote)),
            });
        }

        writer.Commit();
        writer.DeleteDocuments(new Term("id", deleteAfterwards.Id));
        writer.Commit();
    }

    private string? CommittedLayout()
    {
        using var directory = FSDirectory.Open(_folder);
        using var reader = DirectoryReader.Open(directory);
        return reader.IndexCommit.UserData.TryGetValue(LuceneQuoteStore.SchemaKey, out var version) ? version : null;
    }
}
