using QuoteIndex.Core.Extraction.Text;

namespace QuoteIndex.Core.Extraction.Speakers;

/// <summary>Word lists that tell the parts of a speaker phrase apart: titles, particles, organisation words, pronouns.</summary>
internal static class NameWords
{
    public static readonly WordSet Titles = Set(
        "president", "vice", "secretary", "senator", "sen.", "sens.", "representative", "rep.", "reps.", "congressman",
        "congresswoman", "governor", "gov.", "lt.", "lieutenant", "mayor", "minister", "prime", "premier", "chancellor",
        "ambassador", "amb.", "judge", "justice", "chief", "general", "gen.", "admiral", "adm.", "colonel", "col.",
        "captain", "capt.", "major", "maj.", "sergeant", "sgt.", "commissioner", "director", "chairman", "chairwoman",
        "chair", "ceo", "cfo", "coo", "founder", "co-founder", "leader", "speaker", "spokesman", "spokeswoman",
        "spokesperson", "attorney", "prosecutor", "sheriff", "officer", "detective", "inspector", "superintendent",
        "dr.", "dr", "doctor", "prof.", "professor", "mr.", "mrs.", "ms.", "miss", "mr", "mrs", "ms", "sir", "dame", "lord", "lady",
        "rev.", "reverend", "pastor", "father", "bishop", "archbishop", "pope", "cardinal", "rabbi", "imam", "sheikh",
        "king", "queen", "prince", "princess", "emperor", "councillor", "councilor", "councilman", "councilwoman",
        "alderman", "delegate", "nominee", "candidate", "hopeful", "coach", "manager", "economist", "analyst", "pollster",
        "strategist", "adviser", "advisor", "aide", "deputy", "assistant", "associate", "executive", "head", "counsel",
        "solicitor", "advocate", "commander", "marshal", "trooper", "lawmaker", "legislator", "envoy", "diplomat",
        "surgeon", "nurse", "physician", "researcher", "scientist", "historian", "author", "writer", "editor", "columnist",
        "correspondent", "reporter", "anchor", "host", "moderator", "activist", "organizer", "organiser", "campaigner",
        "state", "foreign", "defense", "defence", "interior", "finance", "health", "justice", "transport", "education", "labor", "labour", "energy", "trade", "treasury", "fire", "police", "house",
        "senate", "majority", "minority", "whip", "ranking", "democrat", "republican", "independent", "libertarian", "democratic", "republican", "gop", "former", "acting", "interim", "incoming",
        "outgoing", "then", "current", "u.s.", "us", "u.k.", "uk", "u.n.", "un", "eu", "e.u.", "federal", "national",
        "regional", "city", "county", "district", "general's", "presidential", "vice-presidential", "party", "campaign");

    /// <summary>Lower-case words that may sit inside a name: "Ludwig van Beethoven", "Mohammed bin Salman".</summary>
    public static readonly WordSet Particles = Set(
        "de", "da", "di", "du", "del", "della", "der", "den", "des", "dos", "das", "do", "la", "le", "van", "von", "ter", "ten",
        "bin", "bint", "ibn", "al", "el", "y", "st.", "mac", "o'");

    /// <summary>Words that make a capitalised phrase an organisation or a body rather than a person.</summary>
    public static readonly WordSet OrganisationWords = Set(
        "ministry", "department", "dept.", "office", "agency", "administration", "government", "council", "committee",
        "commission", "authority", "board", "bureau", "service", "services", "institute", "institution", "foundation",
        "association", "union", "federation", "league", "party", "campaign", "house", "senate", "congress", "parliament",
        "assembly", "court", "police", "army", "navy", "military", "force", "forces", "guard", "kremlin", "pentagon",
        "company", "corporation", "corp.", "inc.", "inc", "ltd", "ltd.", "llc", "plc", "co.", "group", "bank", "fund",
        "university", "college", "school", "hospital", "clinic", "center", "centre", "club", "team", "network", "news",
        "times", "post", "journal", "herald", "tribune", "gazette", "courier", "wire", "press", "reuters", "cnn", "bbc",
        "nbc", "cbs", "abc", "fox", "msnbc", "npr", "politico", "magazine", "radio", "tv", "television", "channel",
        "daily", "weekly", "review", "report", "poll", "survey", "study", "statement", "trust", "alliance", "coalition",
        "movement", "organization", "organisation", "society", "church", "museum", "airline", "airlines", "railway",
        "rail", "port", "council's", "un", "u.n.", "nato", "eu", "who", "fbi", "cia", "nsa", "irs", "fda", "epa",
        "white", "treasury", "embassy", "consulate", "secretariat", "directorate", "cabinet", "tribunal", "prosecutors",
        "ventures", "holdings", "partners", "industries", "technologies", "labs", "media", "times's");

    /// <summary>Capitalised at a sentence start, never a speaker's name: "That, the commission said, ...".</summary>
    public static readonly WordSet NotNames = Set(
        "that", "this", "these", "those", "there", "here", "the", "a", "an", "but", "and", "or", "so", "yet", "in", "on",
        "at", "for", "with", "as", "if", "when", "while", "after", "before", "then", "now", "still", "also", "however",
        "meanwhile", "instead", "indeed", "yes", "no", "well", "why", "what", "how", "who", "where", "which", "some",
        "many", "most", "all", "both", "each", "every", "his", "her", "their", "its", "our", "my", "your", "one",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "last", "next", "earlier", "later", "again", "asked", "told", "said", "says", "it", "such", "not", "because",
        "even", "over", "only", "just", "still", "yet", "since", "until", "during", "despite", "unlike", "like");

    /// <summary>"Some said ...", "Others argued ...": people the text counts but does not name.</summary>
    public static readonly WordSet Quantifiers = Set("some", "others", "many", "most", "few", "several", "both", "all", "none");

    public static readonly WordSet Pronouns = Set("he", "she", "they", "it", "we", "i", "you");

    /// <summary>Nouns that name unnamed sources or groups: "officials said", "a source close to ...".</summary>
    public static readonly WordSet UnnamedNouns = Set(
        "official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson", "spokespeople",
        "representative", "representatives", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "critic",
        "critics", "expert", "experts", "analyst", "analysts", "observer", "observers", "economist", "economists",
        "investigator", "investigators", "prosecutor", "prosecutors", "lawyer", "lawyers", "attorney", "attorneys",
        "witness", "witnesses", "resident", "residents", "voter", "voters", "supporter", "supporters", "opponent",
        "opponents", "protester", "protesters", "activist", "activists", "leader", "leaders", "member", "members",
        "people", "person", "insider", "insiders", "diplomat", "diplomats", "executive", "executives", "employee",
        "employees", "worker", "workers", "organizer", "organizers", "organiser", "organisers", "researcher",
        "researchers", "scientist", "scientists", "doctor", "doctors", "authorities", "police", "statement", "report",
        "poll", "survey", "study", "campaign", "ministry", "company", "government", "administration", "department",
        "agency", "committee", "commission", "council", "union", "group", "spokesmen", "staff", "staffer", "staffers",
        "pollster", "pollsters", "strategist", "strategists", "candidate", "candidates", "senator", "senators",
        "lawmaker", "lawmakers", "republicans", "democrats", "president", "minister", "secretary", "governor", "mayor",
        "chairman", "director", "chief", "judge", "court", "newspaper", "paper", "website", "network", "magazine",
        "article", "letter", "memo", "filing", "complaint", "lawsuit", "document", "documents", "data", "figures",
        "numbers", "records", "emails", "email", "tweet", "ad", "video", "release", "announcement", "website",
        "nominee", "team", "coach", "manager", "owner", "owners", "board", "firm", "party", "press", "aide", "surgeon",
        "nurse", "nurses", "director", "councillor", "officer", "officers", "host", "moderator", "panel", "jury");

    public static readonly WordSet Determiners = Set(
        "the", "a", "an", "another", "his", "her", "their", "its", "our", "my", "your", "some", "many", "several", "most",
        "few", "other", "two", "three", "four", "five", "both", "all", "one", "these", "those", "this", "that", "each",
        "senior", "top", "former");

    /// <summary>Words between a subject and its cue that belong to neither: "has also said", "would later tell".</summary>
    public static readonly WordSet Auxiliaries = Set(
        "has", "have", "had", "was", "were", "is", "are", "will", "would", "did", "does", "do", "could", "might", "may",
        "also", "later", "previously", "again", "then", "repeatedly", "often", "once", "recently", "reportedly", "further",
        "publicly", "privately", "earlier", "flatly", "simply", "just", "already", "frequently", "even", "still", "since",
        "first", "initially", "subsequently", "separately", "similarly", "angrily", "bluntly", "openly", "quietly",
        "firmly", "clearly", "directly", "immediately", "long", "ultimately", "finally", "been", "being", "herself",
        "himself", "themselves", "itself", "personally", "subsequently", "sarcastically", "proudly", "loudly", "however",
        "nonetheless", "nevertheless", "meanwhile", "instead", "too");

    /// <summary>"consistently", "later": a lower-case -ly word between a subject and its verb.</summary>
    public static bool IsAdverb(ReadOnlySpan<char> word) =>
        word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ly", StringComparison.Ordinal) && !word.Equals("family", StringComparison.Ordinal);

    /// <summary>Nouns for people by their ending: supporter, ambassador, strategist, politician, spokesman, 70-year-old.</summary>
    public static bool IsPersonNoun(ReadOnlySpan<char> word) =>
        word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("or", StringComparison.Ordinal)
        || word.EndsWith("ist", StringComparison.Ordinal) || word.EndsWith("ian", StringComparison.Ordinal)
        || word.EndsWith("ant", StringComparison.Ordinal) || word.EndsWith("ent", StringComparison.Ordinal)
        || word.EndsWith("man", StringComparison.Ordinal) || word.EndsWith("woman", StringComparison.Ordinal)
        || word.EndsWith("person", StringComparison.Ordinal) || word.EndsWith("-old", StringComparison.Ordinal)
        || word.EndsWith("ee", StringComparison.Ordinal) || word is "lawyer" or "chief" or "head" or "aide" or "nominee";

    /// <summary>"public", "political", "detailing", "two": words that end a phrase without naming anyone.</summary>
    public static bool IsAdjectiveOrFunctionWord(ReadOnlySpan<char> word) => IsAdjectiveOrFunctionWord(word, WordKindTable.Of(word));

    /// <summary><see cref="IsAdjectiveOrFunctionWord(ReadOnlySpan{char})"/> of a word whose <paramref name="kinds"/> are known.</summary>
    public static bool IsAdjectiveOrFunctionWord(ReadOnlySpan<char> word, WordKinds kinds) =>
        (kinds & WordKinds.UnnamedNoun) == 0
        && (word.EndsWith("ic", StringComparison.Ordinal) || word.EndsWith("ical", StringComparison.Ordinal)
            || word.EndsWith("ous", StringComparison.Ordinal) || word.EndsWith("ful", StringComparison.Ordinal)
            || word.EndsWith("able", StringComparison.Ordinal) || word.EndsWith("ible", StringComparison.Ordinal)
            || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal)
            || word.EndsWith("less", StringComparison.Ordinal) || word.EndsWith("est", StringComparison.Ordinal)
            || word.EndsWith("ive", StringComparison.Ordinal) || word.EndsWith("ary", StringComparison.Ordinal)
            || (kinds & (WordKinds.NotName | WordKinds.Number)) != 0 || word.Length < 3 || !char.IsLetter(word[0]));

    /// <summary>"one in four", "two-thirds": counts that stand for people in poll reports.</summary>
    public static bool IsCount(ReadOnlySpan<char> word, WordKinds kinds) =>
        (kinds & WordKinds.Number) != 0 || word is "one" or "two-thirds" or "one-third" or "three-quarters";

    public static readonly WordSet Numbers = Set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "hundred", "thousand", "million");

    private static WordSet Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);
}
