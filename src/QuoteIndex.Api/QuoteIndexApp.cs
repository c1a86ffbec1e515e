using Microsoft.Extensions.DependencyInjection.Extensions;
using QuoteIndex.Api.Articles;
using QuoteIndex.Api.Health;
using QuoteIndex.Api.OpenApi;
using QuoteIndex.Api.Claims;
using QuoteIndex.Api.Exports;
using QuoteIndex.Api.Quotes;
using QuoteIndex.Api.Search;
using QuoteIndex.Api.Security;
using QuoteIndex.Api.Web;
using QuoteIndex.Api.Speakers;
using QuoteIndex.Api.Verification;
using QuoteIndex.Core.Ingestion;
using QuoteIndex.Ingestion.Sources;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Store;

namespace QuoteIndex.Api;

/// <summary>The web application: one place that lists every concern and every feature, for Program and for `quoteindex serve`.</summary>
public static class QuoteIndexApp
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        // Request-by-request framework logs drown out what matters; appsettings can turn them back on.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter(typeof(ApiKeyAuthentication).FullName, LogLevel.Warning);
        configure?.Invoke(builder);

        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o => QuoteJson.Configure(o.SerializerOptions));
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "QuoteIndex API";
            document.Info.Description = "Who said what, when and where: attributed quotes extracted from news articles.";
            return Task.CompletedTask;
        }).AddOperationTransformer<ExampleResponses>());
        builder.Services.AddQuoteStore(builder.Configuration);
        builder.Services.AddSingleton<ArticleIngestor>();
        builder.Services.AddArticleSources(builder.Configuration);
        // A client must not make the server fetch from its own network unless the operator says so.
        var fetchPrivate = builder.Configuration.GetValue("Api:FetchPrivateAddresses", defaultValue: false);
        builder.Services.PostConfigure<ArticleSourceOptions>(o => o.AllowPrivateAddresses = fetchPrivate);
        builder.Services.AddSingleton<ArticleRequests>();
        builder.Services.AddApiKeys(builder.Configuration);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddQuoteIndexHealthChecks();
        builder.Services.AddSearchAdmission(builder.Configuration);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseWebPage();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapOpenApi();
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/openapi/v1.json", "QuoteIndex v1");
            o.DocumentTitle = "QuoteIndex API";
        });
        app.MapSearchApi();
        app.MapQuotesApi();
        app.MapArticlesApi();
        app.MapSpeakersApi();
        app.MapVerificationApi();
        app.MapExportsApi();
        app.MapClaimsApi();
        app.MapHealthEndpoints();
        return app;
    }
}
