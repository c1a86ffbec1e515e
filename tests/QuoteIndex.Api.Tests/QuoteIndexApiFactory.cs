using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using QuoteIndex.Api.Security;
using QuoteIndex.Core.Articles;
using QuoteIndex.Core.Ingestion;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Api.Tests;

/// <summary>
/// The real API host over a fresh index folder; only the folder is the test's own. With <paramref name="writable"/>,
/// <see cref="WriteKey"/> is the one API key configured (as its hash, as in production); <paramref name="fetchPrivate"/>
/// lets the server fetch article URLs from loopback, where the tests' pages are served.
/// </summary>
public sealed class QuoteIndexApiFactory(bool writable = true, bool fetchPrivate = false) : WebApplicationFactory<Program>
{
    public const string WriteKey = "qi_test-key-for-the-api-tests";

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("quoteindex-api-");

    public IQuoteStore Store => Services.GetRequiredService<IQuoteStore>();

    public async Task IngestAsync(params Article[] articles)
    {
        var inputs = articles.Select(a => ArticleInput.Read(a.Id, a)).ToAsyncEnumerable();
        await new ArticleIngestor(Store).IngestAsync(inputs, onRejected: null, CancellationToken.None);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production: what users run, so no developer exception page can leak a stack trace.
        builder.UseEnvironment("Production");
        builder.UseSetting("Store:Lucene:IndexPath", Path.Combine(_data.FullName, "index"));
        // The tests' searches take microseconds: keep every result, so that answers from the cache are what is tested.
        builder.UseSetting("Store:Lucene:SearchCacheFromMilliseconds", "0");
        if (writable)
            builder.UseSetting("Api:KeyHashes:0", ApiKeys.Hash(WriteKey));
        if (fetchPrivate)
            builder.UseSetting("Api:FetchPrivateAddresses", "true");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _data.Delete(recursive: true);
    }
}
