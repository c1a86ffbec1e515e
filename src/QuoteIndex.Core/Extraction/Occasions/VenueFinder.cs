using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Occasions;

/// <summary>
/// Finds the phrases of a sentence that name an occasion: "at a rally in Port Elbury, Ohio", "in an interview with CNN",
/// "told The Harbour Gazette", "on Valley Radio", "tweeted", "held a press conference". Each pattern looks a bounded number of
/// tokens ahead and never into quoted content, so a sentence is read in linear time.
/// </summary>
internal static class VenueFinder
{
    private const int MaxModifiers = 7;
    private const int MaxProperTokens = 12;

    /// <summary>Words that open what follows a venue noun rather than extend it: "a forum sponsored by Valley TV", "a video posted Friday".</summary>
    private static readonly HashSet<string> TailStarters = new(StringComparer.Ordinal)
    {
        "sponsored", "hosted", "held", "organized", "organised", "convened", "run", "put", "titled", "entitled", "dubbed",
        "posted", "issued", "released", "published", "aired", "delivered", "given", "filed", "made", "sent", "attended",
        "where", "there", "earlier", "later", "last", "this", "today", "tonight", "yesterday", "late", "early", "itself",
        "alone", "broadcast", "streamed", "televised", "outside", "inside", "near", "nearby", "ago",
    };

    /// <summary>The venue phrases of [first, end); most sentences have none, and share one empty list that callers only read.</summary>
    public static List<VenueMention> Find(ArticleView v, int first, int end)
    {
        List<VenueMention>? found = null;
        var i = first;
        while (i < end)
        {
            // Inside reported speech only "during" and "on" open a venue: "criticized the plan during a rally", "... on Valley Radio" (ArticleView.VenueMasked).
            // The role bit first: nearly every word opens nothing, and it needs no look-up in the masks (At asks it again).
            var open = v.Tokens[i].Has(WordRoles.OpensVenue) && v.Tokens[i].IsWord && !v.VenueMasked[i] && (!v.Masked[i] || v.Tokens[i].Lower is "during" or "on");
            var mention = open ? At(v, i, end) : null;
            if (mention is null)
            {
                i++;
                continue;
            }

            (found ??= []).Add(mention);
            i = Math.Max(i + 1, mention.End);
        }

        return found ?? None;
    }

    private static readonly List<VenueMention> None = [];

    /// <summary>
    /// Every word <see cref="At"/> can open a phrase on: the tokenizer marks them <see cref="WordRoles.OpensVenue"/>, and
    /// one bit turns away the many words that open none, where the patterns below would each look the word up in turn.
    /// </summary>
    internal static readonly HashSet<string> Openers = new(
        ["at", "during", "in", "on", "inside", "to", "from", "before", "with", "for", "addressing", "addressed", "addresses",
         "interviewed", .. Words.TellVerbs, .. Words.TweetVerbs, .. Words.HostVerbs],
        StringComparer.Ordinal);

    private static VenueMention? At(ArticleView v, int i, int end)
    {
        if (!v.Tokens[i].Has(WordRoles.OpensVenue))
            return null;
        var w = v.Tokens[i].Lower;
        var previous = i > 0 && v.Tokens[i - 1].IsWord ? v.Tokens[i - 1].Lower : null;
        switch (w)
        {
            case "at" or "during" or "in" or "on" or "inside":
                return Prepositional(v, i, end, w);
            case "to" when previous is not null && Words.AddressVerbs.Contains(previous):
                return Addressee(v, i, i + 1, end);
            // Only a determiner after "to" can open a broadcast ("to the radio station"): checked before the phrase is read.
            case "to" when !OpensWithDeterminer(v, i + 1, end):
                return null;
            case "to" when previous is not "according" and not "due" and not "thanks":
                return Noun(v, i + 1, end) is { Determiner: >= 0 } toward && VenueLexicon.Head(v.Tokens[toward.Head].Stem, null)?.Family is "broadcast"
                    ? Prepositional(v, i, end, w)
                    : null;
            case "from" or "before" when previous is "questioning" or "testimony" or "grilling" or "testifying" or "testified" or "testify" or "testifies" or "appeared" or "appearing":
                return Committee(v, i, end);
            case "with" when previous is "spoke" or "speaking" or "talking" or "talked" or "conversation":
                return Addressee(v, i, i + 1, end);
            case "for" when previous is not null && Words.WriteVerbs.Contains(previous):
                return Prepositional(v, i, end, w);
        }

        if (Words.TellVerbs.Contains(w) || w is "addressing" or "addressed" or "addresses")
            return Addressee(v, i, i + 1, end);
        if (Words.TweetVerbs.Contains(w) && (w != "tweet" || previous is not null && Words.PersonPronouns.Has(previous)))
            return Made(i, i + 1, "Twitter", VenueType.SocialMedia, "social", "twitter", VenueStrength.Outlet);
        if (Words.HostVerbs.Contains(w))
            return Hosted(v, i, end);
        if (w == "interviewed")
            return InterviewedBy(v, i, end);
        return null;
    }

    /// <summary>Families of nouns that name a document or recording that can itself be the source: "The ad", "a Gazette article".</summary>
    public static bool IsDocumentFamily(string family) => family is "document" or "article" or "poll" or "ad" or "statement";

    /// <summary>A noun phrase at <paramref name="i"/> ending in a document noun ("The union's complaint to the Harbour Board", "the ad's narrator").</summary>
    public static VenueMention? DocumentAt(ArticleView v, int i, int end)
    {
        if (i >= end || v.VenueMasked[i] || !v.Tokens[i].IsWord || Words.Stops.Has(v.Tokens[i].Lower) && !Words.Determiners.Has(v.Tokens[i].Lower))
            return null;
        if (Noun(v, i, end) is not { } np)
            return null;
        var previous = np.Head > np.First && v.Tokens[np.Head - 1].IsWord ? v.Tokens[np.Head - 1].Stem : null;
        var head = VenueLexicon.Head(v.Tokens[np.Head].Stem, previous);
        if (head is null || !IsDocumentFamily(head.Family) || v.Tokens[np.Head].Stem is "message" or "post" or "story" or "piece" or "column" or "book")
            return null;
        return Build(v, i, np, end);
    }

    /// <summary>"at a rally in Lowmere", "in an interview with CNN", "on Valley Radio", "on Twitter".</summary>
    private static VenueMention? Prepositional(ArticleView v, int i, int end, string preposition)
    {
        var np = Noun(v, i + 1, end);
        if (np is { } phrase)
        {
            if (!Acceptable(v, phrase, preposition, end))
                return null;
            return Build(v, i, phrase, end);
        }

        if (preposition is "on" or "at" or "for" or "to")
        {
            var proper = Proper(v, i + 1, end);
            if (proper is { } name && (name.Platform || name.Outlet && preposition != "to"))
            {
                var type = name.Platform ? VenueType.SocialMedia : preposition == "on" ? VenueType.Broadcast : VenueType.Other;
                var family = name.Platform ? "social" : preposition == "on" ? "broadcast" : "article";
                return Made(i, name.End, v.TextOf(name.First, name.End), type, family, v.Tokens[name.End - 1].Stem,
                    VenueStrength.Outlet, properKey: name.Key);
            }
        }

        return null;
    }

    private static bool Acceptable(ArticleView v, NounPhrase np, string preposition, int end)
    {
        var head = v.Tokens[np.Head].Stem;
        var after = np.End < end && v.Tokens[np.End].IsWord ? v.Tokens[np.End].Lower : null;
        var bare = np.Modifiers == 0;
        return head switch
        {
            // "in the event of", "on the spot", "on message", "at his post", "a piece of".
            "event" when after is "of" or "that" => false,
            "spot" when bare => false,
            "message" when np.Determiner < 0 => false,
            "post" when preposition == "at" || np.Determiner < 0 => false,
            "piece" when after == "of" => false,
            "debate" when after is "over" or "about" or "on" or "around" or "surrounding" or "within" => false,
            "panel" when preposition == "on" => false,
            "program" or "programme" when preposition == "in" && !np.Proper => false,
            "story" or "column" or "book" when np.Determiner < 0 => false,
            "march" or "visit" or "tour" or "trip" when preposition == "on" && bare && np.Determiner < 0 => false,
            "meeting" when after is "with" && preposition == "in" && bare && np.Determiner < 0 => false,
            "conversation" when after is not "with" => false,
            _ => true,
        };
    }

    /// <summary>"held a press conference", "issued a statement", "gave a speech in Lowmere", "filed a complaint".</summary>
    private static VenueMention? Hosted(ArticleView v, int i, int end)
    {
        var np = Noun(v, i + 1, end);
        if (np is not { } phrase || phrase.Determiner < 0 && phrase.Modifiers == 0)
            return null;
        var head = v.Tokens[phrase.Head].Stem;
        if (head is "post" or "message" or "story" or "book" or "piece" or "column" && v.Tokens[i].Lower is not ("posted" or "published" or "wrote" or "penned" or "writing"))
            return null;
        var mention = Build(v, i, phrase, end);
        // "Members of the Lowmere Port Caucus held a press conference": the host names the occasion.
        var host = i;
        while (host > 0 && i - host < 5 && !v.VenueMasked[host - 1] && v.IsCapitalized(host - 1) && v.TokenSentence[host - 1] == v.TokenSentence[i]
               && !Words.Determiners.Has(v.Tokens[host - 1].Lower) && !Words.PersonPronouns.Has(v.Tokens[host - 1].Lower)
               && !DateExpressions.IsDateWord(v, host - 1))
            host--;
        if (host < i && mention.Strength == VenueStrength.Strong && phrase.Determiner >= 0 && v.Tokens[phrase.Determiner].Lower is "a" or "an")
            mention.Name = $"{v.TextOf(host, i)} {mention.Name}";
        return mention;
    }

    /// <summary>"testified before the Senate Judiciary Committee", "under questioning from the Senate banking committee".</summary>
    private static VenueMention? Committee(ArticleView v, int i, int end)
    {
        var stop = CommitteeName(v, i + 1, end, out var nameFirst);
        if (stop < 0)
            return null;
        return Made(i, stop, v.TextOf(nameFirst, stop) + " hearing", VenueType.Hearing, "hearing", "hearing", VenueStrength.Strong, scene: true);
    }

    /// <summary>A committee named by a capitalised word and ending in "committee": "the House Harbour and Fisheries Committee".</summary>
    public static int CommitteeName(ArticleView v, int i, int end, out int nameFirst)
    {
        nameFirst = i;
        var j = i;
        if (j < end && !v.VenueMasked[j] && v.Tokens[j].Lower is "the" or "a")
            j++;
        nameFirst = j;
        if (j >= end || !v.IsCapitalized(j))
            return -1;
        for (var k = 0; j < end && k < 8 && !v.VenueMasked[j] && v.Tokens[j].IsWord; k++, j++)
        {
            var w = v.Tokens[j].Stem;
            if (w is "committee" or "subcommittee" or "panel" or "commission")
                return j + 1;
            if (Words.Stops.Has(w) && w is not "and" and not "on" and not "of")
                return -1;
        }

        return -1;
    }

    /// <summary>"The Harbour Gazette interviewed a dozen dock workers": interviews an outlet held.</summary>
    private static VenueMention? InterviewedBy(ArticleView v, int i, int end)
    {
        var start = i;
        while (start > 0 && i - start < MaxProperTokens && !v.VenueMasked[start - 1] && v.TokenSentence[start - 1] == v.TokenSentence[i]
               && (v.IsCapitalized(start - 1) || v.Tokens[start - 1].Lower is "the" or "of" or "and" or "&"))
            start--;
        if (start == i || Proper(v, start, i) is not { } name || name.End != i || !name.Outlet)
            return null;
        return Made(start, i + 1, "interviews with " + v.TextOf(name.First, name.End), VenueType.Interview, "interview", "interview",
            VenueStrength.Strong, scene: true);
    }

    /// <summary>
    /// The addressee of "told", "spoke to", "addressing": an outlet or programme ("told CBS This Morning"), a journalist
    /// ("told co-host Pia Marsh", "told Pia Marsh of Valley Radio"), listeners ("told a crowd in Lowmere"), an occasion
    /// ("told the forum"), or reporters on a plane ("told reporters aboard Air Force One").
    /// </summary>
    private static VenueMention? Addressee(ArticleView v, int trigger, int i, int end)
    {
        if (i >= end || v.VenueMasked[i])
            return null;
        var t = v.Tokens[i];
        if (t.IsWord && (Words.PressAudience.Contains(t.Stem) || t.Lower is "the" or "a" && i + 1 < end && Words.PressAudience.Contains(v.Tokens[i + 1].Stem)))
            return Reporters(v, trigger, t.Lower is "the" or "a" ? i + 2 : i + 1, end);

        if (t.IsWord && VenueLexicon.IsJournalistRole(t.Stem) && Proper(v, i + 1, end) is { } journalist)
        {
            var stop = OfOutlet(v, journalist.End, end, out var outlet);
            return Made(trigger, stop, v.TextOf(i, stop), VenueType.Interview, "interview", "interview",
                outlet ? VenueStrength.Outlet : VenueStrength.Person, properKey: journalist.Key);
        }

        // "told German broadcaster ZDF", "told the Italian daily Corriere della Sera".
        var k = i;
        while (k < end && k - i < 4 && !v.VenueMasked[k] && v.Tokens[k].IsWord && !VenueLexicon.IsOutletNoun(v.Tokens[k].Stem)
               && (v.Tokens[k].Lower is "the" or "a" or "an" || v.IsCapitalized(k) && !DateExpressions.IsDateWord(v, k)))
            k++;
        if (k > i && k + 1 < end && v.Tokens[k].IsWord && VenueLexicon.IsOutletNoun(v.Tokens[k].Stem) && Proper(v, k + 1, end) is { } named)
            return Made(trigger, named.End, v.TextOf(named.First, named.End), VenueType.Interview, "interview", "interview", VenueStrength.Outlet, properKey: named.Key);

        if (Proper(v, i, end) is { } name && !name.Platform)
        {
            // "told the Commons", "told the UN General Assembly": an assembly is the occasion.
            if (VenueLexicon.IsAssembly(name.Words[^1]) && v.Tokens[i].Lower == "the")
                return Made(trigger, name.End, v.TextOf(name.First + 1, name.End), VenueType.Event, "event", name.Words[^1], VenueStrength.Strong);
            var stop = OfOutlet(v, name.End, end, out var ofOutlet);
            if (name.Outlet || ofOutlet)
            {
                var broadcast = name.Words.Any(VenueLexicon.IsBroadcastModifier);
                var first = v.Tokens[name.First].Lower == "the" && !v.IsCapitalized(name.First) ? name.First + 1 : name.First;
                return Made(trigger, stop, v.TextOf(first, stop), broadcast ? VenueType.Broadcast : VenueType.Interview,
                    broadcast ? "broadcast" : "interview", "interview", VenueStrength.Outlet, properKey: name.Key);
            }

            // A bare name: a venue only if it points at an outlet or programme named elsewhere (resolved later).
            return name.End - name.First <= 3 && !v.Tokens[name.First].IsPossessive
                ? Made(trigger, name.End, v.TextOf(name.First, name.End), VenueType.Interview, "interview", "interview", VenueStrength.Person, properKey: name.Key)
                : null;
        }

        if (Noun(v, i, end) is { } np)
            return Build(v, trigger, np, end);

        return Audience(v, trigger, i, end);
    }

    private static VenueMention? Audience(ArticleView v, int trigger, int i, int end)
    {
        var j = i;
        var det = -1;
        if (OpensWithDeterminer(v, j, end))
        {
            det = j;
            j++;
        }

        var head = -1;
        for (var k = 0; j < end && k < 5 && !v.VenueMasked[j] && (v.Tokens[j].IsWord || v.Tokens[j].Kind == TokenKind.Number); k++, j++)
        {
            var w = v.Tokens[j].Stem;
            if (Words.Stops.Has(w) || DateExpressions.IsDateWord(v, j))
                break;
            if (VenueLexicon.IsAudience(w))
                head = j;
        }

        if (head < 0)
            return null;
        var stop = head + 1;
        var pieces = new List<(int, int)> { (det >= 0 && v.Tokens[det].Lower is "a" or "an" or "the" ? det + 1 : i, stop) };
        stop = Tails(v, stop, end, "audience", pieces);
        // "told a crowd", "told an audience in Ohio" name an event; "told voters" alone does not.
        var collective = v.Tokens[head].Stem is "crowd" or "audience" or "gathering" or "group" or "congregation" or "assembly";
        var broadcastListeners = Enumerable.Range(i, head - i).Any(k => VenueLexicon.IsBroadcastModifier(v.Tokens[k].Lower));
        if (pieces.Count == 1 && !(collective && det >= 0) && !broadcastListeners)
            return null;
        var broadcast = Enumerable.Range(i, head - i).Any(k => VenueLexicon.IsBroadcastModifier(v.Tokens[k].Lower));
        return new VenueMention
        {
            First = trigger,
            End = stop,
            Name = Join(v, pieces),
            Type = broadcast ? VenueType.Broadcast : VenueType.Event,
            Family = broadcast ? "broadcast" : "event",
            Head = v.Tokens[head].Stem,
            Strength = broadcast ? VenueStrength.Outlet : VenueStrength.Audience,
            Definite = det >= 0 && v.Tokens[det].Lower is not ("a" or "an"),
            Pronoun = det >= 0 && Words.PossessivePronouns.Contains(v.Tokens[det].Lower) ? v.Tokens[det].Lower : null,
        };
    }

    /// <summary>"told reporters aboard Air Force One", "told reporters on the flight from Kyiv": a press conference in the air.</summary>
    private static VenueMention? Reporters(ArticleView v, int trigger, int i, int end)
    {
        if (i + 1 >= end || v.VenueMasked[i] || v.Tokens[i].Lower is not ("on" or "aboard"))
            return null;
        var j = i + 1;
        var stop = Generic(v, j, end, 6);
        if (stop <= j)
            return null;
        var words = Enumerable.Range(j, stop - j).Select(k => v.Tokens[k].Stem).ToList();
        if (!words.Any(w => w is "flight" or "plane" or "jet" or "one" or "bus" or "train"))
            return null;
        var pieces = new List<(int, int)> { (v.Tokens[j].Lower is "the" or "a" ? j + 1 : j, stop) };
        stop = Tails(v, stop, end, "flight", pieces);
        return new VenueMention
        {
            First = trigger,
            End = stop,
            Name = Join(v, pieces),
            Type = VenueType.PressConference,
            Family = "press",
            Head = "flight",
            Strength = VenueStrength.Strong,
        };
    }

    /// <summary>"Pia Marsh" followed by "of Valley Radio".</summary>
    private static int OfOutlet(ArticleView v, int i, int end, out bool outlet)
    {
        outlet = false;
        if (i + 1 < end && !v.VenueMasked[i] && v.Tokens[i].Lower == "of" && Proper(v, i + 1, end) is { Outlet: true } name)
        {
            outlet = true;
            return name.End;
        }

        return i;
    }

    private static VenueMention Build(ArticleView v, int trigger, NounPhrase np, int end)
    {
        var headToken = v.Tokens[np.Head];
        var previous = np.Head > np.First && v.Tokens[np.Head - 1].IsWord ? v.Tokens[np.Head - 1].Stem : null;
        var head = VenueLexicon.Head(headToken.Stem, previous)!;
        var type = head.Type;
        var family = head.Family;
        var modifiers = Enumerable.Range(np.First, np.Head - np.First).Select(k => v.Tokens[k].Stem).ToList();
        var pieces = new List<(int, int)>();
        // "On The Pia Marsh Show": a capitalised "The" inside a sentence belongs to the name.
        var keepThe = np.Determiner >= 0 && v.Text[v.Tokens[np.Determiner].Start] == 'T' && v.Tokens[np.Determiner].Lower == "the" && np.Proper
            && np.Determiner > v.SentenceTokens[v.TokenSentence[np.Determiner]].First;
        var nameStart = np.Determiner >= 0 && !keepThe ? np.Determiner + 1 : np.First;
        pieces.Add((nameStart, np.End));
        var stop = Tails(v, np.End, end, headToken.Stem, pieces);
        var tailWords = Enumerable.Range(np.End, Math.Max(0, stop - np.End)).Select(k => v.Tokens[k].Stem).ToList();

        if (modifiers.Concat(tailWords).Any(VenueLexicon.IsPlatform) && family is "social" or "statement" or "ad" or "article" or "event")
        {
            type = VenueType.SocialMedia;
            family = "social";
        }
        else if (family == "ad" && headToken.Stem is "ad" or "advert" or "advertisement" && modifiers.Any(w => w is "digital" or "online" or "web" or "print" or "newspaper" or "internet" or "facebook" or "billboard"))
        {
            type = VenueType.Other; // only TV and radio ads are broadcasts
        }
        else if (family == "ad" && headToken.Stem is "video" or "clip" or "footage" or "recording")
        {
            type = VenueType.Other;
        }
        else if (headToken.Stem is "post" && !modifiers.Concat(tailWords).Any(VenueLexicon.IsPlatform))
        {
            type = VenueType.Other;
            family = "article";
        }
        else if (headToken.Stem is "meeting" or "session" && modifiers.Concat(tailWords).Any(w => w is "committee" or "subcommittee"))
        {
            type = VenueType.Hearing;
            family = "hearing";
        }

        var det = np.Determiner >= 0 ? v.Tokens[np.Determiner].Lower : null;
        var definite = det is "the" or "this" or "that" or "his" or "her" or "their" or "its";
        var proper = np.Proper || pieces.Count > 1;
        return new VenueMention
        {
            First = trigger,
            End = stop,
            Name = Join(v, pieces),
            Type = type,
            Family = family,
            Head = headToken.Stem,
            Strength = VenueStrength.Strong,
            Scene = head.Scene,
            Definite = definite,
            Bare = definite && !proper,
            Pronoun = det is not null && Words.PossessivePronouns.Contains(det) ? det : null,
            ProperKey = np.PossessiveName,
            Particular = (det is not null || np.Proper) && !VenueLexicon.IsPlural(headToken.Stem),
        };
    }

    private static VenueMention Made(int first, int end, string name, VenueType type, string family, string head, VenueStrength strength,
        string? properKey = null, bool scene = false) => new()
    {
        Particular = true,
        First = first,
        End = end,
        Name = name,
        Type = type,
        Family = family,
        Head = head,
        Strength = strength,
        ProperKey = properKey,
        Scene = scene,
    };

    private static string Join(ArticleView v, List<(int First, int End)> pieces) =>
        string.Join(' ', pieces.Where(p => p.End > p.First).Select(p => v.TextOf(p.First, p.End).Trim()));

    /// <summary>A noun phrase that ends in a venue noun: determiner, up to seven modifiers (words, numbers, a quoted title), head.</summary>
    private readonly record struct NounPhrase(int First, int End, int Head, int Determiner, int Modifiers, bool Proper, string? PossessiveName);

    /// <summary>Whether <see cref="Noun"/> at <paramref name="i"/> takes its first token as the determiner.</summary>
    private static bool OpensWithDeterminer(ArticleView v, int i, int end) =>
        i < end && !v.VenueMasked[i] && v.Tokens[i].IsWord && Words.Determiners.Has(v.Tokens[i].Lower);

    private static NounPhrase? Noun(ArticleView v, int i, int end)
    {
        // Every phrase accepted below has its head, a word VenueLexicon.Head names a venue by, at or after i and before
        // end: with no word there that can be one, nothing is read. Most prepositions and sources have none.
        if (i >= end || v.NextVenueHead[i] >= end)
            return null;
        var j = i;
        var det = -1;
        if (OpensWithDeterminer(v, j, end))
        {
            det = j;
            j++;
        }

        var modifiers = 0;
        var proper = false;
        string? possessiveName = null;
        var head = -1;
        string? previous = null;
        while (j < end && modifiers <= MaxModifiers && !v.VenueMasked[j])
        {
            var t = v.Tokens[j];
            if (t.Kind == TokenKind.Quote)
            {
                var close = ClosingQuote(v, j, end);
                if (close < 0)
                    break;
                proper = true;
                for (var k = close - 1; k > j; k--)
                {
                    if (!v.Tokens[k].IsWord)
                        continue;
                    if (VenueLexicon.Head(v.Tokens[k].Stem, k > j + 1 ? v.Tokens[k - 1].Stem : null) is not null)
                        head = k;
                    break;
                }

                j = close + 1;
                modifiers++;
                if (head >= 0)
                    return new NounPhrase(i, j, head, det, modifiers, proper, possessiveName);
                previous = null;
                continue;
            }

            if (t.Kind == TokenKind.Number)
            {
                j++;
                modifiers++;
                previous = null;
                continue;
            }

            if (t.IsWord && DateExpressions.IsDateWord(v, j) && (j == det + 1 || t.IsPossessive) && j + 1 < end && v.Tokens[j + 1].IsWord)
            {
                // "an August speech", "the Monday night debate", "Tuesday's rally".
                j++;
                modifiers++;
                if (j < end && v.Tokens[j].Lower is "night" or "morning" or "afternoon" or "evening" or "night's" or "morning's")
                    j++;
                previous = null;
                continue;
            }

            if (t.IsWord && t.Lower is "and" or "&" && j > i && v.IsCapitalized(j - 1) && j + 1 < end && v.IsCapitalized(j + 1))
            {
                j++; // "the Lowmere Dockers and Harbour Pilots forum"
                continue;
            }

            if (!t.IsWord || Words.Stops.Has(t.Lower) || DateExpressions.IsDateWord(v, j))
                break;
            if (t.Lower is "upcoming" or "next" or "future" or "forthcoming" or "planned" or "scheduled" or "proposed" or "coming" or "possible" or "potential" or "hypothetical")
                return null;
            var capitalized = v.IsCapitalized(j);
            var found = VenueLexicon.Head(t.Stem, previous);
            // "The Lowmere Post", "the Harbour Report": a capitalised outlet word after a name is the outlet, not a venue noun.
            var outletName = capitalized && t.Stem is "post" or "report" or "review" or "journal" && j > i && v.IsCapitalized(j - 1);
            if (found is not null && !outletName)
            {
                head = j;
                j++;
                // Compound heads: "town hall meeting", "campaign rally speech".
                while (j < end && !v.VenueMasked[j] && v.Tokens[j].IsWord && !t.IsPossessive
                       && VenueLexicon.Head(v.Tokens[j].Stem, v.Tokens[j - 1].Stem) is not null && !Words.Stops.Has(v.Tokens[j].Lower))
                {
                    head = j;
                    j++;
                }

                // "talk radio host", "debate moderator", "interview request": the venue noun only qualifies another noun.
                if (j < end && !v.VenueMasked[j] && v.Tokens[j].IsWord && !v.IsCapitalized(j) && !Words.Stops.Has(v.Tokens[j].Lower)
                    && !TailStarters.Contains(v.Tokens[j].Lower) && !DateExpressions.IsDateWord(v, j)
                    && !v.Tokens[j].Lower.EndsWith("ed", StringComparison.Ordinal) && !v.Tokens[j].Lower.EndsWith("ing", StringComparison.Ordinal)
                    && !v.Tokens[head].IsPossessive)
                    return null;
                return new NounPhrase(i, j, head, det, modifiers, proper, possessiveName);
            }

            if (capitalized)
            {
                proper = true;
                if (t.IsPossessive)
                    possessiveName = t.Stem;
            }

            previous = t.Stem;
            j++;
            modifiers++;
        }

        return null;
    }

    private static bool Opens(ArticleView v, int token) =>
        v.Tokens[token].Kind == TokenKind.Quote && v.Text[v.Tokens[token].Start] is '"' or '\u201C' or '\u2018' or '\'' or '\u00AB' or '\u201E';

    private static int ClosingQuote(ArticleView v, int open, int end)
    {
        var opening = v.Text[v.Tokens[open].Start];
        if (!Opens(v, open))
            return -1;
        for (var k = open + 1; k < end && k <= open + 10; k++)
        {
            if (v.VenueMasked[k])
                return -1;
            if (v.Tokens[k].Kind != TokenKind.Quote)
                continue;
            var c = v.Text[v.Tokens[k].Start];
            var matches = opening switch
            {
                '\u201C' => c is '\u201D' or '\u201C',
                '"' => c == '"',
                '\u2018' => c == '\u2019',
                '\'' => c == '\'',
                '\u00AB' => c == '\u00BB',
                '\u201E' => c is '\u201C' or '\u201D',
                _ => true,
            };
            if (!matches)
                continue;
            return k - open >= 2 ? k : -1;
        }

        return -1;
    }

    /// <summary>A capitalised name: "The Harbour Gazette", "Valley TV's "Harbour Hour"", "Coast Radio This Evening", "Pia Marsh".</summary>
    private readonly record struct ProperName(int First, int End, bool Outlet, bool Platform, string Key, string[] Words);

    private static ProperName? Proper(ArticleView v, int i, int end)
    {
        var j = i;
        if (j < end && !v.VenueMasked[j] && v.Tokens[j].Lower == "the" && j + 1 < end && v.IsCapitalized(j + 1))
            j++;
        var start = j;
        // A name starts on a capitalised word: anything else ends the walk below with no words, and most calls end here.
        if (start >= end || v.VenueMasked[start] || !v.IsCapitalized(start) || DateExpressions.IsDateWord(v, start))
            return null;
        var words = new List<string>();
        var title = false;
        var lastWord = -1;
        while (j < end && j - i < MaxProperTokens && !v.VenueMasked[j])
        {
            var t = v.Tokens[j];
            if (t.Kind == TokenKind.Quote && (j == start || v.Tokens[j - 1].IsPossessive || v.IsCapitalized(j - 1)))
            {
                var close = ClosingQuote(v, j, end);
                if (close < 0)
                    break;
                title = true;
                j = close + 1;
                break; // a programme title ends the name: "Valley TV's "Harbour Hour""
            }

            if (t.Lower == "." && j > start && j + 1 < end && v.IsCapitalized(j + 1) && v.Tokens[j - 1].IsWord
                && Text.Abbreviations.EndsAbbreviation(v.Text, t.Start) && !DateExpressions.IsDateWord(v, j + 1))
            {
                j++; // "St. Brendan College"
                continue;
            }

            if (t.IsWord && (v.IsCapitalized(j) && !DateExpressions.IsDateWord(v, j) || t.Stem == "today" && words.Count > 0 && words[^1] is "usa" or "nbc"
                || char.IsAsciiDigit(v.Text[t.Start]) && j > start && v.IsCapitalized(j - 1)))
            {
                words.Add(t.Stem);
                lastWord = j;
                j++;
                if (t.IsPossessive && !(j < end && (v.IsCapitalized(j) || v.Tokens[j].Kind == TokenKind.Quote)))
                    break;
                continue;
            }

            if (t.IsWord && t.Lower is "of" or "and" or "&" or "de" or "van" or "von" or "la" or "le" or "del" or "da" or "du" or "al" or "on"
                && j > start && j + 1 < end && v.IsCapitalized(j + 1) && !DateExpressions.IsDateWord(v, j + 1))
            {
                // "Pia Marsh of Valley Radio" is a person of an outlet: stop before "of" unless an outlet came first.
                if (t.Lower == "of" && !words.Any(VenueLexicon.IsOutletName) && !VenueLexicon.IsOutletSuffix(words[^1]))
                    break;
                j++;
                continue;
            }

            break;
        }

        if (words.Count == 0)
            return null;
        var stop = Math.Max(lastWord + 1, j);
        if (!title && stop < end && !v.VenueMasked[stop] && v.Tokens[stop].Lower is "programme" or "program" or "show" or "podcast" or "broadcast")
        {
            words.Add(v.Tokens[stop].Stem); // "Coast Radio 2's Today programme"
            stop++;
            lastWord = stop - 1;
        }
        while (stop > start && v.Tokens[stop - 1].Kind != TokenKind.Quote && !v.Tokens[stop - 1].IsWord)
            stop--;
        var all = words.ToArray();
        var outlet = all.Any(VenueLexicon.IsOutletName) || title && words.Count > 0
            || VenueLexicon.IsOutletSuffix(all[^1]) && (all.Length >= 2 || v.Tokens[i].Lower == "the");
        var platform = VenueLexicon.IsPlatform(all[0]) && (all.Length == 1 || all[0] == "truth");
        return new ProperName(v.Tokens[i].Lower == "the" ? i : start, stop, outlet, platform, all[^1], all);
    }

    /// <summary>Plain words after a preposition: "with military leaders", "to a veterans group", "of conservatives".</summary>
    private static int Generic(ArticleView v, int i, int end, int max)
    {
        var j = i;
        if (j < end && !v.VenueMasked[j] && v.Tokens[j].IsWord && Words.Determiners.Has(v.Tokens[j].Lower))
            j++;
        var start = j;
        while (j < end && j - start < max && !v.VenueMasked[j])
        {
            var t = v.Tokens[j];
            if (t.Kind == TokenKind.Quote && ClosingQuote(v, j, end) is var close and > 0)
            {
                j = close + 1;
                continue;
            }

            if (t.Kind == TokenKind.Number)
            {
                j++;
                continue;
            }

            if (!t.IsWord || DateExpressions.IsDateWord(v, j))
                break;
            if (Words.Stops.Has(t.Lower))
            {
                if (t.Lower is "and" or "of" or "&" && j > start && v.IsCapitalized(j - 1) && j + 1 < end && v.IsCapitalized(j + 1))
                {
                    j++;
                    continue;
                }

                break;
            }

            j++;
            if (t.IsPossessive && !(j < end && v.Tokens[j].IsWord))
                break;
        }

        return j > start ? j : i;
    }

    /// <summary>A place: "Port Elbury, Ohio", "Lowmere, N.C.", "downtown Lowmere", "Washington".</summary>
    private static int Place(ArticleView v, int i, int end)
    {
        var j = i;
        if (j < end && !v.VenueMasked[j] && v.Tokens[j].Lower is "downtown" or "suburban" or "northern" or "southern" or "eastern" or "western"
                or "central" or "rural" or "nearby" or "neighboring" or "neighbouring")
            j++;
        var start = j;
        while (j < end && j - start < 4 && !v.VenueMasked[j] && v.IsCapitalized(j) && !DateExpressions.IsDateWord(v, j) && !v.Tokens[j].IsPossessive)
            j++;
        if (j == start)
            return i;
        if (j + 1 < end && v.Tokens[j].Lower == "," && !v.VenueMasked[j + 1] && v.IsCapitalized(j + 1))
        {
            var one = v.Tokens[j + 1].Lower.TrimEnd('.');
            var two = j + 2 < end && v.IsCapitalized(j + 2) ? one + " " + v.Tokens[j + 2].Lower : null;
            var regionEnd = two is not null && Words.Regions.Contains(two) ? j + 3 : Words.Regions.Contains(one) ? j + 2 : -1;
            if (regionEnd > 0)
                j = regionEnd;
        }

        return j;
    }

    /// <summary>What follows a venue noun and belongs to it: a place, a host, an outlet, a purpose, a quoted title.</summary>
    private static int Tails(ArticleView v, int i, int end, string head, List<(int First, int End)> pieces)
    {
        var j = i;
        for (var count = 0; count < 3 && j < end && !v.VenueMasked[j]; count++)
        {
            var w = v.Tokens[j].Lower;
            // A day or a participle with a day between the noun and its tail: "a complaint Monday with ...", "posted Friday".
            var skip = j;
            if (w is "posted" or "issued" or "released" or "published" or "aired" or "delivered" or "given" or "held" or "filed" or "made" or "sent" or "on")
                skip++;
            if (DateExpressions.TryParse(v, skip, end) is { NamesDay: true } date)
            {
                j = date.End;
                continue;
            }

            var stop = j;
            switch (w)
            {
                case "in":
                    stop = Place(v, j + 1, end);
                    break;
                case "at":
                    stop = Proper(v, j + 1, end) is { } at ? Math.Max(at.End, Generic(v, j + 1, end, 6)) : Generic(v, j + 1, end, 6);
                    break;
                case "with":
                    stop = Generic(v, j + 1, end, 6);
                    break;
                case "on" when Proper(v, j + 1, end) is { } on && (on.Outlet || on.Platform):
                    stop = on.End;
                    break;
                case "of":
                    stop = Generic(v, j + 1, end, 6);
                    if (stop > j + 1 && stop + 1 < end && !v.VenueMasked[stop] && v.Tokens[stop].Lower == "to" && v.Tokens[stop + 1].IsWord
                        && !Words.Stops.Has(v.Tokens[stop + 1].Lower))
                        stop = Generic(v, stop + 1, end, 6);
                    break;
                case "by" when VenueLexicon.Head(head, null) is { } document && IsDocumentFamily(document.Family):
                    stop = Proper(v, j + 1, end) is { } author ? author.End : j; // "a report by the Lowmere Institute"
                    break;
                case "for" when Proper(v, j + 1, end) is { } forName:
                    stop = forName.End;
                    break;
                case "to" when head is "speech" or "remarks" or "address" or "statement" or "letter" or "testimony" or "message" or "email" or "complaint" or "flight" or "trip" or "visit":
                    stop = Proper(v, j + 1, end) is { } to ? to.End : Generic(v, j + 1, end, 6);
                    break;
                case "from" when head is "flight" or "trip":
                    stop = Place(v, j + 1, end);
                    break;
                case "before" when head is "testimony" or "hearing" or "appearance":
                    stop = Proper(v, j + 1, end) is { } before ? before.End : j;
                    break;
                case "sponsored" or "hosted" or "held" or "organized" or "organised" or "convened" or "run" or "put"
                    when j + 1 < end && v.Tokens[j + 1].Lower is "by" or "on":
                    stop = Generic(v, j + (v.Tokens[j + 1].Lower == "on" && j + 2 < end && v.Tokens[j + 2].Lower == "by" ? 3 : 2), end, 7);
                    break;
                case "titled" or "entitled" or "dubbed" or "called" when j + 1 < end && v.Tokens[j + 1].Kind == TokenKind.Quote:
                    stop = ClosingQuote(v, j + 1, end) is var q and > 0 ? q + 1 : j;
                    break;
            }

            if (stop <= j + 1)
                break;
            pieces.Add((j, stop));
            j = stop;
        }

        return j;
    }
}
