using QuoteIndex.Core.Articles;
using QuoteIndex.Core.Clustering;
using QuoteIndex.Core.Extraction;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Core.Ingestion;

/// <summary>Extracts the quotes of each article read and stores them, replacing the article's earlier quotes.</summary>
public sealed class ArticleIngestor(IQuoteStore store)
{
    private readonly QuoteClusterer _clusterer = new(store);

    /// <summary>Ingests every input; a rejected input is reported through <paramref name="onRejected"/> and the run goes on.</summary>
    public async Task<IngestionReport> IngestAsync(
        IAsyncEnumerable<ArticleInput> inputs, Action<ArticleInput>? onRejected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var articles = 0;
        var quotes = 0;
        var rejected = new List<Rejection>();
        await foreach (var input in inputs.WithCancellation(cancellationToken))
        {
            if (input.Article is not { } article)
            {
                rejected.Add(new Rejection(input.Source, input.Problem!));
                onRejected?.Invoke(input);
                continue;
            }

            var found = await IngestArticleAsync(article, cancellationToken);
            articles++;
            quotes += found.Count;
        }

        return new IngestionReport(articles, quotes, rejected);
    }

    /// <summary>Extracts and clusters one article's quotes and makes them the article's stored quotes; the API's single-article path.</summary>
    public async Task<IReadOnlyList<Quote>> IngestArticleAsync(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var found = await _clusterer.AssignAsync(QuoteExtractor.Extract(article).ToList(), cancellationToken);
        await store.ReplaceArticleAsync(article.Id, found, cancellationToken);
        return found;
    }

    /// <summary>
    /// As <see cref="IngestArticleAsync"/> for many articles at once: the quotes are clustered as one batch and every
    /// article's quotes are written in one commit. Element i holds the quotes of <paramref name="articles"/>[i].
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<Quote>>> IngestArticlesAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var extracted = articles.Select(a => QuoteExtractor.Extract(a)).ToList();
        var clustered = await _clusterer.AssignAsync([.. extracted.SelectMany(q => q)], cancellationToken);
        var found = new IReadOnlyList<Quote>[articles.Count];
        var next = 0;
        for (var i = 0; i < found.Length; i++)
        {
            found[i] = clustered.Skip(next).Take(extracted[i].Count).ToList();
            next += extracted[i].Count;
        }

        await store.ReplaceArticlesAsync([.. articles.Select((a, i) => new ArticleQuotes(a.Id, found[i]))], cancellationToken);
        return found;
    }
}

/// <summary>What an ingestion run did.</summary>
public sealed record IngestionReport(int Articles, int Quotes, IReadOnlyList<Rejection> Rejected);

/// <summary>An input that was not ingested, and why.</summary>
public sealed record Rejection(string Source, string Reason);
