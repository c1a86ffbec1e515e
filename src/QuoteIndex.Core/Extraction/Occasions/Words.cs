using QuoteIndex.Core.Extraction.Text;

namespace QuoteIndex.Core.Extraction.Occasions;

/// <summary>Small closed word classes the venue and date patterns need.</summary>
internal static class Words
{
    public static readonly WordSet Determiners = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "his", "her", "their", "its", "this", "that", "these", "those", "one", "another", "our", "my",
        "your",
    };

    public static readonly HashSet<string> PossessivePronouns = new(StringComparer.Ordinal) { "his", "her", "their", "its" };

    /// <summary>Function words and verbs of saying: a noun phrase never runs through them.</summary>
    public static readonly WordSet Stops = new(StringComparer.Ordinal)
    {
        "of", "in", "on", "at", "with", "by", "for", "and", "or", "but", "nor", "to", "from", "as", "that", "which", "who",
        "whom", "whose", "where", "when", "while", "after", "before", "than", "is", "was", "were", "are", "be", "been",
        "being", "has", "have", "had", "said", "says", "say", "saying", "told", "tell", "tells", "telling", "if", "because",
        "into", "about", "over", "under", "between", "against", "during", "through", "via", "per", "not", "no", "he", "she",
        "they", "it", "we", "i", "you", "him", "them", "there", "here", "also", "just", "even", "then", "so", "such",
        "would", "will", "could", "should", "can", "may", "might", "must", "do", "does", "did", "a", "an", "the", "his",
        "her", "their", "its", "this", "these", "those", "what", "how", "why", "all", "some", "any", "up", "out", "off",
        "added", "adding", "according", "amid", "among", "since", "until", "though", "although", "whether", "unless",
        "asked", "called", "noted", "wrote", "writes", "urged", "argued", "declared", "stated", "insisted", "explained",
    };

    public static readonly WordSet PersonPronouns = new(StringComparer.Ordinal)
    {
        "he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "his", "its", "their",
    };

    /// <summary>Words that open a clause of another time or reason: an occasion on one side does not reach a cue on the other.</summary>
    public static readonly HashSet<string> ClauseBreaks = new(StringComparer.Ordinal)
    {
        "after", "before", "when", "while", "whereas", "because", "although", "though", "until", "since", "but", "whom",
    };

    /// <summary>Cue verbs that continue the speaker's previous statement: "he added", "she went on".</summary>
    public static readonly HashSet<string> ContinuationCues = new(StringComparer.Ordinal)
    {
        "add", "adds", "added", "adding", "continue", "continues", "continued", "continuing", "concluded", "concludes",
        "went", "goes", "go", "going", "further", "later",
    };

    /// <summary>Auxiliaries that make a cue habitual or past-of-past ("has long said", "had told"): no single occasion.</summary>
    public static readonly HashSet<string> PerfectAuxiliaries = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "'ve", "'s", "hasn't", "haven't", "hadn't",
    };

    /// <summary>Speaking verbs that take an addressee: "told a crowd", "speaking to veterans".</summary>
    public static readonly HashSet<string> TellVerbs = new(StringComparer.Ordinal) { "told", "tells", "tell", "telling" };

    public static readonly HashSet<string> AddressVerbs = new(StringComparer.Ordinal)
    {
        "speaking", "spoke", "speaks", "speak", "talking", "talked", "talks", "addressing", "addressed", "addresses",
        "remarks",
    };

    /// <summary>Verbs whose object is the occasion: "held a press conference", "issued a statement", "gave a speech".</summary>
    public static readonly HashSet<string> HostVerbs = new(StringComparer.Ordinal)
    {
        "giving", "gave", "give", "gives", "delivering", "delivered", "delivers", "holding", "held", "holds", "hosting",
        "hosted", "hosts", "attending", "attended", "headlining", "headlined", "filing", "filed", "files", "issued",
        "issuing", "issues", "released", "releasing", "posted", "posting", "published", "publishing", "penned",
        "wrote", "writing", "sent", "sending", "aired", "airing", "addressed", "addressing", "convened", "convening",
    };

    public static readonly HashSet<string> TweetVerbs = new(StringComparer.Ordinal)
    {
        "tweeted", "tweeting", "tweets", "retweeted", "retweeting", "retweets", "tweet",
    };

    public static readonly HashSet<string> WriteVerbs = new(StringComparer.Ordinal) { "writing", "wrote", "writes", "written", "write" };

    public static readonly HashSet<string> PressAudience = new(StringComparer.Ordinal) { "reporters", "journalists", "press", "media", "newsmen" };

    public static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    public static bool IsWeekday(string lower) => Weekdays.Contains(lower);

    private static readonly Dictionary<string, int> MonthNumbers = new(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8, ["september"] = 9,
        ["sept"] = 9, ["sep"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12,
        ["dec"] = 12,
    };

    public static int Month(string lower) => MonthNumbers.GetValueOrDefault(lower);

    /// <summary>The month names and abbreviations <see cref="Month"/> knows, lowercase.</summary>
    public static IEnumerable<string> MonthNames => MonthNumbers.Keys;

    /// <summary>US states and their AP abbreviations, and countries: the second half of "Port Elbury, Ohio".</summary>
    public static readonly HashSet<string> Regions = new(StringComparer.Ordinal)
    {
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
        "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
        "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
        "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
        "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
        "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "d.c", "dc",
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md",
        "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "okla",
        "ore", "pa", "r.i", "s.c", "s.d", "tenn", "tex", "va", "vt", "wash", "w.va", "wis", "wyo",
        "england", "scotland", "wales", "ireland", "france", "germany", "italy", "spain", "portugal", "belgium",
        "netherlands", "switzerland", "austria", "poland", "ukraine", "russia", "belarus", "sweden", "norway", "denmark",
        "finland", "greece", "turkey", "israel", "lebanon", "syria", "iraq", "iran", "egypt", "jordan", "china", "japan",
        "india", "pakistan", "afghanistan", "australia", "canada", "mexico", "brazil", "argentina", "chile", "colombia",
        "peru", "venezuela", "cuba", "nigeria", "kenya", "ethiopia", "south africa", "indonesia", "philippines",
        "vietnam", "thailand", "korea", "south korea", "north korea", "taiwan", "singapore", "malaysia", "qatar",
        "saudi arabia", "uae", "ontario", "quebec", "alberta", "bavaria", "catalonia", "hungary", "romania",
        "bulgaria", "serbia", "croatia", "czech republic", "slovakia", "lithuania", "latvia", "estonia", "moldova",
        "georgia", "armenia", "azerbaijan", "kazakhstan", "new zealand", "scotland", "u.k", "uk", "u.s", "us",
    };
}
