using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using QuoteIndex.Ingestion.Sources;

namespace QuoteIndex.Ingestion.Tests.Sources;

public sealed class RetryAfterTests
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2031, 4, 8, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void RetryAfter_Seconds_AreWaited()
    {
        Assert.Equal(TimeSpan.FromSeconds(7), Wait(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7))));
    }

    [Fact]
    public void RetryAfter_Date_IsTheTimeUntilThen()
    {
        Assert.Equal(TimeSpan.FromSeconds(12), Wait(new RetryConditionHeaderValue(_time.GetUtcNow().AddSeconds(12))));
    }

    [Fact]
    public void RetryAfter_PastTheCap_WaitsTheCap_AndAPastDateWaitsNothing()
    {
        Assert.Equal(Cap, Wait(new RetryConditionHeaderValue(TimeSpan.FromHours(2))));
        Assert.Equal(TimeSpan.Zero, Wait(new RetryConditionHeaderValue(_time.GetUtcNow().AddMinutes(-1))));
    }

    [Fact]
    public void RetryAfter_NoHeader_LeavesTheWaitToTheBackoff()
    {
        Assert.Null(Wait(null));
        Assert.Null(ArticleSourcesServiceCollectionExtensions.RetryAfter(null, Cap, _time));
    }

    private TimeSpan? Wait(RetryConditionHeaderValue? header)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = header;
        return ArticleSourcesServiceCollectionExtensions.RetryAfter(response, Cap, _time);
    }
}
