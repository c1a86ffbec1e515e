using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Speakers;

/// <summary>A person or body the article names, with what the article has said about them.</summary>
internal sealed class ArticleEntity
{
    public ArticleEntity(string name, MentionKind kind)
        : this(name, kind, name.Split(' '))
    {
    }

    /// <summary>
    /// A name given as its words (none empty, none with a space), kept as they are rather than joined and split again;
    /// <paramref name="phrase"/>, the text they were read from, is the name itself when it is just those words.
    /// </summary>
    public ArticleEntity(string[] words, string phrase, MentionKind kind)
        : this(IsJoinOf(phrase, words) ? phrase : string.Join(' ', words), kind, words)
    {
    }

    private ArticleEntity(string name, MentionKind kind, string[] words)
    {
        Name = name;
        Kind = kind;
        Words = words;
    }

    private readonly List<string> _aliases = [];

    /// <summary>Whether <paramref name="phrase"/> is <paramref name="words"/> with one space between each two.</summary>
    private static bool IsJoinOf(string phrase, string[] words)
    {
        var at = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0 && (at >= phrase.Length || phrase[at++] != ' '))
                return false;
            if (!phrase.AsSpan(at).StartsWith(words[i], StringComparison.Ordinal))
                return false;
            at += words[i].Length;
        }

        return at == phrase.Length;
    }

    public string Name { get; private set; }
    public MentionKind Kind { get; }
    public string[] Words { get; private set; }
    public List<string> Roles { get; } = [];
    public int Gender { get; private set; }
    public bool IsSpeaker { get; set; }
    public int LastSeen { get; set; }

    /// <summary>Where the person last stood as the subject of a clause; -1 before that happens.</summary>
    public int LastSubject { get; set; } = -1;

    /// <summary>Named people (not bodies, roles or unnamed sources) can be "he" or "she".</summary>
    public bool IsPerson => Kind == MentionKind.Name;

    public bool Matches(string[] words) => Matches(words, words.Length > 1 && NameWords.Particles.Has(words[0]));

    /// <summary><see cref="Matches(string[])"/>, told whether <paramref name="words"/> are more than one and open with a particle.</summary>
    public bool Matches(string[] words, bool particleFirst)
    {
        if (words.Length == 0)
            return false;
        // "Van der Maas said" for "Anouk van der Maas", "de la Cruz" for "Jorge de la Cruz Aldana": a surname with its particles.
        if (particleFirst && (EndsWith(words) || Contains(words)))
            return true;
        var surname = words[^1];
        if (string.Equals(Words[^1], surname, StringComparison.OrdinalIgnoreCase))
            return words.Length == 1 || Words.Length == 1 || string.Equals(Words[0], words[0], StringComparison.OrdinalIgnoreCase)
                || Words[0].Length <= 2 || words[0].Length <= 2; // initials: "J. Okonkwo"
        // "Ottilie" for "Ottilie Marsh"
        return words.Length == 1 && Words.Length > 1 && string.Equals(Words[0], surname, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary><see cref="Matches(string[])"/> of a name of one word.</summary>
    public bool MatchesOne(ReadOnlySpan<char> word) =>
        Words[^1].AsSpan().Equals(word, StringComparison.OrdinalIgnoreCase)
        || Words.Length > 1 && Words[0].AsSpan().Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool Contains(string[] words)
    {
        for (var start = 0; start + words.Length <= Words.Length; start++)
        {
            var all = true;
            for (var i = 0; i < words.Length && all; i++)
                all = string.Equals(Words[start + i], words[i], StringComparison.OrdinalIgnoreCase);
            if (all)
                return true;
        }

        return false;
    }

    private bool EndsWith(string[] words)
    {
        if (words.Length > Words.Length)
            return false;
        for (var i = 1; i <= words.Length; i++)
        {
            if (!string.Equals(Words[^i], words[^i], StringComparison.OrdinalIgnoreCase))
                return false;
        }

        return true;
    }

    public void Rename(string fullName)
    {
        _aliases.Add(Name);
        Name = fullName;
        Words = fullName.Split(' ');
    }

    public void AddAlias(string alias)
    {
        if (!string.Equals(alias, Name, StringComparison.Ordinal) && !_aliases.Contains(alias))
            _aliases.Add(alias);
    }

    public void AddRole(string role)
    {
        role = role.Trim().TrimEnd(',');
        if (role.Length <= 5 && FirstNames.GenderOf(role) != 0)
            return; // "Mr.", "Mrs.", "Sir": a form of address, not a role.
        if (role.Length == 0)
            return;
        // A loop rather than LINQ's Contains with a comparer, which would box the list's enumerator on every name.
        foreach (var known in Roles)
        {
            if (string.Equals(known, role, StringComparison.OrdinalIgnoreCase))
                return;
        }

        Roles.Add(role);
    }

    /// <remarks>Asked for every name the article mentions: a span, so nothing is made for a person whose gender is known.</remarks>
    public void LearnGender(ReadOnlySpan<char> word)
    {
        if (Gender == 0 && Kind == MentionKind.Name)
        {
            Gender = word.Equals("he", StringComparison.OrdinalIgnoreCase) ? 1
                : word.Equals("she", StringComparison.OrdinalIgnoreCase) ? -1
                : FirstNames.GenderOf(word);
        }
    }

    public Speaker ToSpeaker(TextSpan mention) =>
        new(Name, mention)
        {
            Role = Roles.Count > 0 ? Roles[0] : null,
            Aliases = [.. _aliases],
        };
}
