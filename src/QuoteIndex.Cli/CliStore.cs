using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QuoteIndex.Core.Storage;
using QuoteIndex.Ingestion.Sources;
using QuoteIndex.Store;

namespace QuoteIndex.Cli;

/// <summary>Opens the configured store for a command, the same way the API does (environment variables QUOTEINDEX_Store__...).</summary>
public static class CliStore
{
    /// <summary>The settings of <see cref="Settings"/> and <paramref name="defaults"/>, which environment variables override.</summary>
    public static IConfiguration Configuration(DirectoryInfo data, IReadOnlyDictionary<string, string?>? defaults = null) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(Settings(data))
            .AddInMemoryCollection(defaults ?? new Dictionary<string, string?>())
            .AddEnvironmentVariables("QUOTEINDEX_")
            .Build();

    /// <summary>The settings the --data folder implies, for the API host as for the commands.</summary>
    public static Dictionary<string, string?> Settings(DirectoryInfo data) => new()
    {
        [$"{StoreOptions.Section}:{nameof(StoreOptions.Lucene)}:{nameof(LuceneStoreOptions.IndexPath)}"] = Path.Combine(data.FullName, "index"),
    };

    /// <summary>
    /// The store, and the article sources (files, pages, URLs and feeds; "Ingestion:Sources" settings), owned by the
    /// returned provider: dispose the provider to close the store.
    /// </summary>
    public static (ServiceProvider Services, IQuoteStore Store) Open(
        DirectoryInfo data, Action<ArticleSourceOptions>? sources = null, IReadOnlyDictionary<string, string?>? defaults = null)
    {
        var configuration = Configuration(data, defaults);
        var collection = new ServiceCollection().AddQuoteStore(configuration).AddArticleSources(configuration);
        if (sources is not null)
            collection.PostConfigure(sources);
        var services = collection.BuildServiceProvider();
        return (services, services.GetRequiredService<IQuoteStore>());
    }
}
