using Microsoft.Extensions.Options;
using QuoteIndex.Store.Elasticsearch;

namespace QuoteIndex.Store.Tests.Elasticsearch;

public sealed class ElasticsearchOptionsValidatorTests
{
    [Fact]
    public void Validate_SensibleOptions_Pass()
    {
        var result = new ElasticsearchOptionsValidator().Validate(null, new ElasticsearchOptions { Url = "https://127.0.0.1:9200", ApiKey = "aW52ZW50ZWQ6a2V5" });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData(null, null, null, null, "Store:Elasticsearch:Url is required")]
    [InlineData("127.0.0.1:9200", null, null, null, "Store:Elasticsearch:Url '127.0.0.1:9200' is not an absolute http or https address")]
    [InlineData("http://127.0.0.1:9200,ftp://127.0.0.1", null, null, null, "Store:Elasticsearch:Url 'ftp://127.0.0.1' is not")]
    [InlineData("http://127.0.0.1:9200", "key", "elastic", "pw", "Store:Elasticsearch:ApiKey and Store:Elasticsearch:Username/Password are both set")]
    [InlineData("http://127.0.0.1:9200", null, "elastic", null, "Store:Elasticsearch:Username and Store:Elasticsearch:Password go together")]
    public void Validate_BadSettings_NameTheSetting(string? url, string? apiKey, string? username, string? password, string expected)
    {
        var options = new ElasticsearchOptions { Url = url, ApiKey = apiKey, Username = username, Password = password };

        var result = new ElasticsearchOptionsValidator().Validate(null, options);

        Assert.Contains(result.Failures!, f => f.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_FingerprintAliasAndBounds_NameTheSetting()
    {
        var options = new ElasticsearchOptions
        {
            Url = "http://127.0.0.1:9200",
            CertificateFingerprint = "AB:CD",
            IndexAlias = "Quotes",
            MaxRetries = -1,
            Bulk = new BulkOptions { MaxBytes = 10 },
        };

        var failures = new ElasticsearchOptionsValidator().Validate(null, options).Failures!.ToList();

        Assert.Contains(failures, f => f.StartsWith("Store:Elasticsearch:CertificateFingerprint", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Store:Elasticsearch:IndexAlias 'Quotes'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Store:Elasticsearch:MaxRetries", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Store:Elasticsearch:Bulk:MaxBytes", StringComparison.Ordinal));
    }

    [Fact]
    public void ClientFactory_InvalidOptions_ThrowsWithTheMessages()
    {
        var error = Assert.Throws<OptionsValidationException>(() => ElasticsearchClientFactory.Create(new ElasticsearchOptions()));

        Assert.Contains("Store:Elasticsearch:Url is required", error.Message, StringComparison.Ordinal);
    }
}
