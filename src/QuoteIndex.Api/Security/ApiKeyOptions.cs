namespace QuoteIndex.Api.Security;

/// <summary>
/// The "Api" configuration section: who may write. Keys are never stored, only their SHA-256 hashes
/// (`quoteindex api-key` makes a key and its hash). With no hash configured, writing is switched off.
/// </summary>
public sealed class ApiKeyOptions
{
    public const string Section = "Api";

    /// <summary>The header that carries the key.</summary>
    public const string Header = "X-Api-Key";

    /// <summary>SHA-256 hashes of the accepted keys, as "sha256:" and 64 hex digits.</summary>
    public IList<string> KeyHashes { get; } = [];
}
