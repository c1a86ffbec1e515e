using QuoteIndex.Core.Extraction.Attribution;
using QuoteIndex.Core.Extraction.Text;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Speakers;

/// <summary>
/// Resolves each statement's speaker within the article, reading it in order: a surname to the full name given
/// earlier ("Blinken" → "Antony Blinken"), a pronoun to the most recent speaker of that gender, a role to the person
/// who holds it ("the U.S. Secretary of State" → "Antony Blinken"), an inherited quote to its neighbour's speaker.
/// </summary>
internal static class SpeakerResolver
{
    public static Speaker?[] Resolve(ArticleText article, List<Statement> statements)
    {
        var people = new PersonRegistry(article.Text);
        var speakers = new Speaker?[statements.Count];
        var resolved = new Entity?[statements.Count];
        var order = Enumerable.Range(0, statements.Count).OrderBy(i => statements[i].Mention?.Span.Start ?? statements[i].Start).ToArray();
        var names = NameRuns(article).GetEnumerator();
        var hasName = names.MoveNext();
        Entity? lastSpeaker = null;
        foreach (var i in order)
        {
            var statement = statements[i];
            var at = statement.Mention?.Span.Start ?? statement.Start;
            // Names that stand in the text before this statement introduce people ("Secretary of State Antony Blinken is convinced ...").
            while (hasName && names.Current.Mention.Span.Start < at)
            {
                people.Notice(names.Current.Mention, names.Current.IsSubject);
                hasName = names.MoveNext();
            }

            if (statement.InheritsFrom is { } from)
            {
                speakers[i] = speakers[statements.IndexOf(from)] is { } inherited ? inherited with { Mention = null } : null;
                continue;
            }

            if (statement.Mention is not { } mention)
                continue;
            var entity = mention.Kind switch
            {
                MentionKind.Name => people.Register(mention, asSpeaker: true),
                MentionKind.Pronoun => people.ForPronoun(mention.Span.Of(article.Text), lastSpeaker, at),
                MentionKind.Role => people.ForRole(mention) ?? people.Unresolved(mention),
                // "the Vermont senator", "Obama's former campaign strategist": a definite description of someone named before.
                MentionKind.Unnamed when IsDefiniteSingular(article.Text, mention) => people.ForRole(mention) ?? people.Unresolved(mention),
                MentionKind.Organisation => people.Register(mention, asSpeaker: true),
                _ => people.Unresolved(mention),
            };
            if (entity is null)
                continue;
            entity.LastSeen = at;
            if (entity.IsPerson)
                entity.LastSubject = at;
            if (mention.Kind == MentionKind.Pronoun)
                entity.LearnGender(mention.Span.Of(article.Text));
            if (entity.IsPerson || entity.Kind == MentionKind.Organisation)
                lastSpeaker = entity;
            resolved[i] = entity;
            speakers[i] = entity.ToSpeaker(mention.Span);
        }

        // A headline's "Blinken" is introduced in full only later in the article: name it as the article does.
        while (hasName)
        {
            people.Notice(names.Current.Mention, names.Current.IsSubject);
            hasName = names.MoveNext();
        }

        for (var i = 0; i < statements.Count; i++)
        {
            if (resolved[i] is { IsPerson: true, Words.Length: 1 } single && people.FullNameOf(single) is { } full && statements[i].Mention is { } m)
                speakers[i] = full.ToSpeaker(m.Span);
            else if (statements[i].InheritsFrom is { } from && speakers[i] is not null && speakers[statements.IndexOf(from)] is { } source)
                speakers[i] = source with { Mention = null };
        }

        return speakers;
    }

    private static bool IsDefiniteSingular(string text, Mention mention)
    {
        var phrase = mention.Span.Of(text);
        var head = mention.Head.Of(text);
        var definite = phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || phrase.Contains("'s ", StringComparison.Ordinal)
            || phrase.Contains("\u2019s ", StringComparison.Ordinal);
        return definite && !(head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal));
    }

    /// <summary>A name as the narrative uses it, and whether it stands as the subject of its clause.</summary>
    private readonly record struct NameRun(Mention Mention, bool IsSubject);

    /// <summary>Capitalised runs outside quotations that name someone, in text order.</summary>
    private static IEnumerable<NameRun> NameRuns(ArticleText article)
    {
        var text = article.Text;
        var tokens = article.Tokens;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!tokens[k].IsCapitalised(text) || article.IsQuoted(tokens[k].Start))
                continue;
            var end = k;
            while (end + 1 < tokens.Count && article.Tokens[end + 1].Kind == TokenKind.Word && !article.IsQuoted(tokens[end + 1].Start)
                   && (tokens[end + 1].IsCapitalised(text) || (NameWords.Particles.Contains(tokens[end + 1].In(text).ToString())
                       || tokens[end + 1].Is(text, "of")) && end + 2 < tokens.Count && tokens[end + 2].IsCapitalised(text)))
                end++;
            var start = k;
            while (start < end && NameWords.NotNames.Contains(tokens[start].In(text).ToString()))
                start++;
            var roleStart = start;
            // "presidential nominee Hillary Clinton", "campaign manager Kellyanne Conway": lower-case titles before the name.
            while (roleStart - 1 >= 0 && tokens[roleStart - 1].Kind == TokenKind.Word
                   && (!tokens[roleStart - 1].IsCapitalised(text) || NameWords.Titles.Contains(tokens[roleStart - 1].In(text).ToString()))
                   && start - roleStart < 5 && IsRoleWord(tokens[roleStart - 1].In(text).ToString()))
                roleStart--;
            if (InHeadline(article, start) || MentionFinder.Classify(text, tokens, start, end) is not { Kind: MentionKind.Name } name
                || NameWords.NotNames.Contains(name.Head.Of(text)))
            {
                k = end;
                continue;
            }

            var role = roleStart < start ? text[tokens[roleStart].Start..tokens[start - 1].End] + (name.Role is { } titled ? " " + titled : "") : name.Role;
            // "David Axelrod, Obama's former campaign strategist, said ...": an apposition after the name.
            if (end + 2 < tokens.Count && tokens[end + 1].Kind == TokenKind.Punctuation && text[tokens[end + 1].Start] == ','
                && tokens[end + 2].Kind == TokenKind.Word && (NameWords.Determiners.Contains(tokens[end + 2].In(text).ToString()) || tokens[end + 2].In(text).EndsWith("'s", StringComparison.Ordinal)))
            {
                var close = end + 2;
                while (close < Math.Min(tokens.Count, end + 14) && !(tokens[close].Kind == TokenKind.Punctuation && text[tokens[close].Start] is ',' or '.'))
                    close++;
                if (close < tokens.Count && text[tokens[close].Start] == ',')
                    role = text[tokens[end + 2].Start..tokens[close - 1].End];
            }

            yield return new NameRun(name with { Role = role }, IsSubject(article, start, end));
            k = end;
        }
    }

    private static bool IsRoleWord(string word) =>
        NameWords.Titles.Contains(word) || (NameWords.IsPersonNoun(word) && !word.EndsWith('s')) || word is "former" or "first" or "lady" or "campaign";

    /// <summary>A title-case line ("Gold Star Mom Corners Obama On His Refusal"): its capitals name no one.</summary>
    private static bool InHeadline(ArticleText article, int token)
    {
        var paragraph = article.Layout.Paragraphs[article.Layout.ParagraphIndexAt(article.Tokens[token].Start)];
        int words = 0, capitalised = 0;
        foreach (var word in paragraph.Of(article.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsLetter(word[0]))
                continue;
            words++;
            if (char.IsUpper(word[0]))
                capitalised++;
        }

        return words >= 4 && capitalised * 4 >= words * 3;
    }

    /// <summary>At the start of its sentence, or followed by a verb: "Trump has also commented", "Clinton criticized".</summary>
    private static bool IsSubject(ArticleText article, int start, int end)
    {
        var tokens = article.Tokens;
        var sentence = article.Layout.SentenceIndexAt(tokens[start].Start);
        var (first, last) = article.SentenceTokens(sentence);
        var opening = first;
        while (opening < last && tokens[opening].Kind != TokenKind.Word)
            opening++;
        if (opening == start)
            return true;
        var next = end + 1;
        while (next < last && tokens[next].Kind == TokenKind.Word && NameWords.IsAdverb(tokens[next].In(article.Text)))
            next++;
        return next < last && VerbShapes.IsVerb(article.Text, tokens[next]);
    }

    /// <summary>The people and bodies an article has named so far.</summary>
    private sealed class PersonRegistry(string text)
    {
        private readonly List<Entity> _entities = [];

        public Entity Register(Mention mention, bool asSpeaker)
        {
            var head = mention.Head.Of(text);
            var words = NameParts(head);
            if (words.Length == 0)
                return Unresolved(mention);
            var entity = Find(words, mention.Kind);
            if (entity is null)
            {
                entity = new Entity(string.Join(' ', words), mention.Kind == MentionKind.Organisation ? MentionKind.Organisation : MentionKind.Name);
                _entities.Add(entity);
            }
            else if (words.Length > entity.Words.Length && mention.Kind == MentionKind.Name)
            {
                entity.Rename(string.Join(' ', words)); // "Clinton" seen first, then "Hillary Clinton"
            }

            entity.AddAlias(head);
            if (mention.Role is { } role)
                entity.AddRole(role);
            entity.LearnGender(FirstWord(mention.Span.Of(text)));
            entity.LearnGender(words[0]);
            entity.IsSpeaker |= asSpeaker;
            entity.LastSeen = mention.Span.Start;
            return entity;
        }

        /// <summary>
        /// A name in the narrative: a full name introduces a person; a single word only refreshes a person already known
        /// ("Trump cited his endorsements" makes Trump the likely "he" of the next sentence).
        /// </summary>
        public void Notice(Mention mention, bool isSubject)
        {
            var words = NameParts(mention.Head.Of(text));
            if (words.Length == 0)
                return;
            // A single word names someone new only with a title: "President Obama", "Mr. Farook".
            var entity = words.Length > 1 || mention.Role is not null ? Register(mention, asSpeaker: false) : Find(words, MentionKind.Name);
            if (entity is null)
                return;
            entity.LastSeen = mention.Span.Start;
            if (isSubject)
                entity.LastSubject = mention.Span.Start;
        }

        public Entity? ForPronoun(string pronoun, Entity? lastSpeaker, int at)
        {
            var gender = pronoun.ToLowerInvariant() switch { "he" => 1, "she" => -1, _ => 0 };
            if (gender == 0)
            {
                // "they" and "it" speak for bodies and groups: the last organisation that spoke.
                return lastSpeaker is { Kind: MentionKind.Organisation } ? lastSpeaker : null;
            }

            // The most recent person of that gender who was the subject of a clause: a speaker, or "Trump cited ...".
            Entity? best = null;
            foreach (var entity in _entities)
            {
                if (entity.IsPerson && entity.Gender != -gender && (entity.IsSpeaker || entity.Gender == gender || entity.Roles.Count > 0)
                    && entity.LastSubject >= 0 && entity.LastSubject < at && (best is null || entity.LastSubject > best.LastSubject))
                    best = entity;
            }

            return best ?? (lastSpeaker is { IsPerson: true } && lastSpeaker.Gender != -gender ? lastSpeaker : null);
        }

        public Entity? ForRole(Mention mention)
        {
            var phrase = RoleWords(mention.Span.Of(text));
            if (phrase.Count == 0)
                return null;
            var head = phrase[^1];
            Entity? best = null;
            var bestOverlap = 0;
            foreach (var entity in _entities)
            {
                if (!entity.IsPerson)
                    continue;
                foreach (var role in entity.Roles)
                {
                    var words = RoleWords(role);
                    if (!words.Contains(head, StringComparer.OrdinalIgnoreCase))
                        continue;
                    var overlap = words.Count(w => phrase.Contains(w, StringComparer.OrdinalIgnoreCase));
                    if (best is null || overlap > bestOverlap || (overlap == bestOverlap && entity.LastSeen > best.LastSeen))
                    {
                        best = entity;
                        bestOverlap = overlap;
                    }
                }
            }

            return best;
        }

        public Entity Unresolved(Mention mention) => new(mention.Span.Of(text), mention.Kind);

        /// <summary>The entity that gives the full name of a person known so far by one word.</summary>
        public Entity? FullNameOf(Entity single) =>
            _entities.Find(e => e != single && e.IsPerson && e.Words.Length > 1 && e.Matches(single.Words));

        private Entity? Find(string[] words, MentionKind kind)
        {
            Entity? best = null;
            foreach (var entity in _entities)
            {
                if (entity.Kind != (kind == MentionKind.Organisation ? MentionKind.Organisation : MentionKind.Name) || !entity.Matches(words))
                    continue;
                if (best is null || entity.LastSeen > best.LastSeen)
                    best = entity;
            }

            return best;
        }

        /// <summary>The name without honorifics or possessive: "Mr. Obama's" → ["Obama"].</summary>
        private static string[] NameParts(string head)
        {
            var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            while (words.Count > 1 && FirstNames.GenderOf(words[0]) != 0 && words[0].EndsWith('.'))
                words.RemoveAt(0);
            if (words.Count > 0 && words[0] is "Mr." or "Mrs." or "Ms." or "Dr." or "Mr" or "Mrs" or "Ms" or "Dr")
                words.RemoveAt(0);
            if (words.Count > 0)
                words[^1] = words[^1].TrimEnd('\'', '\u2019', 's') is { Length: > 1 } trimmed && (words[^1].EndsWith("'s", StringComparison.Ordinal) || words[^1].EndsWith("\u2019s", StringComparison.Ordinal))
                    ? words[^1][..^2]
                    : words[^1];
            return [.. words];
        }

        private static string FirstWord(string phrase)
        {
            var space = phrase.IndexOf(' ', StringComparison.Ordinal);
            return space < 0 ? phrase : phrase[..space];
        }

        /// <summary>The content words of a role, with abbreviated titles spelt out: "Sen." → "senator".</summary>
        private static List<string> RoleWords(string phrase)
        {
            var words = new List<string>();
            foreach (var raw in phrase.Split([' ', ',', '-', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
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
                    var other => other.TrimEnd('.').TrimEnd('\'', '\u2019', 's') is var trimmed && other.EndsWith("'s", StringComparison.Ordinal) ? trimmed : other.TrimEnd('.'),
                };
                if (NameWords.Determiners.Contains(word) || word is "of" or "for" or "and" or "u.s" or "us" or "former" or "then" or "acting" or "current")
                    continue;
                words.Add(word);
            }

            return words;
        }
    }

    /// <summary>A person or body the article names, with what the article has said about them.</summary>
    private sealed class Entity(string name, MentionKind kind)
    {
        private readonly List<string> _aliases = [];

        public string Name { get; private set; } = name;
        public MentionKind Kind { get; } = kind;
        public string[] Words { get; private set; } = name.Split(' ');
        public List<string> Roles { get; } = [];
        public int Gender { get; private set; }
        public bool IsSpeaker { get; set; }
        public int LastSeen { get; set; }

        /// <summary>Where the person last stood as the subject of a clause; -1 before that happens.</summary>
        public int LastSubject { get; set; } = -1;

        /// <summary>Named people (not bodies, roles or unnamed sources) can be "he" or "she".</summary>
        public bool IsPerson => Kind == MentionKind.Name;

        public bool Matches(string[] words)
        {
            if (words.Length == 0)
                return false;
            var surname = words[^1];
            if (string.Equals(Words[^1], surname, StringComparison.OrdinalIgnoreCase))
                return words.Length == 1 || Words.Length == 1 || string.Equals(Words[0], words[0], StringComparison.OrdinalIgnoreCase)
                    || Words[0].Length <= 2 || words[0].Length <= 2; // initials: "J. Okonkwo"
            // "Hillary" for "Hillary Clinton"
            return words.Length == 1 && Words.Length > 1 && string.Equals(Words[0], surname, StringComparison.OrdinalIgnoreCase);
        }

        public void Rename(string fullName)
        {
            _aliases.Add(Name);
            Name = fullName;
            Words = fullName.Split(' ');
        }

        public void AddAlias(string alias)
        {
            if (!string.Equals(alias, Name, StringComparison.Ordinal) && !_aliases.Contains(alias, StringComparer.Ordinal))
                _aliases.Add(alias);
        }

        public void AddRole(string role)
        {
            role = role.Trim().TrimEnd(',');
            if (FirstNames.GenderOf(role) != 0 && role.Length <= 5)
                return; // "Mr.", "Mrs.", "Sir": a form of address, not a role.
            if (role.Length > 0 && !Roles.Contains(role, StringComparer.OrdinalIgnoreCase))
                Roles.Add(role);
        }

        public void LearnGender(string word)
        {
            if (Gender == 0 && Kind == MentionKind.Name)
                Gender = word.ToLowerInvariant() switch { "he" => 1, "she" => -1, _ => FirstNames.GenderOf(word) };
        }

        public Speaker ToSpeaker(TextSpan mention) =>
            new(Name, mention)
            {
                Role = Roles.Count > 0 ? Roles[0] : null,
                Aliases = [.. _aliases],
            };
    }
}
