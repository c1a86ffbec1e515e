using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.Intrinsics;
using System.Text;

namespace QuoteIndex.Core.Clustering;

/// <summary>
/// MinHash signatures of shingle sets and their locality-sensitive band keys. Two sets with Jaccard similarity s
/// agree on one hash with probability s, so on all rows of one band with s^rows, and share at least one band key
/// with 1 - (1 - s^rows)^bands: with 32 bands of 3 rows that is above 99.9% at s = 0.6, 23% at s = 0.2 and 0.4%
/// at s = 0.05. A store finds look-alikes by exact look-ups of these keys instead of comparing every pair.
/// </summary>
/// <remarks>Keys are stored in indexes: the seeds, the mixing and the key format must never change silently.</remarks>
internal static class MinHash
{
    public const int Bands = 32;
    public const int RowsPerBand = 3;
    public const int HashCount = Bands * RowsPerBand;

    private static readonly ulong[] Seeds = MakeSeeds();

    /// <summary>The hash of one shingle that the hash functions permute: XxHash64 of its UTF-8 bytes.</summary>
    public static ulong ShingleHash(ReadOnlySpan<char> shingle)
    {
        var length = Encoding.UTF8.GetMaxByteCount(shingle.Length);
        if (length <= StackBytes)
        {
            Span<byte> utf8 = stackalloc byte[StackBytes];
            return XxHash64.HashToUInt64(utf8[..Encoding.UTF8.GetBytes(shingle, utf8)]);
        }

        var rented = ArrayPool<byte>.Shared.Rent(length);
        var hash = XxHash64.HashToUInt64(rented.AsSpan(0, Encoding.UTF8.GetBytes(shingle, rented)));
        ArrayPool<byte>.Shared.Return(rented);
        return hash;
    }

    /// <summary>The least value of each of the <see cref="HashCount"/> hash functions over the shingles' <see cref="ShingleHash"/>es.</summary>
    public static ulong[] Signature(ReadOnlySpan<ulong> shingleHashes)
    {
        var minimums = new ulong[HashCount];
        Array.Fill(minimums, ulong.MaxValue);
        foreach (var hash in shingleHashes)
            Lower(minimums, hash);
        return minimums;
    }

    // Every shingle goes through all 96 hash functions: four lanes at a time where the hardware allows, with the
    // same arithmetic as the one-at-a-time loop, so the keys are the same on every machine.
    private static void Lower(ulong[] minimums, ulong hash)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var lanes = Vector256.Create(hash);
            for (; i + Vector256<ulong>.Count <= minimums.Length; i += Vector256<ulong>.Count)
            {
                var mixed = Mix(lanes ^ Vector256.Create(Seeds, i));
                Vector256.Min(Vector256.Create(minimums, i), mixed).CopyTo(minimums, i);
            }
        }

        for (; i < minimums.Length; i++)
            minimums[i] = Math.Min(minimums[i], Mix(hash ^ Seeds[i]));
    }

    /// <summary>One hash per band, of its rows: what a band key (<see cref="BandKey"/>) is made of.</summary>
    public static ulong[] BandHashes(ulong[] signature)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(signature.Length, HashCount);
        var hashes = new ulong[Bands];
        Span<byte> rows = stackalloc byte[RowsPerBand * sizeof(ulong)];
        for (var band = 0; band < Bands; band++)
        {
            for (var row = 0; row < RowsPerBand; row++)
                BinaryPrimitives.WriteUInt64LittleEndian(rows[(row * sizeof(ulong))..], signature[(band * RowsPerBand) + row]);
            hashes[band] = XxHash64.HashToUInt64(rows);
        }

        return hashes;
    }

    /// <summary>The key of one band ("b07-3f0c…"): the band's number and the hash of its rows.</summary>
    public static string BandKey(int band, ulong bandHash)
    {
        Span<char> key = stackalloc char[BandKeyChars];
        return new string(Format(key, band, bandHash));
    }

    /// <summary>The <see cref="QuoteSignature.KeyHash(string)"/> of <see cref="BandKey"/>, without making the string.</summary>
    public static ulong BandKeyHash(int band, ulong bandHash)
    {
        Span<char> key = stackalloc char[BandKeyChars];
        return QuoteSignature.KeyHashOf(Format(key, band, bandHash));
    }

    private const int BandKeyChars = 20;

    private static ReadOnlySpan<char> Format(Span<char> key, int band, ulong bandHash)
    {
        if (!key.TryWrite(CultureInfo.InvariantCulture, $"b{band:D2}-{bandHash:x16}", out var written))
            throw new InvalidOperationException($"Band {band} does not fit a band key.");
        return key[..written];
    }

    // The splitmix64 finaliser: a bijection that spreads every input bit over the output, so XOR with a distinct
    // seed before it gives a distinct, well-mixed permutation of the shingle hashes.
    private static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static Vector256<ulong> Mix(Vector256<ulong> x)
    {
        x ^= Vector256.ShiftRightLogical(x, 30);
        x *= Vector256.Create(0xBF58476D1CE4E5B9UL);
        x ^= Vector256.ShiftRightLogical(x, 27);
        x *= Vector256.Create(0x94D049BB133111EBUL);
        return x ^ Vector256.ShiftRightLogical(x, 31);
    }

    /// <summary>A shingle is two words: its UTF-8 bytes go to the stack up to this length.</summary>
    private const int StackBytes = 256;

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[HashCount];
        var state = 0x2545F4914F6CDD1DUL;
        for (var i = 0; i < seeds.Length; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }

        return seeds;
    }
}
