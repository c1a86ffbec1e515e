using Spectre.Console;

namespace QuoteIndex.Cli;

/// <summary>Where a command writes: tables and messages to <see cref="Out"/>, problems to <see cref="Error"/>, data to <see cref="Data"/>.</summary>
public sealed record CliConsole(IAnsiConsole Out, TextWriter Error, Stream Data, Stream Input)
{
    public static CliConsole System() =>
        new(AnsiConsole.Console, global::System.Console.Error, global::System.Console.OpenStandardOutput(), global::System.Console.OpenStandardInput());
}
