using QuoteIndex.Api;

var app = QuoteIndexApp.Create(args);
await app.RunAsync();

/// <summary>The API's entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
