using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Tests.Extraction.Occasions;

/// <summary>
/// Statement dates, one expression per test. Stories are published on Thursday 14 March 2024 unless a test says
/// otherwise; all sentences are invented and each comment names the kind of sentence it models.
/// </summary>
public class StatementDateTests
{
    private static StatementDate? DateOf(string text, string content, string cue = "said", string? published = Story.Thursday) =>
        new Story(text, published).Says(content, cue, kind: QuoteKind.Indirect).Single().Date;

    [Fact]
    public void Resolve_AbbreviatedMonthAndDay_TakesTheMostRecentSuchDay()
    {
        // "X said on Sept. 24 that ..." (explicit date, no year)
        var date = DateOf("Ada Quill said on Sept. 24 that the pier would close.", "the pier would close", published: "2024-09-25");

        Assert.Equal(new StatementDate(2024, 9, 24, DateSource.Stated, "on Sept. 24"), date);
    }

    [Fact]
    public void Resolve_MonthAndDayAfterPublicationInTheYear_TakesTheYearBefore()
    {
        // "X said on Dec. 28 ..." in a January story (the most recent 28 December)
        var date = DateOf("Ada Quill said on Dec. 28 that the pier would close.", "the pier would close", published: "2024-01-05");

        Assert.Equal("2023-12-28", date?.ToString());
    }

    [Fact]
    public void Resolve_FullMonthAndDay_IsStated()
    {
        // "X said September 24 ..." (full month name)
        var date = DateOf("Ada Quill said September 24 that the pier would close.", "the pier would close", published: "2024-10-02");

        Assert.Equal("2024-09-24", date?.ToString());
        Assert.Equal(DateSource.Stated, date?.Source);
    }

    [Fact]
    public void Resolve_DateWithYear_KeepsTheYear()
    {
        // "On Sept. 24, 2016, X said ..." (date with its year)
        var date = DateOf("On Sept. 24, 2016, Ada Quill said the pier would close.", "the pier would close");

        Assert.Equal("2016-09-24", date?.ToString());
    }

    [Fact]
    public void Resolve_DayBeforeMonth_IsStated()
    {
        // "X said on 24 September ..." (day-month order of British and European outlets)
        var date = DateOf("Ada Quill said on 24 September that the pier would close.", "the pier would close", published: "2024-09-30");

        Assert.Equal("2024-09-24", date?.ToString());
    }

    [Fact]
    public void Resolve_MonthAndDayWithoutPublicationDate_HasNoYear()
    {
        // "X said on September 24 ..." in an article without a publication date
        var date = DateOf("Ada Quill said on September 24 that the pier would close.", "the pier would close", published: null);

        Assert.Equal("--09-24", date?.ToString());
        Assert.Null(date?.Year);
    }

    [Fact]
    public void Resolve_OnAWeekday_IsTheMostRecentSuchDay()
    {
        // "X said on Tuesday ..." (weekday in a Thursday story)
        var date = DateOf("Ada Quill said on Tuesday that the pier would close.", "the pier would close");

        Assert.Equal(new StatementDate(2024, 3, 12, DateSource.Stated, "on Tuesday"), date);
    }

    [Fact]
    public void Resolve_ThePublicationWeekday_IsThePublicationDay()
    {
        // "X said Thursday ..." in a Thursday story
        var date = DateOf("Ada Quill said Thursday that the pier would close.", "the pier would close");

        Assert.Equal("2024-03-14", date?.ToString());
    }

    [Fact]
    public void Resolve_WeekdayNight_IsThatWeekday()
    {
        // "X said Tuesday night ..." (part of the day after the weekday)
        var date = DateOf("Ada Quill said Tuesday night that the pier would close.", "the pier would close");

        Assert.Equal("2024-03-12", date?.ToString());
        Assert.Equal("Tuesday night", date?.Basis);
    }

    [Fact]
    public void Resolve_LastWeekday_IsTheOneBeforeThePublicationWeek()
    {
        // "last Thursday" in a Thursday story: a week back, not today
        var date = DateOf("Ada Quill said last Thursday that the pier would close.", "the pier would close");

        Assert.Equal("2024-03-07", date?.ToString());
    }

    [Theory]
    [InlineData("Ada Quill said today that the pier would close.")]
    [InlineData("Ada Quill said tonight that the pier would close.")]
    [InlineData("Ada Quill said this morning that the pier would close.")]
    [InlineData("Ada Quill said earlier today that the pier would close.")]
    public void Resolve_TodayWords_AreThePublicationDay(string text)
    {
        // "today", "tonight", "this morning", "earlier today" (same-day reporting)
        var date = DateOf(text, "the pier would close");

        Assert.Equal("2024-03-14", date?.ToString());
        Assert.Equal(DateSource.Stated, date?.Source);
    }

    [Theory]
    [InlineData("Ada Quill said yesterday that the pier would close.")]
    [InlineData("Ada Quill said last night that the pier would close.")]
    public void Resolve_YesterdayWords_AreTheDayBefore(string text)
    {
        // "yesterday", "last night" (next-day reporting)
        var date = DateOf(text, "the pier would close");

        Assert.Equal("2024-03-13", date?.ToString());
    }

    [Theory]
    [InlineData("Ada Quill said last week that the pier would close.")]
    [InlineData("Ada Quill said this month that the pier would close.")]
    [InlineData("Ada Quill said in July that the pier would close.")]
    public void Resolve_PeriodsWithoutADay_FallBackToThePublicationDate(string text)
    {
        // "last week", "this month", "in July": no day is stated
        var date = DateOf(text, "the pier would close");

        Assert.Equal(new StatementDate(2024, 3, 14, DateSource.Published), date);
    }

    [Fact]
    public void Resolve_DayInsideTheQuotedWords_IsNotTheStatementDay()
    {
        // "X says he did something Monday" (a date the speaker mentions inside the reported words)
        var occasion = new Story("Kevin Lorne says he told his clerks Monday to recount the ballots.")
            .Says("he told his clerks Monday to recount the ballots", "says", "Kevin Lorne", "Kevin Lorne", QuoteKind.Indirect)
            .Single();

        Assert.Equal(DateSource.Published, occasion.Date?.Source);
    }

    [Fact]
    public void Resolve_NoDayInTheText_IsThePublicationDate()
    {
        // Bare attribution: the publication date stands in, marked as such
        var date = DateOf("Ada Quill said the pier would close.", "the pier would close");

        Assert.Equal(new StatementDate(2024, 3, 14, DateSource.Published), date);
    }

    [Fact]
    public void Resolve_NoDayAndNoPublicationDate_HasNoDate() =>
        // Bare attribution in an undated article
        Assert.Null(DateOf("Ada Quill said the pier would close.", "the pier would close", published: null));

    [Fact]
    public void Resolve_LiveBlogTimeHeading_IsThePublicationDay()
    {
        // Live blog: "2:45 p.m." heading, then an update in the present tense
        var occasion = new Story("Live updates on the harbour vote.\n\n2:45 p.m.\n\nAda Quill says the pier will close.")
            .Says("the pier will close", "says", "Ada Quill", "Ada Quill", QuoteKind.Indirect)
            .Single();

        Assert.Equal(new StatementDate(2024, 3, 14, DateSource.Stated, "2:45 p.m."), occasion.Date);
    }

    [Fact]
    public void Resolve_DatelineDate_IsNotTheStatementDay()
    {
        // "TOWN, State, March 9 (Wire) — X said ..." (the dateline dates the filing)
        var occasion = new Story("LOWMERE, Ohio, March 9 (Wire) — Ada Quill said the pier would close.")
            .Says("the pier would close", "said", "Ada Quill", "Ada Quill", QuoteKind.Indirect)
            .Single();

        Assert.Equal(DateSource.Published, occasion.Date?.Source);
    }

    [Fact]
    public void Resolve_FutureMonthDayNearby_IsNotAStatementDay()
    {
        // "... the vote on Nov. 1" in a September story: an event ahead, not when it was said
        var date = DateOf("Ada Quill said the vote would be held on Nov. 1.", "the vote would be held", published: "2024-09-19");

        Assert.Equal(DateSource.Published, date?.Source);
    }

    [Fact]
    public void Resolve_NextSentenceOfTheSameSpeaker_KeepsTheDay()
    {
        // "X said on Tuesday that ... She said ..." (stated day carried to the speaker's next words)
        var occasions = new Story("Ada Quill said on Tuesday that the pier would close. She said the ferry would stay.")
            .Says("the pier would close", "said", "Ada Quill", "Ada Quill", QuoteKind.Indirect)
            .Says("the ferry would stay", "said", "She", "Ada Quill", QuoteKind.Indirect)
            .Resolve();

        Assert.Equal("2024-03-12", occasions[1].Date?.ToString());
        Assert.Equal(DateSource.Stated, occasions[1].Date?.Source);
    }

    [Fact]
    public void Resolve_AnotherSpeakerNext_DoesNotTakeTheDay()
    {
        // "X said on Tuesday ... Y said ..." (a new speaker ends the carry-over)
        var occasions = new Story("Ada Quill said on Tuesday that the pier would close.\n\nBram Osei said the ferry would stay.")
            .Says("the pier would close", "said", "Ada Quill", "Ada Quill", QuoteKind.Indirect)
            .Says("the ferry would stay", "said", "Bram Osei", "Bram Osei", QuoteKind.Indirect)
            .Resolve();

        Assert.Equal(DateSource.Published, occasions[1].Date?.Source);
    }

    [Fact]
    public void Resolve_NoSites_GivesNoOccasions() =>
        Assert.Empty(new Story("Ada Quill said on Tuesday that the pier would close.").Resolve());

    [Fact]
    public void Resolve_EmptyText_GivesThePublicationDate()
    {
        // A site handed over with an article whose text is empty (a feed error): nothing to read, nothing invented
        var site = new QuoteIndex.Core.Extraction.StatementSite(QuoteKind.Direct, [new TextSpan(0, 0)], null, null, "Ada Quill");

        var occasion = Assert.Single(QuoteIndex.Core.Extraction.Occasions.OccasionResolver.Resolve(
            QuoteIndex.Core.Extraction.Text.TextLayout.Of(string.Empty), new DateTimeOffset(2024, 3, 14, 9, 0, 0, TimeSpan.Zero), [site]));

        Assert.Null(occasion.Venue);
        Assert.Equal(new StatementDate(2024, 3, 14, DateSource.Published), occasion.Date);
    }
}
