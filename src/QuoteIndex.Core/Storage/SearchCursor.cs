using System.Buffers.Binary;
using System.Buffers.Text;
using System.IO.Hashing;
using System.Text;

namespace QuoteIndex.Core.Storage;

/// <summary>
/// Where a page of a search ended: the last hit's sort values and id (the tiebreak), to search after. Sent to clients
/// as an opaque string bound to its search, so a cursor from another search, or one edited, is refused.
/// </summary>
/// <param name="Score">The last hit's score (relevance order).</param>
/// <param name="Value">The last hit's date as the store sorts it (date orders).</param>
/// <param name="Id">The last hit's quote id.</param>
public sealed record SearchCursor(double Score, long Value, string Id)
{
    // Version 1: after a hit (score, value, id). Version 2: at a position (a collapsed search).
    private const byte Version = 1;
    private const byte PositionVersion = 2;
    private const int HeaderLength = 1 + 4 + 8 + 8;
    private const int PositionLength = 1 + 4 + 4 + 4;

    /// <summary>
    /// How many hits earlier pages held, for a search collapsed to one hit per cluster (<see cref="QuoteQuery.CollapseClusters"/>),
    /// which continues by position rather than after a hit; null for a cursor after a hit.
    /// </summary>
    public int? Position { get; private init; }

    /// <summary>
    /// The furthest position a cursor may carry back: a store keeps every hit up to the page, so a position crafted
    /// near <see cref="int.MaxValue"/> must not reach it (the checksum keeps out typing errors, not intent).
    /// </summary>
    public const int MaxPosition = 1_000_000;

    /// <summary>The cursor of a collapsed search whose earlier pages held <paramref name="position"/> hits.</summary>
    public static SearchCursor AtPosition(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        return new SearchCursor(0, 0, "") { Position = position };
    }

    /// <summary>The cursor as a URL-safe string that only <paramref name="query"/> (the same search) accepts back.</summary>
    public string Encode(QuoteQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (Position is { } position)
        {
            var at = new byte[PositionLength];
            at[0] = PositionVersion;
            BinaryPrimitives.WriteUInt32LittleEndian(at.AsSpan(1), Fingerprint(query));
            BinaryPrimitives.WriteInt32LittleEndian(at.AsSpan(5), position);
            BinaryPrimitives.WriteUInt32LittleEndian(at.AsSpan(9), XxHash32.HashToUInt32(at.AsSpan(0, 9)));
            return Base64Url.EncodeToString(at);
        }

        var id = Encoding.UTF8.GetBytes(Id);
        var bytes = new byte[HeaderLength + id.Length + 4];
        bytes[0] = Version;
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(1), Fingerprint(query));
        BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(5), Score);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(13), Value);
        id.CopyTo(bytes.AsSpan(HeaderLength));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(bytes.Length - 4), XxHash32.HashToUInt32(bytes.AsSpan(0, bytes.Length - 4)));
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>The cursor <paramref name="text"/> encodes for <paramref name="query"/>.</summary>
    /// <exception cref="InvalidQueryException">The text is not a cursor this search gave out.</exception>
    public static SearchCursor Decode(string text, QuoteQuery query)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(query);
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(text.Trim());
        }
        catch (FormatException)
        {
            throw Unknown();
        }

        var known = bytes.Length >= 1 && (bytes[0] == Version ? bytes.Length >= HeaderLength + 1 + 4 : bytes[0] == PositionVersion && bytes.Length == PositionLength);
        if (!known || BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(bytes.Length - 4)) != XxHash32.HashToUInt32(bytes.AsSpan(0, bytes.Length - 4)))
            throw Unknown();
        if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(1)) != Fingerprint(query))
            throw new InvalidQueryException("The cursor belongs to another search (its query, filters, sort or collapse differ); start again without a cursor.") { Input = "cursor" };

        if (bytes[0] == PositionVersion)
        {
            var position = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(5));
            if (position < 0)
                throw Unknown();
            return position <= MaxPosition
                ? AtPosition(position)
                : throw new InvalidQueryException($"A search with one hit per statement pages through its first {MaxPosition:N0} statements only; narrow the search.") { Input = "cursor" };
        }

        return new SearchCursor(
            BinaryPrimitives.ReadDoubleLittleEndian(bytes.AsSpan(5)),
            BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(13)),
            Encoding.UTF8.GetString(bytes.AsSpan(HeaderLength, bytes.Length - HeaderLength - 4)));
    }

    private static InvalidQueryException Unknown() =>
        new("The cursor is not one this server gave out, or it was changed; use the `next` value of a page as it is.") { Input = "cursor" };

    // What makes two requests the same search; the page size, facets and highlighting may change between pages.
    private static uint Fingerprint(QuoteQuery query)
    {
        var f = query.Filter;
        var text = string.Join('\u001F',
            query.Text?.Trim() ?? "", query.EffectiveSort, query.DateField,
            string.Join(',', f.SpeakerKeys), string.Join(',', f.Outlets), string.Join(',', f.VenueTypes), string.Join(',', f.Kinds),
            string.Join(',', f.Languages), f.StatementDates?.From, f.StatementDates?.To, f.PublishedDates?.From, f.PublishedDates?.To,
            f.MinConfidence);
        // Appended only when set, so that cursors given out before collapse existed stay valid.
        if (query.CollapseClusters)
            text += "\u001Fcollapse=cluster";
        return XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(text));
    }
}
