using QuoteIndex.Core.Extraction.Text;

namespace QuoteIndex.Core.Extraction.Occasions;

/// <summary>What a lowercase word can do in the patterns of occasion resolution.</summary>
[Flags]
internal enum WordRoles : byte
{
    None = 0,

    /// <summary>A venue phrase may open on it ("at", "told", "tweeted"): see <see cref="VenueFinder"/>.</summary>
    OpensVenue = 1,

    /// <summary>A time expression may start on its stem ("Monday's", "yesterday", "21st"): see <see cref="DateExpressions"/>.</summary>
    OpensDate = 2,

    /// <summary>One of <see cref="Words.ClauseBreaks"/>.</summary>
    BreaksClause = 4,

    /// <summary>Its stem is "committee" or "subcommittee", the end of a committee's name.</summary>
    EndsCommittee = 8,

    /// <summary>Its stem can be the head noun of a venue phrase ("rally", "interviews", "hall"): see <see cref="VenueLexicon.HeadWords"/>.</summary>
    HeadsVenue = 16,
}

/// <summary>
/// The roles of a word, found once for each distinct word of an article as the tokenizer first meets it: the passes over
/// every token then test a bit, where each would otherwise hash the word into a word list of its own.
/// </summary>
internal static class WordRoleLexicon
{
    private static readonly Dictionary<string, WordRoles> Roles = Build();
    private static readonly Dictionary<string, WordRoles>.AlternateLookup<ReadOnlySpan<char>> RoleLookup = Roles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every word with a role of its own; <see cref="CommonWords"/> holds them all, with their roles.</summary>
    public static IEnumerable<string> Listed => Roles.Keys;

    /// <summary>The roles of a lowercase word as <see cref="Tokenizer"/> writes it (curly apostrophes already straight).</summary>
    public static WordRoles Of(ReadOnlySpan<char> lower) => Of(lower, Find(lower));

    /// <summary>
    /// <see cref="Of(ReadOnlySpan{char})"/> of a word that is not one of <see cref="Listed"/> (<see cref="CommonWords"/> did
    /// not know it): its own look-up would find nothing, and only its stem and shape can give it a role.
    /// </summary>
    public static WordRoles OfUnlisted(ReadOnlySpan<char> lower) => Of(lower, WordRoles.None);

    private static WordRoles Of(ReadOnlySpan<char> lower, WordRoles roles)
    {
        // A time expression and a venue noun are read from the word without its possessive ending, as Token.Stem gives it.
        var stem = lower;
        if (lower.EndsWith("'s") || (lower.Length > 2 && lower.EndsWith("s'")))
        {
            stem = lower[..^(lower.EndsWith('\'') ? 1 : 2)];
            roles = (roles & ~StemRoles) | (Find(stem) & StemRoles);
        }

        if (stem is "committee" or "subcommittee")
            roles |= WordRoles.EndsCommittee;

        if (stem.Length > 0 && char.IsAsciiDigit(stem[0]))
            roles |= WordRoles.OpensDate;
        return roles;
    }

    private const WordRoles StemRoles = WordRoles.OpensDate | WordRoles.HeadsVenue;

    /// <summary>Most words have no role: their shape turns them away before they are hashed.</summary>
    private static readonly WordShapes Shapes = new(Roles.Keys);

    private static WordRoles Find(ReadOnlySpan<char> word) =>
        Shapes.MayHold(word) && RoleLookup.TryGetValue(word, out var roles) ? roles : WordRoles.None;

    private static Dictionary<string, WordRoles> Build()
    {
        var roles = new Dictionary<string, WordRoles>(StringComparer.Ordinal);
        void Add(IEnumerable<string> words, WordRoles role)
        {
            foreach (var word in words)
                roles[word] = roles.GetValueOrDefault(word) | role;
        }

        Add(VenueFinder.Openers, WordRoles.OpensVenue);
        Add(DateExpressions.Openers, WordRoles.OpensDate);
        Add(Words.ClauseBreaks, WordRoles.BreaksClause);
        Add(VenueLexicon.HeadWords(), WordRoles.HeadsVenue);
        return roles;
    }
}
