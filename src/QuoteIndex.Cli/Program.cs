using QuoteIndex.Cli;

return await QuoteIndexCommand.Create(CliConsole.System()).Parse(args).InvokeAsync();
