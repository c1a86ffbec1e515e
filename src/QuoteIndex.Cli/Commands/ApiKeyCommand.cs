using System.CommandLine;
using QuoteIndex.Api.Security;
using Spectre.Console;

namespace QuoteIndex.Cli.Commands;

/// <summary>`quoteindex api-key`: a new key for a client that writes through the API, and the hash the server stores.</summary>
public static class ApiKeyCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("api-key",
            "Make a new API key for writing through the API (POST /api/v1/articles). Give the key to the client; put only its hash " +
            "in the server's configuration, e.g. the environment variable Api__KeyHashes__0=<hash>.");
        command.SetAction(_ =>
        {
            var key = ApiKeys.NewKey();
            console.Out.WriteLine($"key:  {key}");
            console.Out.WriteLine($"hash: {ApiKeys.Hash(key)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
