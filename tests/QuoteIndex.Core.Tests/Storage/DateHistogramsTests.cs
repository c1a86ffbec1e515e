using QuoteIndex.Core.Storage;

namespace QuoteIndex.Core.Tests.Storage;

public sealed class DateHistogramsTests
{
    [Theory]
    [InlineData("2024-05-01", HistogramInterval.Day, "2024-05-01")]
    [InlineData("2024-05-01", HistogramInterval.Week, "2024-04-29")] // a Wednesday; weeks start on Monday
    [InlineData("2024-04-29", HistogramInterval.Week, "2024-04-29")]
    [InlineData("2024-05-05", HistogramInterval.Week, "2024-04-29")] // the Sunday ends the week
    [InlineData("2024-05-31", HistogramInterval.Month, "2024-05-01")]
    [InlineData("2024-12-31", HistogramInterval.Year, "2024-01-01")]
    public void BucketStart_IsTheFirstDayOfTheInterval(string day, HistogramInterval interval, string start) =>
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateHistograms.BucketStart(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), interval));

    [Fact]
    public void Build_FillsGapsBetweenFirstAndLastCountedYears()
    {
        var histogram = DateHistograms.Build(
            [(new DateOnly(2021, 3, 1), 2), (new DateOnly(2024, 1, 1), 1), (new DateOnly(2021, 9, 9), 1)],
            HistogramInterval.Year, QuoteDateField.Published, bounds: null);

        Assert.Equal([(2021, 3L), (2022, 0L), (2023, 0L), (2024, 1L)], histogram.Buckets.Select(b => (b.Start.Year, b.Count)));
    }

    [Fact]
    public void Build_NothingCountedAndNoBounds_HasNoBuckets()
    {
        Assert.Empty(DateHistograms.Build([], HistogramInterval.Day, QuoteDateField.Statement, null).Buckets);
    }

    [Fact]
    public void Build_Bounds_SetBothEnds()
    {
        var histogram = DateHistograms.Build([(new DateOnly(2024, 1, 3), 4)], HistogramInterval.Day, QuoteDateField.Published,
            new DateRange(new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 5)));

        Assert.Equal([0L, 0L, 4L, 0L, 0L], histogram.Buckets.Select(b => b.Count));
    }

    [Fact]
    public void Build_TooManyBuckets_IsRefusedNamingTheInterval()
    {
        var error = Assert.Throws<InvalidQueryException>(() => DateHistograms.Build([], HistogramInterval.Day, QuoteDateField.Published,
            new DateRange(new DateOnly(1900, 1, 1), new DateOnly(2100, 1, 1))));

        Assert.Equal("interval", error.Input);
    }
}
