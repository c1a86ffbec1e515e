using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace QuoteIndex.Store.Tests;

public sealed class StoreServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData("-1")]
    [InlineData("100001")]
    public void AddQuoteStore_SearchCacheEntriesOutOfRange_FailsNamingTheSetting(string entries)
    {
        using var services = Services(new() { ["Store:Lucene:SearchCacheEntries"] = entries });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StoreOptions>>().Value);

        Assert.Contains("Store:Lucene:SearchCacheEntries", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddQuoteStore_NoSearchCacheSetting_KeepsTheDefault()
    {
        using var services = Services([]);

        Assert.Equal(LuceneStoreOptions.DefaultSearchCacheEntries, services.GetRequiredService<IOptions<StoreOptions>>().Value.Lucene.SearchCacheEntries);
    }

    [Fact]
    public void AddQuoteStore_NegativeSearchCacheFrom_FailsNamingTheSetting()
    {
        using var services = Services(new() { ["Store:Lucene:SearchCacheFromMilliseconds"] = "-0.5" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StoreOptions>>().Value);

        Assert.Contains("Store:Lucene:SearchCacheFromMilliseconds", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddQuoteStore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
}
