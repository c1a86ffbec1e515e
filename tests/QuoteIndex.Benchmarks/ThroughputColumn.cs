using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace QuoteIndex.Benchmarks;

/// <summary>
/// Throughput of a benchmark whose operation extracts a whole <see cref="Corpus"/> (named by its category): the
/// corpus's size over the mean time of an operation. Computed in the host process, which reads the corpus too.
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    private readonly Func<Corpus, double> _amount;

    private ThroughputColumn(string name, string legend, Func<Corpus, double> amount)
    {
        ColumnName = name;
        Legend = legend;
        _amount = amount;
    }

    /// <summary>Megabytes (10^6 bytes) of article text in UTF-8 per second.</summary>
    public static IColumn MegabytesPerSecond { get; } = new ThroughputColumn(
        "MB/s", "Article text extracted per second, in MB (10^6 bytes) of UTF-8, on one thread", c => c.Utf8Bytes / 1e6);

    public static IColumn ArticlesPerSecond { get; } = new ThroughputColumn(
        "Articles/s", "Articles extracted per second, on one thread", c => c.Articles.Count);

    public string Id => $"{nameof(ThroughputColumn)}.{ColumnName}";
    public string ColumnName { get; }
    public string Legend { get; }
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var corpus = benchmarkCase.Descriptor.Categories.FirstOrDefault(Corpus.Names.Contains);
        if (corpus is null || summary[benchmarkCase]?.ResultStatistics?.Mean is not (> 0 and var nanoseconds))
            return "-";
        return (_amount(Corpus.Load(corpus)) / (nanoseconds / 1e9)).ToString("N1", CultureInfo.InvariantCulture);
    }

    public override string ToString() => ColumnName;
}
