using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using QuoteIndex.Benchmarks;
using QuoteIndex.Benchmarks.Search;

// dotnet run -c Release --project tests/QuoteIndex.Benchmarks -- --filter '*' [--job short]
// Search speed (README): generate INDEX [QUOTES] [SEED] | latency INDEX [SEARCHES] [bare] [nocache] [collapse] | load URL [CLIENTS] [SECONDS]
static int Number(string[] args, int index, int fallback) =>
    args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

switch (args.FirstOrDefault())
{
    case "generate":
        return await GenerateIndex.RunAsync(args[1], Number(args, 2, 1_000_000), Number(args, 3, 1));
    case "latency":
        return await InProcessLatency.RunAsync(args[1], Number(args, 2, 5_000), args.Contains("bare"), cache: !args.Contains("nocache"), collapse: args.Contains("collapse"));
    case "load":
        return await HttpLoad.RunAsync(new Uri(args[1]), Number(args, 2, 8), Number(args, 3, 30));
    default:
        var config = DefaultConfig.Instance.AddColumn(ThroughputColumn.MegabytesPerSecond, ThroughputColumn.ArticlesPerSecond);
        BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args, config);
        return 0;
}
