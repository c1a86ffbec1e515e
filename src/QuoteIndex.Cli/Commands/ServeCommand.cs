using System.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using QuoteIndex.Api;

namespace QuoteIndex.Cli.Commands;

/// <summary>`quoteindex serve`: the REST API, its OpenAPI document and Swagger UI, until Ctrl+C.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Serve the REST API (OpenAPI at /openapi/v1.json, Swagger UI at /swagger).") { CommonOptions.Urls };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await RunAsync(parse.GetValue(CommonOptions.Data)!, parse.GetValue(CommonOptions.Urls)!, cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }

    public static async Task RunAsync(DirectoryInfo data, string urls, CancellationToken cancellationToken)
    {
        var app = QuoteIndexApp.Create([], builder =>
        {
            builder.WebHost.UseUrls(urls);
            builder.Configuration.AddInMemoryCollection(CliStore.Settings(data));
            builder.Configuration.AddEnvironmentVariables("QUOTEINDEX_");
        });
        await using (app)
        {
            await app.StartAsync(cancellationToken);
            await app.WaitForShutdownAsync(cancellationToken);
        }
    }
}
