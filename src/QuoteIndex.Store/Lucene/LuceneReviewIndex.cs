using System.Globalization;
using System.Text.Json;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Reviews;

namespace QuoteIndex.Store.Lucene;

/// <summary>
/// The reviews of quotes, in an index of their own (a sub-folder of the quote index), so that no quote search, count
/// or cluster look-up can meet one, and re-ingesting an article, which deletes and re-adds its quotes, leaves them be.
/// Opened and closed with the quote store, whose folder lock also guards this folder.
/// </summary>
internal sealed class LuceneReviewIndex : IDisposable
{
    /// <summary>The sub-folder of the quote index that holds the reviews.</summary>
    public const string FolderName = "reviews";

    private const string Id = "id";
    private const string QuoteId = "quoteId";
    private const string Json = "json";

    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    private LuceneReviewIndex(FSDirectory directory, IndexWriter writer)
    {
        _directory = directory;
        _writer = writer;
        _searchers = new SearcherManager(writer, applyAllDeletes: true, new SearcherFactory());
    }

    public static LuceneReviewIndex Open(string quoteIndexPath)
    {
        var directory = FSDirectory.Open(System.IO.Directory.CreateDirectory(Path.Combine(quoteIndexPath, FolderName)));
        IndexWriter? writer = null;
        try
        {
            // Only keyword fields: nothing is analysed.
            writer = new IndexWriter(directory, new IndexWriterConfig(QuoteDocument.Version, new KeywordAnalyzer()) { OpenMode = OpenMode.CREATE_OR_APPEND });
            writer.Commit();
            return new LuceneReviewIndex(directory, writer);
        }
        catch
        {
            writer?.Dispose();
            directory.Dispose();
            throw;
        }
    }

    public async Task AddAsync(QuoteReview review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        var document = new Document
        {
            new StringField(Id, review.Id, Field.Store.NO),
            new StringField(QuoteId, review.QuoteId, Field.Store.NO),
            new StoredField(Json, JsonSerializer.Serialize(review, QuoteJson.Options)),
        };
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            _writer.UpdateDocument(new Term(Id, review.Id), document);
            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public IReadOnlyList<QuoteReview> Get(string quoteId)
    {
        ArgumentNullException.ThrowIfNull(quoteId);
        var searcher = _searchers.Acquire();
        try
        {
            var query = new TermQuery(new Term(QuoteId, quoteId));
            // Lucene sizes its queue by the number asked for: count first, so a quote's few reviews never cost a queue
            // as large as the whole review index.
            var count = searcher.Search(query, 1).TotalHits;
            var top = searcher.Search(query, Math.Max(1, count));
            return top.ScoreDocs
                .Select(hit => Read(searcher.Doc(hit.Doc)))
                .OrderBy(r => r.Received)
                .ThenBy(r => r.Id, StringComparer.Ordinal)
                .ToList();
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _writeLock.Dispose();
    }

    private static QuoteReview Read(Document document) =>
        JsonSerializer.Deserialize<QuoteReview>(document.Get(Json) ?? "null", QuoteJson.Options)
        ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"A stored review has no '{Json}' field."));
}
