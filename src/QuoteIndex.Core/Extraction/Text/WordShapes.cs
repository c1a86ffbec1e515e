namespace QuoteIndex.Core.Extraction.Text;

/// <summary>
/// The shapes of a list's words (length, first and last letter, case folded), for a quick "not in the list" that holds
/// under ordinal and ordinal-ignore-case comparison alike. A word with a character outside ASCII at either end is never
/// turned away: case folding outside ASCII can make two different characters equal.
/// </summary>
internal sealed class WordShapes
{
    private const int Lengths = 16;
    private const int CodeCount = 32;

    /// <summary>For each (length, first character) a bit per last character.</summary>
    private readonly ulong[] _last = new ulong[Lengths * CodeCount];
    private readonly int _longest;

    public WordShapes(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            _longest = Math.Max(_longest, word.Length);
            if (word.Length == 0 || !char.IsAscii(word[0]) || !char.IsAscii(word[^1]))
            {
                // Such a word could match words of any shape of its length: let every word of that length through.
                for (var k = 0; k < CodeCount; k++)
                    _last[Slot(word.Length, k)] = ulong.MaxValue;
                continue;
            }

            _last[Slot(word.Length, Code(word[0]))] |= 1UL << Code(word[^1]);
        }
    }

    public bool MayHold(ReadOnlySpan<char> word)
    {
        if (word.Length > _longest)
            return false;
        if (word.Length == 0 || !char.IsAscii(word[0]) || !char.IsAscii(word[^1]))
            return true;
        return (_last[Slot(word.Length, Code(word[0]))] & (1UL << Code(word[^1]))) != 0;
    }

    private static int Slot(int length, int first) => Math.Min(length, Lengths - 1) * CodeCount + first;

    /// <summary>Letters fold to one code per letter; digits, '.', '\'' and '-' have their own; other ASCII shares one.</summary>
    private static int Code(char c) => Codes[c];

    private static readonly byte[] Codes = MakeCodes();

    private static byte[] MakeCodes()
    {
        var codes = new byte[128];
        for (var c = 0; c < codes.Length; c++)
        {
            codes[c] = (char)c switch
            {
                >= 'a' and <= 'z' => (byte)(c - 'a'),
                >= 'A' and <= 'Z' => (byte)(c - 'A'),
                >= '0' and <= '9' => 26,
                '.' => 27,
                '\'' => 28,
                '-' => 29,
                _ => 30,
            };
        }

        return codes;
    }
}
