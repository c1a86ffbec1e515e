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
        // Without statements there is no one to resolve: reading the article's names would only fill a registry nobody asks.
        if (statements.Count == 0)
            return [];
        var people = new PersonRegistry(article.Text);
        var speakers = new Speaker?[statements.Count];
        var resolved = new ArticleEntity?[statements.Count];
        var order = TextOrder(statements);
        var names = NameRuns(article, ContentSpans(statements));
        var nextName = 0;
        ArticleEntity? lastSpeaker = null;
        // Each resolved speaker is made again below, once the whole article has named everyone; the first one is read
        // only by a statement that inherits its speaker before that, so without such statements it is not made.
        var anyInherits = statements.Exists(s => s.InheritsFrom is not null);
        foreach (var i in order)
        {
            var statement = statements[i];
            var at = statement.Mention?.Span.Start ?? statement.Start;
            // Names that stand in the text before this statement introduce people ("Secretary of State Antony Blinken is convinced ...").
            for (; nextName < names.Count && names[nextName].Mention.Span.Start < at; nextName++)
                people.Notice(names[nextName].Mention, names[nextName].IsSubject);

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
                MentionKind.Pronoun => people.ForPronoun(article.Text.AsSpan(mention.Span.Start, mention.Span.Length), lastSpeaker, at),
                MentionKind.Role => people.ForRole(mention) ?? people.Unresolved(mention),
                // "the Calder senator", "Marsh's former campaign strategist": a definite description of someone named before.
                MentionKind.Unnamed when IsDefiniteSingular(article.Text, mention) => people.ForRole(mention) ?? people.Unresolved(mention),
                MentionKind.Organisation => people.ForGenericBody(mention)
                                            ?? (IsGenericBody(article.Text, mention) ? people.Unresolved(mention) : people.Register(mention, asSpeaker: true)),
                _ => people.Unresolved(mention),
            };
            if (entity is null)
                continue;
            entity.LastSeen = at;
            if (entity.IsPerson)
                entity.LastSubject = at;
            if (mention.Kind == MentionKind.Pronoun)
                entity.LearnGender(article.Text.AsSpan(mention.Span.Start, mention.Span.Length));
            if (entity.IsPerson || entity.Kind == MentionKind.Organisation)
                lastSpeaker = entity;
            resolved[i] = entity;
            if (anyInherits)
                speakers[i] = entity.ToSpeaker(mention.Span);
        }

        // A headline's "Blinken" is introduced in full only later in the article: name it as the article does.
        for (; nextName < names.Count; nextName++)
            people.Notice(names[nextName].Mention, names[nextName].IsSubject);

        // Everyone is named as the whole article names them: "Vasquez-Moreau" in a headline, "Elena Vasquez-Moreau" below.
        for (var i = 0; i < statements.Count; i++)
        {
            if (resolved[i] is not { } entity || statements[i].Mention is not { } m)
                continue;
            if (entity is { IsPerson: true, Words.Length: 1 } && people.FullNameOf(entity) is { } full)
                entity = full;
            speakers[i] = entity.ToSpeaker(m.Span);
        }

        for (var i = 0; i < statements.Count; i++)
        {
            if (statements[i].InheritsFrom is { } from && speakers[statements.IndexOf(from)] is { } source)
                speakers[i] = source with { Mention = null };
        }

        return speakers;
    }

    /// <summary>
    /// The statements' indexes by where their speaker (or, without one, their words) stands, ties kept in statement order:
    /// each offset and index packed in one number, so a plain sort of numbers does what a stable ordering by key would.
    /// </summary>
    private static int[] TextOrder(List<Statement> statements)
    {
        var keys = new long[statements.Count];
        for (var i = 0; i < keys.Length; i++)
            keys[i] = ((long)(statements[i].Mention?.Span.Start ?? statements[i].Start) << 32) | (uint)i;
        Array.Sort(keys);
        var order = new int[keys.Length];
        for (var i = 0; i < order.Length; i++)
            order[i] = (int)(keys[i] & uint.MaxValue);
        return order;
    }

    /// <summary>"the ministry": a body named by its kind, not by its name.</summary>
    private static bool IsGenericBody(string text, Mention mention) =>
        char.IsLower(text[text.LastIndexOf(' ', mention.Span.End - 1, mention.Span.Length) + 1]);

    private static bool IsDefiniteSingular(string text, Mention mention)
    {
        var phrase = text.AsSpan(mention.Span.Start, mention.Span.Length);
        var head = text.AsSpan(mention.Head.Start, mention.Head.Length);
        var definite = phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || phrase.Contains("'s ", StringComparison.Ordinal)
            || phrase.Contains("\u2019s ", StringComparison.Ordinal);
        return definite && !(head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal));
    }

    /// <summary>A name as the narrative uses it, and whether it stands as the subject of its clause.</summary>
    private readonly record struct NameRun(Mention Mention, bool IsSubject);

    /// <summary>The words statements report, in text order: names inside them are what someone said, not the narrative.</summary>
    private static List<TextSpan> ContentSpans(List<Statement> statements)
    {
        var spans = new List<TextSpan>();
        foreach (var statement in statements)
            spans.AddRange(statement.Content);
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    /// <summary>
    /// Capitalised runs outside quotations that name someone, in text order: read in one plain loop before the
    /// statements are walked, rather than by an iterator whose locals all live in its heap object.
    /// </summary>
    private static List<NameRun> NameRuns(ArticleText article, List<TextSpan> reported)
    {
        var runs = new List<NameRun>();
        var text = article.Text;
        var tokens = article.Tokens;
        var next = 0;
        var sentence = 0;
        Span<WordKinds> runKinds = stackalloc WordKinds[32];
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!tokens[k].IsCapitalised(text) || article.IsQuotedToken(k))
                continue;
            while (next < reported.Count && reported[next].End <= tokens[k].Start)
                next++;
            var insideReport = next < reported.Count && reported[next].Start <= tokens[k].Start;
            var end = k;
            while (end + 1 < tokens.Count && article.Tokens[end + 1].Kind == TokenKind.Word && !article.IsQuotedToken(end + 1)
                   && (tokens[end + 1].IsCapitalised(text) || ParticlesThenCapital(article, end + 1)
                       || tokens[end + 1].Is(text, "of") && end + 2 < tokens.Count && tokens[end + 2].IsCapitalised(text)))
                end++;
            // The run's words are asked about several lists, here and in Classify: their kinds are read once.
            var kinds = end - k < runKinds.Length ? runKinds[..(end - k + 1)] : new WordKinds[end - k + 1];
            for (var j = k; j <= end; j++)
                kinds[j - k] = WordKindTable.Of(tokens[j].In(text));
            var start = k;
            while (start < end && (kinds[start - k] & WordKinds.NotName) != 0)
                start++;
            // A lone capitalised function word ("The", "But", "Meanwhile") names no one, whatever Classify would make of it:
            // the commonest run of all, so it is turned away before that work.
            if (start == end && (kinds[start - k] & WordKinds.NotName) != 0)
            {
                k = end;
                continue;
            }

            var roleStart = start;
            // "presidential nominee Ottilie Marsh", "campaign manager Tobias Renwick": lower-case titles before the name.
            while (roleStart - 1 >= 0 && tokens[roleStart - 1].Kind == TokenKind.Word
                   && (!tokens[roleStart - 1].IsCapitalised(text) || NameWords.Titles.Has(tokens[roleStart - 1].In(text)))
                   && start - roleStart < 5 && IsRoleWord(tokens[roleStart - 1].In(text)))
                roleStart--;
            // Tokens are made sentence by sentence: the sentence of a token is found by walking on, not by a search.
            // A title-case line ("Harbour Mayor Faces Down Critics On Bridge Vote"): its capitals name no one.
            while (article.SentenceTokens(sentence).End <= start)
                sentence++;
            var classified = article.IsTitleCase(sentence) ? null : MentionFinder.Classify(text, tokens, start, end, kinds[(start - k)..]);
            // "The New York Times reported ..." names a body that "the Times" stands for later.
            if (classified is { Kind: MentionKind.Organisation } body && text.AsSpan(body.Head.Start, body.Head.Length).Contains(' '))
            {
                runs.Add(new NameRun(body, IsSubject: false));
                k = end;
                continue;
            }

            // A head of one word is the run's last, whose kinds are known.
            if (classified is not { Kind: MentionKind.Name } name
                || (name.Head.Start == tokens[end].Start ? (kinds[end - k] & WordKinds.NotName) != 0 : NameWords.NotNames.Has(text.AsSpan(name.Head.Start, name.Head.Length))))
            {
                k = end;
                continue;
            }

            var role = roleStart < start ? text[tokens[roleStart].Start..tokens[start - 1].End] + (name.Role is { } titled ? " " + titled : "") : name.Role;
            // "Tobias Renwick, Marsh's former campaign strategist, said ...": an apposition after the name.
            if (end + 2 < tokens.Count && tokens[end + 1].Kind == TokenKind.Punctuation && text[tokens[end + 1].Start] == ','
                && tokens[end + 2].Kind == TokenKind.Word && (NameWords.Determiners.Has(tokens[end + 2].In(text)) || tokens[end + 2].In(text).EndsWith("'s", StringComparison.Ordinal)))
            {
                var close = end + 2;
                while (close < Math.Min(tokens.Count, end + 14) && !(tokens[close].Kind == TokenKind.Punctuation && text[tokens[close].Start] is ',' or '.'))
                    close++;
                if (close < tokens.Count && text[tokens[close].Start] == ',')
                    role = text[tokens[end + 2].Start..tokens[close - 1].End];
            }

            // A name inside reported words introduces the person, but is not the narrative's subject.
            // Most names carry the role they were classified with: the mention is then taken as it is, not copied.
            runs.Add(new NameRun(ReferenceEquals(role, name.Role) ? name : name with { Role = role }, !insideReport && IsSubject(article, sentence, start, end)));
            k = end;
        }

        return runs;
    }

    /// <summary>"van der Maas": one or more particles, then a capitalised word.</summary>
    private static bool ParticlesThenCapital(ArticleText article, int index)
    {
        var k = index;
        while (k < article.Tokens.Count && article.Tokens[k].Kind == TokenKind.Word && NameWords.Particles.Has(article.Tokens[k].In(article.Text)))
            k++;
        return k > index && k < article.Tokens.Count && article.Tokens[k].IsCapitalised(article.Text);
    }

    private static bool IsRoleWord(ReadOnlySpan<char> word) =>
        NameWords.Titles.Has(word) || (NameWords.IsPersonNoun(word) && !word.EndsWith('s')) || word is "former" or "first" or "lady" or "campaign";

    /// <summary>At the start of its sentence, or followed by a verb: "Marsh has also commented", "Renwick criticized".</summary>
    private static bool IsSubject(ArticleText article, int sentence, int start, int end)
    {
        var tokens = article.Tokens;
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
}
