using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Core.Verification;

/// <summary>A statement to check: its words, and optionally who is said to have said it and when.</summary>
/// <param name="Statement">The words, at most <see cref="StatementVerifier.MaxStatementLength"/> characters.</param>
/// <param name="Speaker">A name or speaker key; matches a quote's speaker when its key holds every word of this key ("Blinken" = "Antony Blinken").</param>
/// <param name="Date">The day it is said to have been said; only ranks and marks matches, never changes the verdict.</param>
public sealed record VerificationRequest(string Statement, string? Speaker = null, DateOnly? Date = null);

/// <summary>One stored quote that matches a statement, with where its statement first appeared.</summary>
/// <param name="Quote">The quote.</param>
/// <param name="Type">How it matches.</param>
/// <param name="Score">From 0 to 1; 1 only for an exact match.</param>
/// <param name="BySpeaker">Whether the quote's speaker is the one named; null when no speaker was named.</param>
/// <param name="OnDate">Whether the quote's statement date is the day given; null when no day was given or the quote's is unknown.</param>
/// <param name="ClusterSize">How many stored quotes repeat the statement (the quote's cluster).</param>
/// <param name="FirstAppearance">The cluster's earliest published appearance, with its source article.</param>
public sealed record VerifiedMatch(Quote Quote, MatchKind Type, double Score, bool? BySpeaker, bool? OnDate, long ClusterSize, ClusterAppearance FirstAppearance);

/// <summary>The verdict on a statement and the quotes it rests on, best first.</summary>
public sealed record VerificationResult(Verdict Verdict, IReadOnlyList<VerifiedMatch> Matches)
{
    public string Summary => VerdictText.Of(Verdict);
}

/// <summary>
/// Checks a statement against the stored quotes: the store finds candidates (<see cref="IQuoteStore.FindSimilarAsync"/>),
/// <see cref="StatementSimilarity"/> scores them, and the verdict follows from the best match only.
/// </summary>
public sealed class StatementVerifier(IQuoteStore store)
{
    /// <summary>Longest statement accepted, in characters: a few paragraphs, well beyond any one quote.</summary>
    public const int MaxStatementLength = 5_000;

    /// <summary>Candidates asked of the store; repeats of one statement across outlets are folded into one match afterwards.</summary>
    public const int CandidateLimit = 50;

    /// <summary>Matches returned.</summary>
    public const int MaxMatches = 10;

    public async Task<VerificationResult> VerifyAsync(VerificationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Statement);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Statement.Length, MaxStatementLength);
        var speakerWords = request.Speaker is { } named ? Speaker.KeyFor(named).Split('-', StringSplitOptions.RemoveEmptyEntries) : null;

        var candidates = await store.FindSimilarAsync(request.Statement, CandidateLimit, cancellationToken);
        var scored = candidates
            .Select(quote => (Quote: quote, Match: StatementSimilarity.Compare(request.Statement, quote.Text)))
            .Where(c => c.Match is not null)
            .Select(c => (c.Quote, Match: c.Match!, BySpeaker: speakerWords is null ? (bool?)null : SaidBy(c.Quote, speakerWords), OnDate: OnDate(c.Quote, request.Date)))
            // One match per statement and speaker: the same words in twenty outlets are one attestation, shown with its first appearance.
            .GroupBy(c => (c.Quote.ClusterId, c.Quote.Speaker?.Key))
            .Select(g => g.OrderByDescending(c => c.Match.Score).ThenBy(c => c.Quote.Article.Published ?? DateTimeOffset.MaxValue).First())
            .OrderBy(c => c.Match.Type)
            .ThenByDescending(c => c.Match.Score)
            .ThenByDescending(c => c.OnDate == true)
            .ThenBy(c => c.Quote.Article.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(c => c.Quote.Id, StringComparer.Ordinal)
            .Take(MaxMatches)
            .ToList();

        var matches = new List<VerifiedMatch>(scored.Count);
        foreach (var (quote, match, bySpeaker, onDate) in scored)
        {
            var cluster = await store.GetClusterAsync(quote.ClusterId, 1, cancellationToken);
            matches.Add(new VerifiedMatch(quote, match.Type, match.Score, bySpeaker, onDate, cluster?.Size ?? 1, cluster?.FirstAppearance ?? ClusterAppearance.Of(quote)));
        }

        return new VerificationResult(VerdictOf(matches), matches);
    }

    /// <summary>
    /// From the best match: its type gives the verdict, unless a speaker was named and the named speaker has no match
    /// as good in type, when the words are attested but said by someone else.
    /// </summary>
    public static Verdict VerdictOf(IReadOnlyList<VerifiedMatch> rankedMatches)
    {
        ArgumentNullException.ThrowIfNull(rankedMatches);
        if (rankedMatches.Count == 0)
            return Verdict.NotFound;
        var best = rankedMatches[0];
        if (best.BySpeaker is false)
        {
            var theirs = rankedMatches.FirstOrDefault(m => m.BySpeaker == true);
            if (theirs is null || theirs.Type != best.Type)
                return Verdict.AttestedButSaidBySomeoneElse;
            best = theirs;
        }

        return best.Type == MatchKind.Exact ? Verdict.Attested : Verdict.AttestedWithDifferentWording;
    }

    private static bool SaidBy(Quote quote, string[] speakerWords)
    {
        if (quote.Speaker is null || speakerWords.Length == 0)
            return false;
        var words = quote.Speaker.Key.Split('-');
        return speakerWords.All(w => words.Contains(w, StringComparer.Ordinal));
    }

    private static bool? OnDate(Quote quote, DateOnly? date) =>
        date is { } day && quote.Date?.Date is { } said ? said == day : null;
}
