using System.Collections.Frozen;

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
    private Lookup? _lookup;

    public WordSet(StringComparer comparer)
        : base(comparer)
    {
    }

    public WordSet(IEnumerable<string> words, StringComparer comparer)
        : base(words, comparer)
    {
    }

    public bool Has(ReadOnlySpan<char> word)
    {
        var lookup = _lookup ??= new Lookup(this);
        return lookup.Shapes.MayHold(word) && (lookup.Folded is { } folded ? folded.TryGetValue(word, out _) : lookup.Words!.Value.Contains(word));
    }

    /// <summary>
    /// The shapes, and a copy of the words made for look-ups by span: a case-insensitive list as <see cref="FoldedWords{TValue}"/>,
    /// which hashes a short ASCII word in a few instructions; a case-sensitive one as a frozen set, which hashes only the
    /// few characters that tell its words apart. Only one of the two is made.
    /// </summary>
    private sealed class Lookup
    {
        public Lookup(WordSet set)
        {
            Shapes = new WordShapes(set);
            if (ReferenceEquals(set.Comparer, StringComparer.OrdinalIgnoreCase))
                Folded = new FoldedWords<bool>(set.ToDictionary(word => word, _ => true, set.Comparer));
            else
                Words = set.ToFrozenSet(set.Comparer).GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public WordShapes Shapes { get; }

        /// <summary>Made for a case-insensitive list.</summary>
        public FoldedWords<bool>? Folded { get; }

        /// <summary>Made for any other list.</summary>
        public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>? Words { get; }
    }
}
