using System.Globalization;
using Microsoft.Extensions.Options;

namespace QuoteIndex.Store.Elasticsearch;

/// <summary>Checks <see cref="ElasticsearchOptions"/>; each message names the setting ("Store:Elasticsearch:Url") and what is wrong.</summary>
public sealed class ElasticsearchOptionsValidator : IValidateOptions<ElasticsearchOptions>
{
    public ValidateOptionsResult Validate(string? name, ElasticsearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = Problems(options).ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every problem, for callers outside the options system.</summary>
    public static void ThrowIfInvalid(ElasticsearchOptions options)
    {
        var result = new ElasticsearchOptionsValidator().Validate(null, options);
        if (result.Failed)
            throw new OptionsValidationException(nameof(ElasticsearchOptions), typeof(ElasticsearchOptions), result.Failures);
    }

    private static IEnumerable<string> Problems(ElasticsearchOptions o)
    {
        const string S = ElasticsearchOptions.Section;
        if (string.IsNullOrWhiteSpace(o.Url))
            yield return $"{S}:Url is required (for example http://127.0.0.1:9200).";
        else
        {
            foreach (var node in o.Url.Split(',', StringSplitOptions.TrimEntries))
            {
                if (!Uri.TryCreate(node, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                    yield return $"{S}:Url '{node}' is not an absolute http or https address.";
            }
        }

        var hasKey = !string.IsNullOrWhiteSpace(o.ApiKey);
        var hasUser = !string.IsNullOrWhiteSpace(o.Username);
        var hasPassword = !string.IsNullOrEmpty(o.Password);
        if (hasKey && (hasUser || hasPassword))
            yield return $"{S}:ApiKey and {S}:Username/Password are both set; use one of them.";
        if (hasUser != hasPassword)
            yield return $"{S}:Username and {S}:Password go together; only one of them is set.";

        if (o.CertificateFingerprint is { } fingerprint && !IsSha256Hex(fingerprint))
            yield return $"{S}:CertificateFingerprint must be a SHA-256 fingerprint: 64 hex digits, colons allowed.";

        if (string.IsNullOrWhiteSpace(o.IndexAlias) || !string.Equals(o.IndexAlias, o.IndexAlias.ToLowerInvariant(), StringComparison.Ordinal)
            || o.IndexAlias.IndexOfAny([' ', ',', '*', '/', '\\', '"', '?', '<', '>', '|', '#']) >= 0)
            yield return $"{S}:IndexAlias '{o.IndexAlias}' is not a valid index name (lower case, no spaces, commas, wildcards or slashes).";
        if (string.IsNullOrWhiteSpace(o.ReviewIndexAlias) || !string.Equals(o.ReviewIndexAlias, o.ReviewIndexAlias.ToLowerInvariant(), StringComparison.Ordinal)
            || o.ReviewIndexAlias.IndexOfAny([' ', ',', '*', '/', '\\', '"', '?', '<', '>', '|', '#']) >= 0 || o.ReviewIndexAlias == o.IndexAlias)
            yield return $"{S}:ReviewIndexAlias '{o.ReviewIndexAlias}' is not a valid index name (lower case, no spaces, commas, wildcards or slashes) or is the same as IndexAlias.";

        foreach (var (setting, value) in new[]
                 {
                     ("RequestTimeout", o.RequestTimeout), ("OperationTimeout", o.OperationTimeout), ("ReindexTimeout", o.ReindexTimeout),
                     ("BreakerSamplingDuration", o.BreakerSamplingDuration), ("BreakDuration", o.BreakDuration),
                     ("Bulk:FirstBackoff", o.Bulk.FirstBackoff), ("Bulk:MaxBackoff", o.Bulk.MaxBackoff),
                 })
        {
            if (value <= TimeSpan.Zero)
                yield return string.Create(CultureInfo.InvariantCulture, $"{S}:{setting} must be positive (it is {value}).");
        }

        if (o.OperationTimeout < o.RequestTimeout)
            yield return $"{S}:OperationTimeout must be at least {S}:RequestTimeout: it bounds a call with all its retries.";
        if (o.MaxRetries is < 0 or > 10)
            yield return string.Create(CultureInfo.InvariantCulture, $"{S}:MaxRetries must be between 0 and 10 (it is {o.MaxRetries}).");
        if (o.BreakerMinimumThroughput < 2)
            yield return string.Create(CultureInfo.InvariantCulture, $"{S}:BreakerMinimumThroughput must be at least 2 (it is {o.BreakerMinimumThroughput}).");
        if (o.Bulk.MaxOperations < 1)
            yield return string.Create(CultureInfo.InvariantCulture, $"{S}:Bulk:MaxOperations must be at least 1 (it is {o.Bulk.MaxOperations}).");
        if (o.Bulk.MaxBytes < 1024)
            yield return string.Create(CultureInfo.InvariantCulture, $"{S}:Bulk:MaxBytes must be at least 1024 (it is {o.Bulk.MaxBytes}).");
        if (o.Bulk.MaxAttempts < 1)
            yield return string.Create(CultureInfo.InvariantCulture, $"{S}:Bulk:MaxAttempts must be at least 1 (it is {o.Bulk.MaxAttempts}).");
    }

    private static bool IsSha256Hex(string value)
    {
        var hex = value.Replace(":", "", StringComparison.Ordinal);
        return hex.Length == 64 && hex.All(char.IsAsciiHexDigit);
    }
}
