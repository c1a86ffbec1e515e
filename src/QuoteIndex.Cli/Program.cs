using System.CommandLine;
using QuoteIndex.Cli;

// Ctrl+C cancels the command's token; ingest then commits the batch in hand, which can take longer than the
// default two seconds of grace on a loaded machine.
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(30) };
return await QuoteIndexCommand.Create(CliConsole.System()).Parse(args).InvokeAsync(invocation);
