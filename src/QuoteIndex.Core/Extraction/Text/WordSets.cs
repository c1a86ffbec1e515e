namespace QuoteIndex.Core.Extraction.Text;

/// <summary>Word-list lookups without a string allocation per token.</summary>
internal static class WordSets
{
    public static bool Has(this HashSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
