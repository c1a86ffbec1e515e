using QuoteIndex.Core.Reviews;

namespace QuoteIndex.Store.Lucene;

/// <summary>Reviews of quotes, held by <see cref="LuceneReviewIndex"/> beside the quotes.</summary>
public sealed partial class LuceneQuoteStore
{
    public async Task AddReviewAsync(QuoteReview review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        await _reviews.AddAsync(review, cancellationToken);
    }

    public Task<IReadOnlyList<QuoteReview>> GetReviewsAsync(string quoteId, CancellationToken cancellationToken) => Completed(() =>
    {
        ArgumentNullException.ThrowIfNull(quoteId);
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        return _reviews.Get(quoteId);
    });
}
