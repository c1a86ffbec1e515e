using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using QuoteIndex.Core.Articles;
using QuoteIndex.Core.Ingestion;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Api.Tests;

/// <summary>The real API host over a fresh index folder; only the folder is the test's own.</summary>
public sealed class QuoteIndexApiFactory : WebApplicationFactory<Program>
{
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
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _data.Delete(recursive: true);
    }
}
