using QuoteIndex.Core.Extraction.Text;

namespace QuoteIndex.Core.Extraction.Speakers;

/// <summary>
/// Common given names whose bearers are mostly of one gender, so that "he" and "she" find the right person.
/// A name missing here only leaves the gender open; it never blocks a match.
/// </summary>
internal static class FirstNames
{
    public static readonly WordSet Male = new(StringComparer.OrdinalIgnoreCase)
    {
        "aaron", "adam", "ahmed", "alan", "albert", "alex", "alexander", "ali", "andrew", "andy", "anthony", "antony", "arthur",
        "barack", "ben", "benjamin", "bernie", "bill", "bob", "bobby", "boris", "brad", "brian", "bruce", "carl", "carlos",
        "charles", "charlie", "chris", "christopher", "chuck", "colin", "craig", "dan", "daniel", "dave", "david", "dennis",
        "dick", "donald", "doug", "douglas", "ed", "eddie", "edward", "emmanuel", "eric", "frank", "fred", "gary", "george",
        "gerald", "greg", "gregory", "hans", "harold", "harry", "henry", "howard", "hugh", "ian", "jack", "jacob", "james",
        "jason", "jeb", "jeff", "jeffrey", "jerry", "jim", "jimmy", "joe", "john", "johnny", "jon", "jonathan", "jorge",
        "jose", "joseph", "josh", "juan", "justin", "keith", "ken", "kenneth", "kevin", "larry", "lee", "luis", "marco",
        "mark", "martin", "matt", "matthew", "max", "michael", "mike", "mitch", "mitt", "mohammed", "muhammad", "nathan",
        "neil", "nick", "nicholas", "olaf", "oliver", "omar", "patrick", "paul", "pete", "peter", "phil", "philip", "ralph",
        "ray", "reince", "richard", "rick", "rob", "robert", "roger", "ron", "ronald", "rudy", "russ", "ryan", "sam",
        "samuel", "scott", "sean", "sergei", "stephen", "steve", "steven", "ted", "thomas", "tim", "timothy", "todd", "tom",
        "tony", "vladimir", "walter", "wayne", "william", "xi", "vladimir", "volodymyr", "recep", "narendra", "rishi", "keir",
        "justin", "emmanuel", "friedrich", "pedro", "javier", "andrés", "lula", "benjamin", "yoav", "ali", "hassan", "ahmad",
    };

    public static readonly WordSet Female = new(StringComparer.OrdinalIgnoreCase)
    {
        "alice", "amanda", "amy", "ana", "angela", "ann", "anna", "anne", "barbara", "betsy", "betty", "carly", "carol",
        "caroline", "catherine", "cathy", "chelsea", "christine", "claire", "condoleezza", "cynthia", "debbie", "deborah",
        "diana", "diane", "donna", "dorothy", "elena", "elizabeth", "ellen", "emily", "emma", "eva", "frances", "giorgia",
        "grace", "hannah", "heather", "helen", "hillary", "ivanka", "jane", "janet", "jennifer", "jessica", "jill", "joan",
        "judith", "judy", "julia", "julie", "karen", "kamala", "kate", "katherine", "kathleen", "kathy", "katie", "kelly",
        "kellyanne", "kim", "kirsten", "kristen", "laura", "lauren", "linda", "lisa", "loretta", "lucy", "margaret", "maria",
        "marie", "marine", "martha", "mary", "megan", "megyn", "melania", "melissa", "michelle", "nancy", "natalie", "nicola",
        "nikki", "olivia", "pamela", "patricia", "rachel", "rebecca", "rose", "ruth", "sally", "samantha", "sandra", "sarah",
        "sharon", "sheila", "sophie", "stephanie", "susan", "susie", "theresa", "tulsi", "ursula", "valerie", "victoria",
        "virginia", "wendy", "yulia", "zoe", "tina", "gina", "lisa", "nina", "rosa", "maya", "leah", "jo", "kristin", "dianne",
        "huma", "cheryl", "donna", "hope", "loretta", "kathleen", "madeleine", "sheryl", "jeanne", "erin", "dana", "liz", "jacinda", "annalena", "kaja", "mette", "sanna", "angela", "dilma",
    };

    /// <summary>+1 male, -1 female, 0 unknown, from a given name or an honorific.</summary>
    public static int GenderOf(ReadOnlySpan<char> word) => GenderOf(word, WordKindTable.Of(word));

    /// <summary><see cref="GenderOf(ReadOnlySpan{char})"/> of a word whose <paramref name="kinds"/> are known.</summary>
    public static int GenderOf(ReadOnlySpan<char> word, WordKinds kinds) =>
        word is "Mr." or "Mr" or "Sir" or "Lord" or "King" or "Prince" or "Father" ? 1
        : word is "Mrs." or "Mrs" or "Ms." or "Ms" or "Miss" or "Dame" or "Lady" or "Queen" or "Princess" ? -1
        : (kinds & WordKinds.Male) != 0 ? 1
        : (kinds & WordKinds.Female) != 0 ? -1
        : 0;
}
