using System.Security.Cryptography;
using System.Text;

namespace QuoteIndex.Core.Articles;

/// <summary>Stable identifiers, so that ingesting the same input twice changes nothing.</summary>
public static class ArticleIdentity
{
    /// <summary>An article's id: its canonical URL when it has one, else a hash of its title and text.</summary>
    public static string For(Uri? url, string? title, string text) =>
        url is not null ? url.AbsoluteUri : "sha256:" + Hash($"{title}\n{text}");

    /// <summary>A short, URL-safe hex digest of <paramref name="value"/>.</summary>
    public static string Hash(string value)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(value), digest);
        return Convert.ToHexStringLower(digest[..16]);
    }
}
