using Elastic.Clients.Elasticsearch;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;

namespace QuoteIndex.Store.Elasticsearch;

public static class ElasticsearchServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Elasticsearch pieces, bound from "Store:Elasticsearch": the one <see cref="ElasticsearchClient"/>,
    /// the named Polly pipeline around its calls, the index bootstrapper, the reindexer and the bulk writer. The
    /// settings are checked when the client is first made (an error names the setting), so an app that never uses
    /// Elasticsearch does not need them.
    /// </summary>
    public static IServiceCollection AddElasticsearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ElasticsearchOptions>().Bind(configuration.GetSection(ElasticsearchOptions.Section));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ElasticsearchOptions>, ElasticsearchOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddResiliencePipeline(ElasticsearchResilience.PipelineName, (builder, context) =>
            ElasticsearchResilience.Configure(builder, context.ServiceProvider.GetRequiredService<IOptions<ElasticsearchOptions>>().Value));

        services.AddSingleton(Options);
        services.AddSingleton(sp => ElasticsearchClientFactory.Create(Options(sp)));
        services.AddSingleton(sp => new ElasticsearchResilience(
            sp.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(ElasticsearchResilience.PipelineName), Options(sp)));
        services.AddSingleton<QuoteIndexBootstrapper>();
        services.AddSingleton<QuoteIndexReindexer>();
        services.AddSingleton<BulkQuoteWriter>();
        return services;
    }

    private static ElasticsearchOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<ElasticsearchOptions>>().Value;
}
