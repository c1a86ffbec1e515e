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
        ArgumentNullException.ThrowIfNull(value);
        return Hash(value, prefix: string.Empty);
    }

    /// <summary><paramref name="prefix"/> and then the digest of <paramref name="value"/>, made as one string.</summary>
    internal static string Hash(ReadOnlySpan<char> value, string prefix)
    {
        // Every quote gets an id, so the UTF-8 bytes go to the stack (or a pooled array for a long text), not the heap.
        var most = Encoding.UTF8.GetMaxByteCount(value.Length);
        var rented = most > StackBytes ? ArrayPool<byte>.Shared.Rent(most) : null;
        Span<byte> utf8 = rented ?? stackalloc byte[StackBytes];
        var length = Encoding.UTF8.GetBytes(value, utf8);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        var sha = _sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(utf8[..length]);
        sha.GetHashAndReset(digest);
        if (rented is not null)
            ArrayPool<byte>.Shared.Return(rented);
        Span<char> hex = stackalloc char[prefix.Length + DigestBytes * 2];
        prefix.CopyTo(hex);
        Convert.TryToHexStringLower(digest[..DigestBytes], hex[prefix.Length..], out _);
        return new string(hex);
    }

    /// <summary>
    /// This thread's SHA-256 state, reset after each digest: every quote gets an id, and the one-shot call sets up and
    /// frees the library's digest state each time, which cost more than hashing a sentence.
    /// </summary>
    [ThreadStatic]
    private static IncrementalHash? _sha256;

    /// <summary>Half of the SHA-256 digest: unique enough for articles and quotes, and a shorter id.</summary>
    private const int DigestBytes = 16;

    private const int StackBytes = 1024;
}
