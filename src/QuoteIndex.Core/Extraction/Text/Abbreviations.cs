namespace QuoteIndex.Core.Extraction.Text;

/// <summary>Words that end in a period without ending a sentence ("Mr. Smith", "Sept. 24", "U.S. officials").</summary>
internal static class Abbreviations
{
    private static readonly WordSet Words = new(StringComparer.OrdinalIgnoreCase)
    {
        // Titles and honorifics
        "mr", "mrs", "ms", "messrs", "dr", "prof", "rev", "fr", "sr", "jr", "st", "hon", "sen", "sens", "rep", "reps",
        "gov", "govs", "lt", "gen", "col", "maj", "capt", "cpl", "sgt", "adm", "cmdr", "pres", "supt", "insp", "det",
        "amb", "atty", "mt", "pvt", "ft", "esq",
        // Months and days
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        // Organisations, places, references
        "inc", "co", "corp", "ltd", "llc", "plc", "bros", "dept", "univ", "assn", "natl", "intl", "govt",
        "no", "nos", "vol", "vols", "p", "pp", "fig", "ch", "art", "sec", "ed", "eds", "approx", "est", "vs", "v",
        "ave", "blvd", "rd", "hwy", "cf", "al", "i.e", "e.g", "a.m", "p.m",
        // US state abbreviations in AP style
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la",
        "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va",
        "vt", "wash", "wis", "wyo",
    };

    /// <summary>
    /// True when the period at <paramref name="period"/> closes an abbreviation or an initial rather than a sentence.
    /// </summary>
    public static bool EndsAbbreviation(string text, int period)
    {
        var start = period;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
            start--;
        if (start == period)
            return false;
        var word = text.AsSpan(start, period - start);
        // "J." (an initial) and "U.S." / "a.m." (dotted letters) never end a sentence on their own.
        if (word.Length == 1 && char.IsUpper(word[0]))
            return true;
        if (word.Contains('.'))
            return IsDottedLetters(word);
        // "No. 10" abbreviates "number"; "voted no." ends a sentence.
        if (word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.Equals("nos", StringComparison.OrdinalIgnoreCase))
            return char.IsUpper(word[0]) && period + 2 < text.Length && char.IsDigit(text[period + 2]);
        return Words.Has(word);
    }

    private static bool IsDottedLetters(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if ((i % 2 == 0) != char.IsLetter(word[i]))
                return false;
        }

        return true;
    }
}
