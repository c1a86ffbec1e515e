using QuoteIndex.Ingestion.Pipeline;

namespace QuoteIndex.Ingestion.Tests.Pipeline;

public sealed class BatchScaleTests
{
    private const long Budget = 1_000_000;

    [Fact]
    public void Observe_OverTheBudget_ShrinksEachTimeDownToTheSmallest()
    {
        var scale = new BatchScale(Budget, () => Budget + 1);

        scale.Observe();
        Assert.Equal(BatchScale.Shrink, scale.Value, 6);
        scale.Observe();
        Assert.Equal(BatchScale.Shrink * BatchScale.Shrink, scale.Value, 6);
        for (var i = 0; i < 20; i++)
            scale.Observe();
        Assert.Equal(BatchScale.Smallest, scale.Value, 6);
    }

    [Fact]
    public void Observe_WellUnderTheBudgetAgain_GrowsBackToTheFullLimits()
    {
        var live = Budget * 2;
        var scale = new BatchScale(Budget, () => live);
        for (var i = 0; i < 3; i++)
            scale.Observe();
        var shrunk = scale.Value;

        live = (long)(Budget * BatchScale.Comfortable) - 1;
        scale.Observe();
        Assert.Equal(shrunk * BatchScale.Grow, scale.Value, 6);
        for (var i = 0; i < 20; i++)
            scale.Observe();
        Assert.Equal(1, scale.Value, 6);
        Assert.Equal(shrunk, scale.Lowest, 6);
    }

    [Fact]
    public void Observe_BetweenComfortableAndTheBudget_HoldsTheScale()
    {
        var live = Budget * 2;
        var scale = new BatchScale(Budget, () => live);
        scale.Observe();
        var shrunk = scale.Value;

        live = Budget;
        scale.Observe();
        live = (long)(Budget * BatchScale.Comfortable) + 1;
        scale.Observe();

        Assert.Equal(shrunk, scale.Value, 6);
    }

    [Fact]
    public void Observe_NoBudget_NeverReadsTheMemoryAndKeepsTheFullLimits()
    {
        var scale = new BatchScale(0, () => throw new InvalidOperationException("read without a budget"));

        scale.Observe();

        Assert.Equal(1, scale.Value, 6);
    }

    [Fact]
    public void LiveAfterLastFullCollection_AfterOne_CountsWhatItKept()
    {
        var kept = new byte[64 * 1024 * 1024];
        GC.Collect(2, GCCollectionMode.Forced, blocking: true);

        var live = BatchScale.LiveAfterLastFullCollection();

        GC.KeepAlive(kept);
        Assert.True(live >= kept.Length, $"{live} bytes counted with {kept.Length} kept");
    }
}
