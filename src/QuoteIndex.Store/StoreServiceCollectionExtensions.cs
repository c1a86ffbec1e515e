using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QuoteIndex.Core.Storage;
using QuoteIndex.Store.Lucene;

namespace QuoteIndex.Store;

public static class StoreServiceCollectionExtensions
{
    /// <summary>Registers the one <see cref="IQuoteStore"/> that the "Store" section selects, validated at start.</summary>
    public static IServiceCollection AddQuoteStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StoreOptions>()
            .Bind(configuration.GetSection(StoreOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => string.Equals(o.Provider, "Lucene", StringComparison.OrdinalIgnoreCase),
                "Store:Provider must be 'Lucene' (Elasticsearch is not available yet).")
            .ValidateOnStart();
        services.AddSingleton<IQuoteStore>(sp =>
        {
            var lucene = sp.GetRequiredService<IOptions<StoreOptions>>().Value.Lucene;
            return LuceneQuoteStore.Open(lucene.IndexPath, lucene.MemoryMapped);
        });
        return services;
    }
}
