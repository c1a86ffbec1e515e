using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using QuoteIndex.Benchmarks;

// dotnet run -c Release --project tests/QuoteIndex.Benchmarks -- --filter '*' [--job short]
var config = DefaultConfig.Instance.AddColumn(ThroughputColumn.MegabytesPerSecond, ThroughputColumn.ArticlesPerSecond);
BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args, config);
