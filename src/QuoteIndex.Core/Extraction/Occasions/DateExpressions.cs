using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Occasions;

internal enum DateKind
{
    /// <summary>"Sept. 24", "24 September 2024".</summary>
    Exact,

    /// <summary>"on Tuesday", "Tuesday night", "last Monday".</summary>
    Weekday,

    /// <summary>"today", "tonight", "this morning", "earlier today".</summary>
    PublicationDay,

    /// <summary>"yesterday", "last night".</summary>
    DayBefore,

    /// <summary>"earlier in the day", "that night": the day of the occasion the text is on.</summary>
    SameDay,

    /// <summary>"then", "at the time": still the occasion just told.</summary>
    Continuation,

    /// <summary>A time that fixes no day and moves away from the occasion at hand: "in July", "last year", "in 2004".</summary>
    Vague,

    /// <summary>A time that fixes no day but may well hold the occasion at hand: "this week", "this weekend".</summary>
    Loose,
}

/// <summary>A time expression of the article, found by <see cref="DateExpressions"/>.</summary>
internal sealed record DateMention(int First, int End, DateKind Kind, int Month, int Day, int? Year, string Basis, bool Modifier, bool Last)
{
    /// <summary>A date that can be a statement's date: a day, fixed or relative, not a modifier of some other noun.</summary>
    public bool NamesDay => Kind is DateKind.Exact or DateKind.Weekday or DateKind.PublicationDay or DateKind.DayBefore or DateKind.SameDay;

    /// <summary>
    /// The day this expression means. Weekdays and "today" need the publication date; a month and day without a year take
    /// the most recent such day on or before publication, or no year at all when the publication date is unknown.
    /// </summary>
    public StatementDate? Resolve(DateOnly? published, StatementDate? sameDay)
    {
        if (Kind == DateKind.SameDay)
            return sameDay is null ? null : new StatementDate(sameDay.Year, sameDay.Month, sameDay.Day, DateSource.Stated, $"{Basis} ({sameDay.Basis})");
        if (Kind == DateKind.Exact)
        {
            // A day after publication is a plan or a date line of some later copy, never when the words were said.
            if (Year is { } year)
                return Valid(year, Month, Day) && !(published is { } p0 && new DateOnly(year, Month, Day) > p0)
                    ? new StatementDate(year, Month, Day, DateSource.Stated, Basis)
                    : null;
            if (published is null)
                return Day <= DateTime.DaysInMonth(2000, Month) ? new StatementDate(null, Month, Day, DateSource.Stated, Basis) : null;
        }

        if (published is not { } p)
            return null;
        switch (Kind)
        {
            case DateKind.Exact:
                if (new DateOnly(p.Year, Month, Math.Min(Day, DateTime.DaysInMonth(p.Year, Month))) is var ahead && ahead > p && ahead.DayNumber - p.DayNumber <= 120)
                    return null; // "the vote on Nov. 1" in a September story: ahead, not said then
                for (var y = p.Month > Month || (p.Month == Month && p.Day >= Day) ? p.Year : p.Year - 1; y > p.Year - 8; y--)
                {
                    if (Valid(y, Month, Day))
                        return new StatementDate(y, Month, Day, DateSource.Stated, Basis);
                }

                return null;
            case DateKind.Weekday:
                var back = ((int)p.DayOfWeek - Day + 7) % 7;
                if (back == 0 && Last)
                    back = 7;
                return new StatementDate(p.AddDays(-back), DateSource.Stated, Basis);
            case DateKind.PublicationDay:
                return new StatementDate(p, DateSource.Stated, Basis);
            case DateKind.DayBefore:
                return new StatementDate(p.AddDays(-1), DateSource.Stated, Basis);
            default:
                return null;
        }
    }

    private static bool Valid(int year, int month, int day) => year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month);
}

/// <summary>
/// Reads time expressions at a token: explicit dates, weekdays, "today" and "yesterday" words, and the vaguer "last week"
/// or "in July" that fix no day but tell that the text has moved to another time. Looks at most a few tokens ahead.
/// </summary>
internal static class DateExpressions
{
    private static readonly HashSet<string> PartsOfDay = new(StringComparer.Ordinal) { "morning", "afternoon", "evening", "night" };

    private static readonly HashSet<string> PeriodWords = new(StringComparer.Ordinal)
    {
        "week", "weekend", "month", "year", "spring", "summer", "fall", "autumn", "winter", "decade", "century", "term",
        "session", "campaign", "cycle",
    };

    private static readonly HashSet<string> AgoUnits = new(StringComparer.Ordinal) { "days", "weeks", "months", "years", "decades", "day", "week", "month", "year", "decade" };

    /// <summary>Before these a date is a deadline or a span edge, not when something was said.</summary>
    private static readonly HashSet<string> NotStatementPrepositions = new(StringComparer.Ordinal)
    {
        "by", "until", "till", "through", "since", "before", "after", "from", "next", "ahead", "starting", "beginning",
        "following", "coming",
    };

    /// <summary>After these a date names another event ("the Sept. 11 attacks", "Monday's debate").</summary>
    private static readonly HashSet<string> EventNouns = new(StringComparer.Ordinal)
    {
        "debate", "debates", "rally", "meeting", "vote", "election", "attack", "attacks", "memorial", "anniversary",
        "deadline", "primary", "primaries", "caucus", "caucuses", "hearing", "game", "speech", "shooting", "bombing",
        "explosion", "event", "ceremony", "interview", "show", "episode", "broadcast", "storm", "massacre", "raid",
        "summit", "convention", "forum", "parade", "march", "protest", "crash", "fire", "terror", "terrorist", "session",
    };

    /// <summary>
    /// Every word a time expression can start on, besides a day number ("5", "21st"): the tokenizer marks them
    /// <see cref="WordRoles.OpensDate"/>, and one bit turns away the many words that start none. Keep it in step with the
    /// cases of <see cref="TryParse"/>.
    /// </summary>
    internal static readonly HashSet<string> Openers = new(
        ["today", "tonight", "yesterday", "this", "past", "last", "earlier", "later", "early", "late", "that", "the", "then",
         "at", "in", "over", "after", "before", "since", "mid", "during", "recently", "previously", "formerly",
         .. AgoUnits, .. Words.Weekdays, .. Words.MonthNames],
        StringComparer.Ordinal);

    public static DateMention? TryParse(ArticleView v, int i, int end)
    {
        var tokens = v.Tokens;
        // The role bit first: asked of every token, it turns away nearly all without reading the mask.
        if (i >= end || !tokens[i].Has(WordRoles.OpensDate) || v.Masked[i] || !tokens[i].IsWord && tokens[i].Kind != TokenKind.Number)
            return null;
        var w = tokens[i].Stem;
        // A number opens only "24 September": every phrase below opens with a letter, and a number is never capitalised.
        if (char.IsAsciiDigit(w[0]))
            return DayThenMonth(v, i, end, w);
        var next = Word(v, i + 1, end);
        var next2 = Word(v, i + 2, end);
        switch (w)
        {
            case "today" or "tonight" when !MidSentenceName(v, i):
                return Make(v, i, i + 1, end, DateKind.PublicationDay);
            case "yesterday":
                return Make(v, i, PartsOfDay.Contains(next ?? string.Empty) ? i + 2 : i + 1, end, DateKind.DayBefore);
            case "this" when next is "morning" or "afternoon" or "evening":
                return Make(v, i, i + 2, end, DateKind.PublicationDay);
            case "this" or "past" when next is "week" or "weekend":
                return Make(v, i, i + 2, end, DateKind.Loose);
            case "this" when next is not null && PeriodWords.Contains(next):
                return Make(v, i, i + 2, end, DateKind.Vague);
            case "this" when next is not null && Words.IsWeekday(next) && v.IsCapitalized(i + 1):
                return Weekday(v, i, i + 1, end, last: false);
            case "last" when next is "night":
                return Make(v, i, i + 2, end, DateKind.DayBefore);
            case "last" when next is not null && Words.IsWeekday(next) && v.IsCapitalized(i + 1):
                return Weekday(v, i, i + 1, end, last: true);
            case "last" when next is not null && (PeriodWords.Contains(next) || Words.Month(next) > 0 && v.IsCapitalized(i + 1)):
                return Make(v, i, i + 2, end, DateKind.Vague);
            case "earlier" or "later" when next is "today" or "tonight":
                return Make(v, i, i + 2, end, DateKind.PublicationDay);
            case "earlier" or "later" when next is "this" && next2 is not null && PeriodWords.Contains(next2):
                return Make(v, i, i + 3, end, DateKind.Vague);
            case "earlier" or "later" when next is "in" && next2 == "the" && Word(v, i + 3, end) is "day" or "morning" or "evening":
                return Make(v, i, i + 4, end, DateKind.SameDay);
            case "earlier" or "later" when next is "that" && next2 is not null && (next2 == "day" || PartsOfDay.Contains(next2)):
                return Make(v, i, i + 3, end, DateKind.SameDay);
            case "earlier" or "later" or "early" or "late" when next is not null && Words.IsWeekday(next) && v.IsCapitalized(i + 1):
                return Weekday(v, i, i + 1, end, last: false);
            case "that" when next is "day" or "night" or "morning" or "afternoon" or "evening":
                return Make(v, i, i + 2, end, DateKind.SameDay);
            case "the" when next is "same" && next2 == "day":
                return Make(v, i, i + 3, end, DateKind.SameDay);
            case "then" when i > 0 && tokens[i - 1].IsWord && IsSayingVerb(tokens[i - 1].Lower)
                             || i + 1 < end && tokens[i + 1].Lower is "." or "," or ";" && i > 0 && char.IsUpper(v.Text[tokens[i - 1].Start]):
                return Make(v, i, i + 1, end, DateKind.Continuation);
            case "at" when next is "the" && next2 == "time":
                return Make(v, i, i + 3, end, DateKind.Continuation);
            case "in" or "over" when next is "the" && next2 is "past" or "last":
                // "in the past" moves away; "in the past two weeks" is the recent stretch the story is in.
                return Word(v, i + 3, end) is { } n && (v.Tokens[i + 3].Kind == TokenKind.Number || n is "few" or "several" or "couple" or "two" or "three" or "week" or "month" or "day" or "days" or "weeks")
                    ? Make(v, i, i + 3, end, DateKind.Loose)
                    : Make(v, i, i + 3, end, DateKind.Vague);
            case "after" or "before" or "since" when (next is "the" or "a" or "his" or "her" or "their" or "last") && next2 is not null && EventNouns.Contains(next2):
                // "said after the convention": the words belong to another time than the story's day.
                return Make(v, i, i + 3, end, DateKind.Vague);
            case "in" or "since" or "early" or "late" or "mid" or "during" when next is not null && Words.Month(next) > 0 && v.IsCapitalized(i + 1)
                                                                            && !(Word(v, i + 2, end) is { } d && DayNumber(d) > 0):
                return Make(v, i, Word(v, i + 2, end) is { } y && Year(y) > 0 ? i + 3 : i + 2, end, DateKind.Vague);
            case "in" when next is not null && Year(next) > 0 && tokens[i + 1].Kind == TokenKind.Number:
                return Make(v, i, i + 2, end, DateKind.Vague);
            case "recently" or "previously" or "formerly":
                return Make(v, i, i + 1, end, DateKind.Vague);
        }

        // The cheap tests first: most words are neither before "ago" nor capitalised.
        if (next == "ago" && AgoUnits.Contains(w))
            return Make(v, i, i + 2, end, DateKind.Vague);
        var capitalized = v.IsCapitalized(i);
        if (capitalized && Words.IsWeekday(w))
            return Weekday(v, i, i, end, last: false);

        var month = capitalized ? Words.Month(w) : 0;
        if (month > 0)
        {
            var j = i + 1;
            if (j < end && tokens[j].Lower == ".")
                j++;
            if (Word(v, j, end) is { } dayWord && DayNumber(dayWord) is > 0 and var day && day <= 31)
            {
                var stop = j + 1;
                int? year = null;
                if (Word(v, stop, end) == "," && Word(v, stop + 1, end) is { } y && Year(y) > 0)
                {
                    year = Year(y);
                    stop += 2;
                }
                else if (Word(v, stop, end) is { } y2 && Year(y2) > 0)
                {
                    year = Year(y2);
                    stop += 1;
                }

                return Make(v, i, stop, end, DateKind.Exact, month, day, year);
            }

            return null;
        }

        return DayThenMonth(v, i, end, w);
    }

    /// <summary>"24 September 2024", "3rd March": a day number, then a capitalised month, then perhaps a year.</summary>
    private static DateMention? DayThenMonth(ArticleView v, int i, int end, string w)
    {
        if (DayNumber(w) is > 0 and <= 31 and var day && Word(v, i + 1, end) is { } m && Words.Month(m) > 0 && v.IsCapitalized(i + 1))
        {
            var stop = i + 2;
            if (Word(v, stop, end) == ".")
                stop++;
            int? year = null;
            if (Word(v, stop, end) is { } y && Year(y) > 0)
            {
                year = Year(y);
                stop++;
            }

            return Make(v, i, stop, end, DateKind.Exact, Words.Month(m), day, year);
        }

        return null;
    }

    public static bool IsDateWord(ArticleView v, int i)
    {
        var t = v.Tokens[i];
        if (!t.IsWord)
            return false;
        var w = t.Stem;
        if (w is "today" or "tonight" or "yesterday" or "tomorrow")
            return !MidSentenceName(v, i);
        return v.IsCapitalized(i) && (Words.IsWeekday(w) || Words.Month(w) > 0 && w != "may");
    }

    /// <summary>"BBC Radio 4's Today programme", "The Tonight Show": a capitalised "Today" inside a sentence is a name.</summary>
    private static bool MidSentenceName(ArticleView v, int i) =>
        v.IsCapitalized(i) && i > v.SentenceTokens[v.TokenSentence[i]].First && v.Tokens[i - 1].Kind != TokenKind.Quote
        && !(v.Tokens[i - 1].Lower is "," or "--" or ":" or "(");

    private static bool IsSayingVerb(string w) =>
        w is "said" or "says" or "told" or "wrote" or "added" or "declared" or "stated" or "argued" or "remarked" or "insisted" or "explained";

    private static DateMention Weekday(ArticleView v, int first, int weekday, int end, bool last)
    {
        var stop = weekday + 1;
        var stem = v.Tokens[weekday].Stem;
        if (!v.Tokens[weekday].IsPossessive && Word(v, stop, end) is { } part && PartsOfDay.Contains(TrimPossessive(part)))
            stop++;
        var day = Array.IndexOf(DayNames, stem);
        return Make(v, first, stop, end, DateKind.Weekday, 0, day, null, last);
    }

    private static readonly string[] DayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    private static DateMention Make(ArticleView v, int first, int stop, int end, DateKind kind, int month = 0, int day = 0, int? year = null, bool last = false)
    {
        stop = Math.Min(stop, end);
        var tokens = v.Tokens;
        var modifier = tokens[stop - 1].IsPossessive;
        if (!modifier && stop < end && tokens[stop].IsWord && EventNouns.Contains(tokens[stop].Lower) && kind != DateKind.Continuation)
            modifier = true;
        var before = first > 0 && tokens[first - 1].IsWord ? tokens[first - 1].Lower : null;
        if (before is not null && NotStatementPrepositions.Contains(before) && kind is not (DateKind.Vague or DateKind.Continuation))
            modifier = true;
        var basisFirst = before is "on" && !v.Masked[first - 1] ? first - 1 : first;
        return new DateMention(first, stop, kind, month, day, year, v.TextOf(basisFirst, stop), modifier, last);
    }

    private static string TrimPossessive(string w) => w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w;

    private static string? Word(ArticleView v, int i, int end) =>
        i < end && !v.Masked[i] ? v.Tokens[i].Lower : null;

    private static int DayNumber(string w)
    {
        var digits = w.Length;
        if (w.EndsWith("st", StringComparison.Ordinal) || w.EndsWith("nd", StringComparison.Ordinal)
            || w.EndsWith("rd", StringComparison.Ordinal) || w.EndsWith("th", StringComparison.Ordinal))
            digits -= 2;
        if (digits is < 1 or > 2)
            return 0;
        var n = 0;
        for (var k = 0; k < digits; k++)
        {
            if (!char.IsAsciiDigit(w[k]))
                return 0;
            n = n * 10 + (w[k] - '0');
        }

        return n;
    }

    private static int Year(string w) =>
        w.Length == 4 && w.All(char.IsAsciiDigit) && int.Parse(w, System.Globalization.CultureInfo.InvariantCulture) is >= 1800 and <= 2200 and var y ? y : 0;
}
