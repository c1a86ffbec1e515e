using System.Security.Cryptography;
using System.Text;

namespace QuoteIndex.Api.Security;

/// <summary>Making, hashing and checking API keys.</summary>
public static class ApiKeys
{
    private const string Prefix = "sha256:";

    /// <summary>A new random key (256 bits, URL-safe) to hand to a client.</summary>
    public static string NewKey() =>
        "qi_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>What the configuration stores for <paramref name="key"/>.</summary>
    public static string Hash(string key) =>
        Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The stored hash as bytes, or null when it is not "sha256:" and 64 hex digits.</summary>
    public static byte[]? ParseHash(string stored)
    {
        var hex = stored.Trim();
        if (!hex.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || hex.Length != Prefix.Length + 64)
            return null;
        try
        {
            return Convert.FromHexString(hex.AsSpan(Prefix.Length));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// True when <paramref name="key"/> hashes to one of <paramref name="hashes"/>. Every hash is compared, each in
    /// constant time, so the answer's timing says nothing about which key or how much of it matched.
    /// </summary>
    public static bool Matches(string key, IReadOnlyList<byte[]> hashes)
    {
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        var match = false;
        foreach (var hash in hashes)
            match |= CryptographicOperations.FixedTimeEquals(presented, hash);
        return match;
    }
}
