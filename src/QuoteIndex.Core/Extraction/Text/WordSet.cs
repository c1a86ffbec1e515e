namespace QuoteIndex.Core.Extraction.Text;

/// <summary>
/// A word list looked up by span, with no string made per token, that turns away most words before hashing them: the
/// extractor asks its lists about nearly every word of an article, and most of those words are in none.
/// </summary>
internal sealed class WordSet : HashSet<string>
{
    /// <summary>
    /// Made on the first look-up, as the lists are filled by their initialisers after construction and never changed
    /// after; two threads that both make it make the same thing.
    /// </summary>
    private WordShapes? _shapes;
    private readonly AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(StringComparer comparer)
        : base(comparer) => _lookup = GetAlternateLookup<ReadOnlySpan<char>>();

    public WordSet(IEnumerable<string> words, StringComparer comparer)
        : base(words, comparer) => _lookup = GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Has(ReadOnlySpan<char> word) => (_shapes ??= new WordShapes(this)).MayHold(word) && _lookup.Contains(word);
}
