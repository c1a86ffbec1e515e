namespace QuoteIndex.Web.Tests;

/// <summary>One API host and one Chromium for every browser test: starting them is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSession>
{
    public const string Name = "browser";
}
