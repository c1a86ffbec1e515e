using System.Buffers;
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
        // Every quote gets an id, so the UTF-8 bytes go to the stack (or a pooled array for a long text), not the heap.
        var most = Encoding.UTF8.GetMaxByteCount(value.Length);
        var rented = most > StackBytes ? ArrayPool<byte>.Shared.Rent(most) : null;
        Span<byte> utf8 = rented ?? stackalloc byte[StackBytes];
        var length = Encoding.UTF8.GetBytes(value, utf8);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8[..length], digest);
        if (rented is not null)
            ArrayPool<byte>.Shared.Return(rented);
        return Convert.ToHexStringLower(digest[..16]);
    }

    private const int StackBytes = 1024;
}
