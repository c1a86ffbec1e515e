using System.Text;
using Spectre.Console;

namespace QuoteIndex.Cli.Tests;

/// <summary>Runs `quoteindex` in-process and captures what it writes: the table console, standard error and standard output.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error, string Data)
{
    public static async Task<CliRun> RunAsync(string[] args, string stdin = "")
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;
        var error = new StringWriter();
        using var data = new MemoryStream();
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(stdin));
        var exitCode = await QuoteIndexCommand.Create(new CliConsole(console, error, data, input)).Parse(args).InvokeAsync();
        return new CliRun(exitCode, output.ToString(), error.ToString(), Encoding.UTF8.GetString(data.ToArray()));
    }
}
