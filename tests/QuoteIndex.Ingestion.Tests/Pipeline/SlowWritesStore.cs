using System.Reflection;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Ingestion.Tests.Pipeline;

/// <summary>
/// A store whose writes each take a while longer: the store becomes the pipeline's slower stage, as when a batch
/// clusters against many stored copies. Each write's article count goes to the list given, if any.
/// </summary>
internal class SlowWritesStore : DispatchProxy
{
    private IQuoteStore _inner = null!;
    private TimeSpan _delay;
    private List<int>? _batchSizes;
    private readonly Lock _recording = new();

    public static IQuoteStore Around(IQuoteStore inner, TimeSpan delay, List<int>? batchSizes = null)
    {
        var proxy = Create<IQuoteStore, SlowWritesStore>();
        var slow = (SlowWritesStore)(object)proxy;
        (slow._inner, slow._delay, slow._batchSizes) = (inner, delay, batchSizes);
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        return targetMethod.Name == nameof(IQuoteStore.ReplaceArticlesAsync)
            ? ReplaceLaterAsync((IReadOnlyList<ArticleQuotes>)args![0]!, (CancellationToken)args[1]!)
            : targetMethod.Invoke(_inner, args);
    }

    private async Task ReplaceLaterAsync(IReadOnlyList<ArticleQuotes> articles, CancellationToken cancellationToken)
    {
        lock (_recording)
            _batchSizes?.Add(articles.Count);
        await Task.Delay(_delay, cancellationToken);
        await _inner.ReplaceArticlesAsync(articles, cancellationToken);
    }
}
