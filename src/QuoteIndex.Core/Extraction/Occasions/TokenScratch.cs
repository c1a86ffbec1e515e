namespace QuoteIndex.Core.Extraction.Occasions;

/// <summary>
/// The arrays with one entry per token that occasion resolution builds for an article, kept per thread and reused
/// article after article: they came to a fifth of all the memory extraction allocated. An array may be longer than the
/// article's tokens; readers stop at the token count. Only one article is resolved at a time on a thread, and its
/// <see cref="ArticleOccasions"/> is dropped before the next begins.
/// </summary>
internal sealed class TokenScratch
{
    /// <summary>Arrays grown past this many entries (an outsized article) are not kept, so they do not pin memory to the thread.</summary>
    private const int KeptLength = 1 << 20;

    [ThreadStatic]
    private static TokenScratch? _current;

    private bool[]? _masked;
    private bool[]? _venueMasked;
    private int[]? _tokenSentence;
    private int[]? _breakPrefix;
    private int[]? _unmaskedPrefix;
    private string?[]? _tokenKey;
    private int[]? _keyAfter;
    private int[]? _pronounBefore;
    private int[]? _nextVenueHead;

    public static TokenScratch ForThread => _current ??= new TokenScratch();

    public bool[] Masked(int length) => Reuse(ref _masked, length);
    public bool[] VenueMasked(int length) => Reuse(ref _venueMasked, length);
    public int[] TokenSentence(int length) => Reuse(ref _tokenSentence, length);
    public int[] BreakPrefix(int length) => Reuse(ref _breakPrefix, length);
    public int[] UnmaskedPrefix(int length) => Reuse(ref _unmaskedPrefix, length);
    public int[] KeyAfter(int length) => Reuse(ref _keyAfter, length);
    public int[] PronounBefore(int length) => Reuse(ref _pronounBefore, length);
    public int[] NextVenueHead(int length) => Reuse(ref _nextVenueHead, length);

    /// <summary>Unlike the others, emptied: only the tokens that name a speaker are written.</summary>
    public string?[] TokenKey(int length)
    {
        var keys = Reuse(ref _tokenKey, length);
        Array.Clear(keys, 0, length);
        return keys;
    }

    /// <summary>The kept array when it is long enough; else a new one, kept unless outsized. The contents are stale.</summary>
    private static T[] Reuse<T>(ref T[]? kept, int length)
    {
        if (kept is not null && kept.Length >= length)
            return kept;
        var made = new T[Math.Max(length, 1024)];
        if (made.Length <= KeptLength)
            kept = made;
        return made;
    }
}
