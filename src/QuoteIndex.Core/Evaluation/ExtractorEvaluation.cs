using QuoteIndex.Core.Extraction;

namespace QuoteIndex.Core.Evaluation;

/// <summary>
/// The extractor run on gold articles and scored: what `quoteindex eval --gold FILE` does without `--pred`, and
/// what the quality gate in the tests measures, so that both report the same figures.
/// </summary>
public static class ExtractorEvaluation
{
    /// <summary>
    /// The extractor's quotes for each gold line read as an article, exactly as `quoteindex extract` would write
    /// them (<see cref="PredictedArticle.From"/>).
    /// </summary>
    public static IReadOnlyList<PredictedArticle> Predict(IEnumerable<GoldLine> golds)
    {
        ArgumentNullException.ThrowIfNull(golds);
        return golds
            .Select(g => g.Article ?? throw new ArgumentException($"gold article {g.Gold.Id} was not read as an article", nameof(golds)))
            .Select(article => PredictedArticle.From(article, QuoteExtractor.Extract(article)))
            .ToList();
    }

    /// <summary>Reads <paramref name="goldPath"/>, extracts its articles and scores them; or, at the first bad line, why not.</summary>
    public static async Task<(ScoreReport? Report, string? Problem)> ScoreAsync(string goldPath, CancellationToken cancellationToken = default)
    {
        var (golds, problem) = await EvaluationFiles.ReadAsync(goldPath, line => GoldLine.Parse(line, asArticle: true), cancellationToken);
        return golds is null ? (null, problem) : (QuoteScorer.Score(golds.Select(g => g.Gold), Predict(golds)), null);
    }
}
