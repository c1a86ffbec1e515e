using QuoteIndex.Core.Extraction.Text;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Occasions;

/// <summary>What a venue noun says about the occasion.</summary>
/// <param name="Type">The kind of occasion (shared/eval/FORMAT.md, "How venue and date were annotated").</param>
/// <param name="Family">Nouns of one family can name the same occasion: "the rally" after "a campaign stop".</param>
/// <param name="Scene">A gathering many people speak at (a hearing, a forum, a debate): what one says there, others say there too.</param>
internal sealed record VenueHead(VenueType Type, string Family, bool Scene = false);

/// <summary>
/// The words that name occasions, outlets and platforms. General English and newsroom vocabulary only: nothing here is
/// keyed to a particular article.
/// </summary>
internal static class VenueLexicon
{
    private static readonly VenueHead Event = new(VenueType.Event, "event");
    private static readonly VenueHead SceneEvent = new(VenueType.Event, "event", Scene: true);
    private static readonly VenueHead Interview = new(VenueType.Interview, "interview");
    private static readonly VenueHead Press = new(VenueType.PressConference, "press");
    private static readonly VenueHead Statement = new(VenueType.Statement, "statement");
    private static readonly VenueHead Social = new(VenueType.SocialMedia, "social");
    private static readonly VenueHead Broadcast = new(VenueType.Broadcast, "broadcast");
    private static readonly VenueHead Ad = new(VenueType.Broadcast, "ad");
    private static readonly VenueHead Hearing = new(VenueType.Hearing, "hearing", Scene: true);
    private static readonly VenueHead Debate = new(VenueType.Debate, "debate", Scene: true);
    private static readonly VenueHead Document = new(VenueType.Other, "document");
    private static readonly VenueHead Article = new(VenueType.Other, "article");
    private static readonly VenueHead Poll = new(VenueType.Other, "poll");
    private static readonly VenueHead Video = new(VenueType.Other, "ad");

    /// <summary>Nouns that name an occasion on their own.</summary>
    private static readonly Dictionary<string, VenueHead> Heads = new(StringComparer.Ordinal)
    {
        ["rally"] = Event, ["speech"] = Event, ["remarks"] = Event, ["fundraiser"] = Event, ["event"] = Event,
        ["gala"] = Event, ["dinner"] = Event, ["lunch"] = Event, ["luncheon"] = Event, ["breakfast"] = Event, ["banquet"] = Event,
        ["reception"] = Event, ["convention"] = Event, ["summit"] = Event, ["meeting"] = Event, ["gathering"] = Event,
        ["ceremony"] = Event, ["memorial"] = Event, ["vigil"] = Event, ["protest"] = Event, ["demonstration"] = Event,
        ["roundtable"] = Event, ["symposium"] = Event, ["seminar"] = Event, ["lecture"] = Event, ["commencement"] = Event,
        ["appearance"] = Event, ["festival"] = Event, ["parade"] = Event, ["sermon"] = Event, ["retreat"] = Event,
        ["visit"] = Event, ["panel"] = Event, ["townhall"] = SceneEvent, ["forum"] = SceneEvent, ["conference"] = Event,
        ["keynote"] = Event, ["webinar"] = Event, ["march"] = Event,
        ["interview"] = Interview, ["sit-down"] = Interview, ["conversation"] = Interview,
        ["briefing"] = Press, ["gaggle"] = Press, ["presser"] = Press,
        ["statement"] = Statement, ["letter"] = Statement, ["email"] = Statement, ["e-mail"] = Statement,
        ["announcement"] = Statement, ["communique"] = Statement, ["message"] = Statement,
        ["tweet"] = Social, ["retweet"] = Social, ["post"] = Social, ["livestream"] = Social,
        ["show"] = Broadcast, ["program"] = Broadcast, ["programme"] = Broadcast, ["broadcast"] = Broadcast,
        ["podcast"] = Broadcast, ["radio"] = Broadcast, ["segment"] = Broadcast, ["episode"] = Broadcast,
        ["documentary"] = Broadcast, ["newscast"] = Broadcast, ["telecast"] = Broadcast,
        ["ad"] = Ad, ["advert"] = Ad, ["advertisement"] = Ad, ["commercial"] = Ad, ["spot"] = Ad,
        ["video"] = Video, ["clip"] = Video, ["footage"] = Video, ["recording"] = Video,
        ["hearing"] = Hearing, ["testimony"] = Hearing, ["markup"] = Hearing,
        ["debate"] = Debate,
        ["report"] = Document, ["study"] = Document, ["analysis"] = Document, ["filing"] = Document,
        ["lawsuit"] = Document, ["complaint"] = Document, ["memo"] = Document, ["memorandum"] = Document,
        ["transcript"] = Document, ["petition"] = Document, ["affidavit"] = Document, ["indictment"] = Document,
        ["document"] = Document, ["website"] = Document, ["newsletter"] = Document, ["book"] = Document,
        ["memoir"] = Document, ["manifesto"] = Document, ["dossier"] = Document,
        ["poll"] = Poll, ["survey"] = Poll,
        ["article"] = Article, ["story"] = Article, ["editorial"] = Article, ["op-ed"] = Article, ["column"] = Article,
        ["essay"] = Article, ["blog"] = Article, ["piece"] = Article,
    };

    /// <summary>Nouns that name an occasion only after a particular word: "town hall", "campaign stop", "press release".</summary>
    private static readonly Dictionary<string, (string[] After, VenueHead Head)> QualifiedHeads = new(StringComparer.Ordinal)
    {
        ["hall"] = (["town"], SceneEvent),
        ["stop"] = (["campaign", "whistle", "whistle-stop"], Event),
        ["release"] = (["press", "news"], Statement),
        ["call"] = (["conference", "press"], Press),
        ["discussion"] = (["panel", "roundtable"], Event),
        ["session"] = (["q&a", "question-and-answer", "listening", "closed", "executive", "briefing", "town-hall"], Event),
        ["availability"] = (["media", "press"], Press),
        ["page"] = (["facebook", "instagram"], Social),
        ["media"] = (["social"], Social),
        ["address"] = (["inaugural", "commencement", "keynote", "televised", "farewell", "radio", "weekly", "national", "primetime", "prime-time", "nationally", "annual", "union", "video", "televised", "new", "year"], Event),
        ["trip"] = (["campaign", "overseas", "foreign", "official", "state"], Event),
        ["tour"] = (["campaign", "bus", "book"], Event),
    };

    /// <summary>After these, "conference" is a press conference rather than a gathering.</summary>
    private static readonly HashSet<string> PressWords = new(StringComparer.Ordinal) { "press", "news" };

    /// <summary>Words before "ad", "video" or "interview" that make it a broadcast.</summary>
    private static readonly HashSet<string> BroadcastModifiers = new(StringComparer.Ordinal)
    {
        "tv", "television", "cable", "radio", "network", "broadcast", "on-air",
    };

    private static readonly HashSet<string> PlatformWords = new(StringComparer.Ordinal)
    {
        "twitter", "facebook", "instagram", "youtube", "tiktok", "snapchat", "linkedin", "reddit", "weibo", "wechat",
        "telegram", "mastodon", "bluesky", "truth", "x",
    };

    /// <summary>News organisations and networks known by one word.</summary>
    private static readonly HashSet<string> OutletNames = new(StringComparer.Ordinal)
    {
        "cnn", "msnbc", "cnbc", "nbc", "abc", "cbs", "pbs", "npr", "bbc", "fox", "reuters", "ap", "afp", "upi", "politico",
        "axios", "bloomberg", "breitbart", "buzzfeed", "huffpost", "vox", "slate", "salon", "newsmax", "yahoo", "c-span",
        "cspan", "sky", "itv", "rte", "cbc", "ctv", "univision", "telemundo", "siriusxm", "sirius", "newsweek", "forbes",
        "mediaite", "xinhua", "tass", "interfax", "kyodo", "yonhap", "dpa", "efe", "ansa", "nhk", "euronews", "dw",
        "rt", "al-jazeera", "aljazeera", "jazeera", "spiegel", "bild", "npr's", "wsj", "nyt", "oan", "wnyc", "wabc",
        "usa", "huffington", "semafor", "vice", "vanity", "rolling", "telegraaf", "reuters's",
        // Outlets of other countries known by one word of their name.
        "monde", "figaro", "lib\u00e9ration", "liberation", "pa\u00eds", "pais", "mundo", "zeit", "welt", "faz", "tagesschau",
        "repubblica", "corriere", "stampa", "haaretz", "asahi", "yomiuri", "nikkei", "kommersant", "izvestia", "pravda",
        "rai", "ard", "zdf", "tf1", "rtl", "svt", "yle", "nrk", "dr", "sbs", "lusa", "anadolu", "aap", "pti", "irna",
        "kcna", "rtve", "ansa", "ukrinform", "interfax-ukraine", "suspilne", "tvn", "rte", "ntv", "cctv", "nhk", "kbs",
    };

    /// <summary>Last words of outlet names: "The Lowmere Post", "Valley News", "The Harbour Gazette".</summary>
    private static readonly HashSet<string> OutletSuffixes = new(StringComparer.Ordinal)
    {
        "times", "post", "news", "journal", "herald", "tribune", "gazette", "chronicle", "globe", "telegraph", "guardian",
        "independent", "examiner", "observer", "caller", "beast", "review", "atlantic", "yorker", "magazine", "press",
        "radio", "television", "tv", "network", "daily", "weekly", "standard", "dispatch", "sentinel", "courier",
        "register", "inquirer", "mirror", "express", "bee", "statesman", "enquirer", "ledger", "mercury",
        "dealer", "insider", "intercept", "monitor", "spectator", "economist", "wire", "show",
        "hour", "program", "programme", "podcast", "broadcasting", "channel", "online", "report", "blaze", "newshour",
    };

    /// <summary>People who conduct interviews: "told co-host Pia Marsh".</summary>
    private static readonly HashSet<string> JournalistRoles = new(StringComparer.Ordinal)
    {
        "host", "co-host", "cohost", "anchor", "co-anchor", "interviewer", "reporter", "correspondent", "columnist",
        "moderator", "presenter", "journalist", "commentator", "radio host", "talk-show", "broadcaster",
    };

    /// <summary>Nouns that introduce an outlet's name: "told Nordic broadcaster KVR", "told the local daily Harbour Gazette".</summary>
    private static readonly HashSet<string> OutletNouns = new(StringComparer.Ordinal)
    {
        "broadcaster", "newspaper", "daily", "weekly", "magazine", "network", "channel", "outlet", "station", "agency",
        "website", "paper", "tabloid", "broadsheet", "television", "radio", "tv", "publication", "site",
    };

    /// <summary>Assemblies a speaker addresses: "told the Commons", "told the UN General Assembly".</summary>
    private static readonly HashSet<string> AssemblyWords = new(StringComparer.Ordinal)
    {
        "assembly", "parliament", "commons", "lords", "congress", "senate", "bundestag", "bundesrat", "duma", "knesset",
        "rada", "sejm", "council", "convention", "conference", "summit", "forum", "legislature", "house",
    };

    /// <summary>Those a speaker addresses at an event: "told a crowd in Lowmere".</summary>
    private static readonly HashSet<string> AudienceNouns = new(StringComparer.Ordinal)
    {
        "crowd", "audience", "supporters", "group", "gathering", "students", "delegates", "congregation", "graduates",
        "donors", "attendees", "guests", "rally-goers", "rallygoers", "faithful", "fans", "voters", "worshippers",
        "troops", "workers", "employees", "members", "veterans", "listeners", "viewers", "audiences", "crowds",
    };

    /// <summary>
    /// The shapes of every word <see cref="Head"/> can name a venue by: the heads, their plurals and the qualified heads.
    /// Nearly every noun of a sentence is asked about, and most are turned away by their shape alone, unhashed
    /// and without making the singular that the plural look-up needs.
    /// </summary>
    private static readonly Dictionary<string, VenueHead>.AlternateLookup<ReadOnlySpan<char>> HeadLookup = Heads.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly WordShapes HeadShapes = new(
        [.. Heads.Keys, .. Heads.Keys.Select(h => h + "s"), .. Heads.Keys.Where(h => h.EndsWith('y')).Select(h => h[..^1] + "ies"), .. QualifiedHeads.Keys]);

    public static VenueHead? Head(string word, string? previous)
    {
        if (!HeadShapes.MayHold(word))
            return null;
        if (QualifiedHeads.TryGetValue(word, out var qualified))
            return previous is not null && qualified.After.Contains(previous) ? qualified.Head : null;
        if (!Heads.TryGetValue(word, out var head) && !TryPlural(word, out head))
            return null;
        if (word.StartsWith("conference", StringComparison.Ordinal) && previous is not null && PressWords.Contains(previous))
            return Press;
        return head;
    }

    /// <summary>
    /// Every word <see cref="Head"/> can name a venue by, after some word or none: the heads, the plurals it accepts
    /// ("rallies", "interviews") and the nouns that name one only after a particular word ("hall" after "town"). The
    /// tokenizer marks them <see cref="WordRoles.HeadsVenue"/>, so that a phrase with none of them is not read at all.
    /// </summary>
    /// <remarks>
    /// Complete: <see cref="TryPlural"/> accepts only a head with "s" added or with its "y" turned into "ies", and
    /// those are the candidates here, each kept only where <see cref="Head"/>'s own tests accept it.
    /// </remarks>
    public static IEnumerable<string> HeadWords()
    {
        var candidates = Heads.Keys.Concat(Heads.Keys.Select(h => h + "s"))
            .Concat(Heads.Keys.Where(h => h.EndsWith('y')).Select(h => h[..^1] + "ies")).Concat(QualifiedHeads.Keys);
        return candidates.Where(w => Heads.ContainsKey(w) || QualifiedHeads.ContainsKey(w) || TryPlural(w, out _)).Distinct(StringComparer.Ordinal);
    }

    private static bool TryPlural(string word, out VenueHead head)
    {
        head = Event;
        // The singular is looked up as a span: nearly every plural noun of an article comes here, and few are venue nouns.
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal) && HeadLookup.TryGetValue(Singular(word, stackalloc char[SingularBuffer]), out var h1))
        {
            head = h1;
            return true;
        }

        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && HeadLookup.TryGetValue(word.AsSpan(0, word.Length - 1), out var h2))
        {
            head = h2;
            return true;
        }

        return false;
    }

    private const int SingularBuffer = 64;

    /// <summary>"rallies" gives "rally": in <paramref name="buffer"/> when it fits.</summary>
    private static ReadOnlySpan<char> Singular(string plural, Span<char> buffer)
    {
        var length = plural.Length - 2;
        if (length > buffer.Length)
            return plural[..^3] + "y";
        plural.AsSpan(0, length - 1).CopyTo(buffer);
        buffer[length - 1] = 'y';
        return buffer[..length];
    }

    /// <summary>"rallies", "interviews": the plural of a venue noun.</summary>
    public static bool IsPlural(string word) =>
        HeadShapes.MayHold(word) && !Heads.ContainsKey(word) && !QualifiedHeads.ContainsKey(word) && TryPlural(word, out _);

    public static bool IsBroadcastModifier(string word) => BroadcastModifiers.Contains(word);

    public static bool IsPlatform(string word) => PlatformWords.Contains(word);

    public static bool IsOutletName(string word) => OutletNames.Contains(word);

    public static bool IsOutletSuffix(string word) => OutletSuffixes.Contains(word);

    public static bool IsJournalistRole(string word) => JournalistRoles.Contains(word);

    public static bool IsAudience(string word) => AudienceNouns.Contains(word);

    public static bool IsOutletNoun(string word) => OutletNouns.Contains(word);

    public static bool IsAssembly(string word) => AssemblyWords.Contains(word);

    /// <summary>Kept in a field: written inline, each call would build the array anew.</summary>
    private static readonly char[] OutletNameSeparators = [' ', '/', '-'];

    /// <summary>A speaker that is itself a news outlet ("The Harbour Gazette", "Valley News", "CNN"): what it says is its reporting.</summary>
    public static bool IsOutlet(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return false;
        // Asked for the speaker of nearly every statement: the words are read as spans and lowercased on the stack.
        var span = name.AsSpan();
        Span<char> buffer = stackalloc char[OutletWordBuffer];
        int words = 0, firstStart = 0, firstLength = 0, lastStart = 0, lastLength = 0;
        var named = false;
        foreach (var range in span.SplitAny(OutletNameSeparators))
        {
            var (start, length) = range.GetOffsetAndLength(span.Length);
            if (length == 0)
                continue;
            if (words++ == 0)
                (firstStart, firstLength) = (start, length);
            (lastStart, lastLength) = (start, length);
            named = named || OutletNameLookup.Contains(LowerWithoutPeriods(span.Slice(start, length), buffer));
        }

        if (named && words <= 4)
            return true;
        if (words < 2 || !span.Slice(firstStart, firstLength).Equals("The", StringComparison.OrdinalIgnoreCase) || !char.IsUpper(span[lastStart]))
            return false;
        var last = LowerWithoutPeriods(span.Slice(lastStart, lastLength), buffer);
        return OutletSuffixLookup.Contains(last) || words == 2 && last is "hill";
    }

    private const int OutletWordBuffer = 64;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OutletNameLookup = OutletNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OutletSuffixLookup = OutletSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The word lowercased, trailing periods dropped: in <paramref name="buffer"/> when it fits.</summary>
    private static ReadOnlySpan<char> LowerWithoutPeriods(ReadOnlySpan<char> word, Span<char> buffer) =>
        word.Length > buffer.Length
            ? word.ToString().ToLowerInvariant().TrimEnd('.')
            : buffer[..word.ToLowerInvariant(buffer)].TrimEnd('.');
}
