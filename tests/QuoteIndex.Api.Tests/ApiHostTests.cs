namespace QuoteIndex.Api.Tests;

/// <summary>A test class that talks to its own fresh API host (and index folder) through <see cref="Client"/>.</summary>
public abstract class ApiHostTests : IAsyncLifetime
{
    protected QuoteIndexApiFactory Api { get; } = new();

    protected HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Client = Api.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Api.DisposeAsync();
}
