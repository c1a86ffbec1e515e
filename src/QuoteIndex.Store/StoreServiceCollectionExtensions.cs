using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QuoteIndex.Core.Storage;
using QuoteIndex.Store.Elasticsearch;
using QuoteIndex.Store.Lucene;

namespace QuoteIndex.Store;

public static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the one <see cref="IQuoteStore"/> that "Store:Provider" selects, validated at start: "Lucene" (an index
    /// folder, Store:Lucene:IndexPath) or "Elasticsearch" (a cluster, Store:Elasticsearch:*, with the process's one
    /// client; the store creates its indices from index-mappings/ on first use when they are missing).
    /// </summary>
    public static IServiceCollection AddQuoteStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StoreOptions>()
            .Bind(configuration.GetSection(StoreOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.IsLucene || o.IsElasticsearch, "Store:Provider must be 'Lucene' or 'Elasticsearch'.")
            .Validate(o => o.Lucene.SearchCacheEntries is >= 0 and <= LuceneStoreOptions.MaxSearchCacheEntries,
                $"Store:Lucene:SearchCacheEntries must be between 0 (no cache) and {LuceneStoreOptions.MaxSearchCacheEntries}.")
            .Validate(o => o.Lucene.SearchCacheFromMilliseconds >= 0, "Store:Lucene:SearchCacheFromMilliseconds must be 0 or more.")
            .ValidateOnStart();
        services.AddElasticsearch(configuration);
        services.AddSingleton<ElasticsearchQuoteStore>();
        services.AddSingleton<IQuoteStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StoreOptions>>().Value;
            return options.IsElasticsearch
                ? sp.GetRequiredService<ElasticsearchQuoteStore>()
                : LuceneQuoteStore.Open(options.Lucene.IndexPath, options.Lucene.SearchCacheEntries, options.Lucene.MemoryMapped,
                    options.Lucene.SearchCacheFromMilliseconds);
        });
        return services;
    }
}
