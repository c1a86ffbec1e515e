namespace QuoteIndex.Core.Extraction.Speakers;

/// <summary>The people and bodies an article has named so far.</summary>
internal sealed class PersonRegistry(string text)
{
    private readonly List<ArticleEntity> _entities = [];

    public ArticleEntity Register(Mention mention, bool asSpeaker)
    {
        var head = mention.Head.Of(text);
        return Register(mention, head, NameParts(head), asSpeaker);
    }

    private ArticleEntity Register(Mention mention, string head, string[] words, bool asSpeaker)
    {
        if (words.Length == 0)
            return Unresolved(mention);
        var entity = Find(words, mention.Kind);
        if (entity is null)
        {
            entity = new ArticleEntity(words, head, mention.Kind == MentionKind.Organisation ? MentionKind.Organisation : MentionKind.Name);
            _entities.Add(entity);
        }
        else if (words.Length > entity.Words.Length && mention.Kind == MentionKind.Name)
        {
            entity.Rename(string.Join(' ', words)); // "Marsh" seen first, then "Ottilie Marsh"
        }

        entity.AddAlias(head);
        if (mention.Role is { } role)
            entity.AddRole(role);
        entity.LearnGender(FirstWord(text.AsSpan(mention.Span.Start, mention.Span.Length)));
        entity.LearnGender(words[0]);
        entity.IsSpeaker |= asSpeaker;
        entity.LastSeen = mention.Span.Start;
        return entity;
    }

    /// <summary>
    /// A name in the narrative: a full name introduces a person; a single word only refreshes a person already known
    /// ("Renwick cited his endorsements" makes Renwick the likely "he" of the next sentence).
    /// </summary>
    public void Notice(Mention mention, bool isSubject)
    {
        ArticleEntity? entity;
        var headSpan = text.AsSpan(mention.Head.Start, mention.Head.Length);
        if (mention.Role is null && !headSpan.Contains(' '))
        {
            // One word without a title only refreshes someone known ("Renwick"): the commonest name of all, matched as it
            // stands in the text, as NameParts and Find would take it.
            if (headSpan.IsEmpty || headSpan is "Mr." or "Mrs." or "Ms." or "Dr." or "Mr" or "Mrs" or "Ms" or "Dr")
                return;
            entity = FindOne(WithoutPossessive(headSpan), mention.Kind);
        }
        else
        {
            var head = mention.Head.Of(text);
            var words = NameParts(head);
            if (words.Length == 0)
                return;
            // A single word names someone new only with a title: "President Sorel", "Mr. Renwick".
            entity = words.Length > 1 || mention.Role is not null ? Register(mention, head, words, asSpeaker: false) : Find(words, mention.Kind);
        }

        if (entity is null)
            return;
        entity.LastSeen = mention.Span.Start;
        if (isSubject)
            entity.LastSubject = mention.Span.Start;
    }

    public ArticleEntity? ForPronoun(ReadOnlySpan<char> pronoun, ArticleEntity? lastSpeaker, int at)
    {
        var gender = pronoun.Equals("he", StringComparison.OrdinalIgnoreCase) ? 1 : pronoun.Equals("she", StringComparison.OrdinalIgnoreCase) ? -1 : 0;
        if (gender == 0)
        {
            // "they" and "it" speak for bodies and groups: the last organisation that spoke.
            return lastSpeaker is { Kind: MentionKind.Organisation } ? lastSpeaker : null;
        }

        // The most recent person of that gender who was the subject of a clause: a speaker, or "Renwick cited ...".
        ArticleEntity? best = null;
        foreach (var entity in _entities)
        {
            if (entity.IsPerson && entity.Gender != -gender && (entity.IsSpeaker || entity.Gender == gender || entity.Roles.Count > 0 || entity.Words.Length > 1)
                && entity.LastSubject >= 0 && entity.LastSubject < at && (best is null || entity.LastSubject > best.LastSubject))
                best = entity;
        }

        return best ?? (lastSpeaker is { IsPerson: true } && lastSpeaker.Gender != -gender ? lastSpeaker : null);
    }

    public ArticleEntity? ForRole(Mention mention)
    {
        var phrase = RoleWords(mention.Span.Of(text));
        if (phrase.Count == 0)
            return null;
        var head = phrase[^1];
        ArticleEntity? best = null;
        var bestOverlap = 0;
        foreach (var entity in _entities)
        {
            if (!entity.IsPerson)
                continue;
            foreach (var role in entity.Roles)
            {
                var words = RoleWords(role);
                if (!ContainsWord(words, head))
                    continue;
                var overlap = 0;
                foreach (var w in words)
                {
                    if (ContainsWord(phrase, w))
                        overlap++;
                }

                if (best is null || overlap > bestOverlap || (overlap == bestOverlap && entity.LastSeen > best.LastSeen))
                {
                    best = entity;
                    bestOverlap = overlap;
                }
            }
        }

        return best;
    }

    /// <summary>Whether <paramref name="words"/> holds <paramref name="word"/>, ignoring case: a loop, where LINQ with a comparer would allocate.</summary>
    private static bool ContainsWord(List<string> words, string word)
    {
        foreach (var w in words)
        {
            if (string.Equals(w, word, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }

    /// <summary>"the ministry" after "the Health Ministry said": the most recent body whose name ends with that word.</summary>
    public ArticleEntity? ForGenericBody(Mention mention)
    {
        var phrase = text.AsSpan(mention.Span.Start, mention.Span.Length);
        // "the ministry" after "the Health Ministry"; "The Times" after "The New York Times".
        if (!phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || phrase.Count(' ') > 2)
            return null;
        var head = phrase[(phrase.LastIndexOf(' ') + 1)..];
        ArticleEntity? best = null;
        foreach (var entity in _entities)
        {
            if (entity.Kind == MentionKind.Organisation && entity.Words.Length > 1
                && entity.Words[^1].AsSpan().Equals(head, StringComparison.OrdinalIgnoreCase) && (best is null || entity.LastSeen > best.LastSeen))
                best = entity;
        }

        return best;
    }

    /// <summary>Someone the article does not name: "officials", "the ministry" (a sentence's capital "The" lowered).</summary>
    public ArticleEntity Unresolved(Mention mention)
    {
        var phrase = mention.Span.Of(text);
        if (phrase.StartsWith("The ", StringComparison.Ordinal) && mention.Kind is not MentionKind.Name)
            phrase = "the " + phrase[4..];
        return new(phrase, mention.Kind);
    }

    /// <summary>The entity that gives the full name of a person known so far by one word.</summary>
    public ArticleEntity? FullNameOf(ArticleEntity single) =>
        _entities.Find(e => e != single && e.IsPerson && e.Words.Length > 1 && e.Matches(single.Words));

    /// <summary>The last word of <see cref="NameParts"/>: "Renwick's" → "Renwick".</summary>
    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word) =>
        word.TrimEnd(PossessiveEnding) is { Length: > 1 } && (word.EndsWith("'s") || word.EndsWith("\u2019s")) ? word[..^2] : word;

    private ArticleEntity? Find(string[] words, MentionKind kind) => Find(words, default, kind);

    /// <summary><see cref="Find(string[], MentionKind)"/> of a name of one word, given as a span.</summary>
    private ArticleEntity? FindOne(ReadOnlySpan<char> word, MentionKind kind) => Find(null, word, kind);

    /// <summary>The person or body last seen whose name <paramref name="words"/> (or, when null, the one word <paramref name="one"/>) matches.</summary>
    private ArticleEntity? Find(string[]? words, ReadOnlySpan<char> one, MentionKind kind)
    {
        ArticleEntity? best = null;
        // Whether the name opens with a particle is the same for every entity it is matched against.
        var particleFirst = words is { Length: > 1 } && NameWords.Particles.Has(words[0]);
        foreach (var entity in _entities)
        {
            if (entity.Kind != (kind == MentionKind.Organisation ? MentionKind.Organisation : MentionKind.Name)
                || !(words is null ? entity.MatchesOne(one) : entity.Matches(words, particleFirst)))
                continue;
            if (best is null || entity.LastSeen > best.LastSeen)
                best = entity;
        }

        return best;
    }

    /// <summary>The name without honorifics or possessive: "Mr. Renwick's" → ["Renwick"].</summary>
    private static string[] NameParts(string head)
    {
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = 0; // leading words dropped
        if (words.Length - first > 1 && words[first] is "The" or "the")
            first++; // "The Calder Port Authority" and "Calder Port Authority" are one body
        while (words.Length - first > 1 && words[first].EndsWith('.') && FirstNames.GenderOf(words[first]) != 0)
            first++;
        if (words.Length - first > 0 && words[first] is "Mr." or "Mrs." or "Ms." or "Dr." or "Mr" or "Mrs" or "Ms" or "Dr")
            first++;
        if (words.Length - first > 0)
            words[^1] = (words[^1].EndsWith("'s", StringComparison.Ordinal) || words[^1].EndsWith("\u2019s", StringComparison.Ordinal)) && words[^1].TrimEnd(PossessiveEnding) is { Length: > 1 }
                ? words[^1][..^2]
                : words[^1];
        return first == 0 ? words : words[first..];
    }

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> phrase)
    {
        var space = phrase.IndexOf(' ');
        return space < 0 ? phrase : phrase[..space];
    }

    // Character sets kept in fields: written inline, each call would build its array anew.
    private static readonly char[] PossessiveEnding = ['\'', '\u2019', 's'];
    private static readonly char[] RoleSeparators = [' ', ',', '-', '\u00A0'];

    /// <summary>The content words of a role, with abbreviated titles spelt out: "Sen." → "senator".</summary>
    private static List<string> RoleWords(string phrase)
    {
        var words = new List<string>();
        foreach (var raw in phrase.Split(RoleSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.ToLowerInvariant() switch
            {
                "sen." => "senator",
                "gov." => "governor",
                "rep." => "representative",
                "gen." => "general",
                "lt." => "lieutenant",
                "sec." => "secretary",
                "pres." => "president",
                "amb." => "ambassador",
                "del." => "delegate",
                "dr." => "doctor",
                var other => other.TrimEnd('.').TrimEnd(PossessiveEnding) is var trimmed && other.EndsWith("'s", StringComparison.Ordinal) ? trimmed : other.TrimEnd('.'),
            };
            if (NameWords.Determiners.Contains(word) || word is "of" or "for" or "and" or "u.s" or "us" or "former" or "then" or "acting" or "current")
                continue;
            words.Add(word);
        }

        return words;
    }
}
