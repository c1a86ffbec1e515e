namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator.Queries;

/// <summary>A stretch of one value of a field that a query matched, for highlighting.</summary>
internal readonly record struct MatchSpan(int Value, int Start, int End);

/// <summary>
/// A compiled query: decides whether a document matches and with what score (Lucene's BM25, k1 1.2, b 0.75, over
/// the searched snapshot's statistics), and says which stretches of a field it matched (the highlighter's spans).
/// </summary>
internal abstract class Query
{
    /// <summary>Null when <paramref name="document"/> does not match; its score otherwise.</summary>
    public abstract double? Score(IndexSnapshot snapshot, StoredDocument document);

    public bool Matches(IndexSnapshot snapshot, StoredDocument document) => Score(snapshot, document) is not null;

    /// <summary>Adds the stretches of <paramref name="field"/> this query matched in a matching document.</summary>
    public virtual void Spans(IndexSnapshot snapshot, StoredDocument document, string field, List<MatchSpan> spans)
    {
    }
}

internal sealed class MatchAllQuery(double boost) : Query
{
    public override double? Score(IndexSnapshot snapshot, StoredDocument document) => boost;
}

internal sealed class MatchNoneQuery : Query
{
    public static readonly MatchNoneQuery Instance = new();

    public override double? Score(IndexSnapshot snapshot, StoredDocument document) => null;
}

/// <summary>Lucene's BooleanQuery: required, optional (with a minimum), prohibited and filtering clauses.</summary>
internal sealed class BoolQuery(
    IReadOnlyList<Query> must, IReadOnlyList<Query> should, IReadOnlyList<Query> mustNot, IReadOnlyList<Query> filter,
    int minimumShouldMatch, double boost) : Query
{
    // Optional clauses alone must match at least once, as in Lucene.
    private readonly int _minimumShouldMatch = minimumShouldMatch > 0 ? minimumShouldMatch : must.Count == 0 && filter.Count == 0 && should.Count > 0 ? 1 : 0;

    public IReadOnlyList<Query> Should => should;

    public override double? Score(IndexSnapshot snapshot, StoredDocument document)
    {
        double score = 0;
        foreach (var clause in must)
        {
            if (clause.Score(snapshot, document) is not { } s)
                return null;
            score += s;
        }

        foreach (var clause in filter)
        {
            if (!clause.Matches(snapshot, document))
                return null;
        }

        foreach (var clause in mustNot)
        {
            if (clause.Matches(snapshot, document))
                return null;
        }

        var matched = 0;
        foreach (var clause in should)
        {
            if (clause.Score(snapshot, document) is { } s)
            {
                matched++;
                score += s;
            }
        }

        return matched < _minimumShouldMatch ? null : score * boost;
    }

    public override void Spans(IndexSnapshot snapshot, StoredDocument document, string field, List<MatchSpan> spans)
    {
        foreach (var clause in must.Concat(filter).Concat(should))
        {
            if (clause.Matches(snapshot, document))
                clause.Spans(snapshot, document, field, spans);
        }
    }
}

/// <summary>The best clause's score plus tie_breaker times the others'.</summary>
internal sealed class DisMaxQuery(IReadOnlyList<Query> queries, double tieBreaker, double boost = 1) : Query
{
    public override double? Score(IndexSnapshot snapshot, StoredDocument document)
    {
        double max = 0, sum = 0;
        var any = false;
        foreach (var query in queries)
        {
            if (query.Score(snapshot, document) is not { } s)
                continue;
            any = true;
            max = Math.Max(max, s);
            sum += s;
        }

        return any ? (max + (tieBreaker * (sum - max))) * boost : null;
    }

    public override void Spans(IndexSnapshot snapshot, StoredDocument document, string field, List<MatchSpan> spans)
    {
        foreach (var query in queries)
        {
            if (query.Matches(snapshot, document))
                query.Spans(snapshot, document, field, spans);
        }
    }
}

internal sealed class ConstantScoreQuery(Query inner, double boost) : Query
{
    public override double? Score(IndexSnapshot snapshot, StoredDocument document) => inner.Matches(snapshot, document) ? boost : null;

    public override void Spans(IndexSnapshot snapshot, StoredDocument document, string field, List<MatchSpan> spans) =>
        inner.Spans(snapshot, document, field, spans);
}

internal sealed class BoostQuery(Query inner, double boost) : Query
{
    public override double? Score(IndexSnapshot snapshot, StoredDocument document) => inner.Score(snapshot, document) * boost;

    public override void Spans(IndexSnapshot snapshot, StoredDocument document, string field, List<MatchSpan> spans) =>
        inner.Spans(snapshot, document, field, spans);
}

/// <summary>Lucene 9's BM25 (no k1 + 1 factor) with norms encoded as Lucene encodes them (exact below 24 tokens).</summary>
internal static class Bm25
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    public static double Score(double idf, double frequency, int length, double averageLength, bool norms)
    {
        var norm = norms ? K1 * (1 - B + (B * DecodedLength(length) / averageLength)) : K1;
        return idf * frequency / (frequency + norm);
    }

    private static int DecodedLength(int length)
    {
        const int free = 24;
        if (length < free)
            return length;
        var value = (long)(length - free);
        var bits = 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)value);
        if (bits < 4)
            return length;
        var shift = bits - 4;
        return free + (int)(((value >> shift) & 0x07 | 0x08) << shift);
    }
}
