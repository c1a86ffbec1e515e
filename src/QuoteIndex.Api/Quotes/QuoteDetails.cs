using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Reviews;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Api.Quotes;

/// <summary>One quote, the evidence it rests on, where else its statement appeared, and its reviews.</summary>
/// <param name="Quote">The quote, with its speaker, venue, date, context and source article (title, outlet, URL, publication time).</param>
/// <param name="Evidence">What the attribution rests on: the words, the cue, the speaker mention, the rule and the confidence.</param>
/// <param name="Cluster">Every stored quote of the same statement (the same words, or nearly), earliest published first
/// (at most <see cref="QuotesApi.ClusterAppearanceLimit"/>; its size counts them all), the first marked.</param>
/// <param name="Reviews">Fact-checkers' reviews of the quote, earliest received first.</param>
/// <param name="Links">Where to read the quote's article, its schema.org Claim and its reviews.</param>
public sealed record QuoteDetails(Quote Quote, QuoteEvidence Evidence, QuoteCluster Cluster, IReadOnlyList<QuoteReview> Reviews, QuoteLinks Links)
{
    public static QuoteDetails Of(Quote quote, QuoteCluster cluster, IReadOnlyList<QuoteReview> reviews)
    {
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentNullException.ThrowIfNull(cluster);
        var path = $"/api/v1/quotes/{Uri.EscapeDataString(quote.Id)}";
        return new QuoteDetails(
            quote,
            QuoteEvidence.Of(quote),
            cluster,
            reviews,
            new QuoteLinks(quote.Article.Url, $"{path}/claim", $"{path}/reviews", reviews.Count > 0 ? $"{path}/claim-review" : null));
    }
}

/// <summary>What the attribution rests on, with offsets into the article text.</summary>
/// <param name="Words">The quoted words: one span, or more when the attribution splits them.</param>
/// <param name="Cue">The words that mark the statement as someone's ("said", "according to").</param>
/// <param name="Mention">The words next to the cue that name the speaker ("he", "the mayor").</param>
/// <param name="Rule">The extraction rule that found the statement.</param>
/// <param name="Confidence">How sure the extractor is that this is an attributed statement, from 0 to 1.</param>
/// <param name="Context">The sentence or sentences around the quote.</param>
public sealed record QuoteEvidence(
    IReadOnlyList<EvidenceSpan> Words, EvidenceSpan? Cue, EvidenceSpan? Mention, string? Rule, double Confidence, string? Context)
{
    public static QuoteEvidence Of(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var words = quote.Spans.Select(s => EvidenceSpan.Of(quote, s, quote.Spans.Count == 1 ? quote.Text : null)).ToList();
        var cue = quote.Cue is { } c ? EvidenceSpan.Of(quote, c.Span, c.Text) : null;
        var mention = (quote.Mention ?? quote.Speaker?.Mention) is { } m ? EvidenceSpan.Of(quote, m, null) : null;
        return new QuoteEvidence(words, cue, mention, quote.Rule, quote.Confidence, quote.Context);
    }
}

/// <summary>A half-open range [start, end) of the article text and the words in it.</summary>
/// <param name="Start">First character (UTF-16 code unit) in the article text.</param>
/// <param name="End">One past the last character.</param>
/// <param name="Text">The words, when known: read from the context, which quotes stored before it was recorded do not locate.</param>
public sealed record EvidenceSpan(int Start, int End, string? Text)
{
    public static EvidenceSpan Of(Quote quote, TextSpan span, string? known)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var offset = span.Start - quote.ContextStart;
        var fromContext = quote.Context is { } context && offset >= 0 && offset + span.Length <= context.Length
            ? context.Substring(offset.Value, span.Length)
            : null;
        return new EvidenceSpan(span.Start, span.End, fromContext ?? known);
    }
}

/// <summary>Related resources.</summary>
/// <param name="Article">The article's own address, when known.</param>
/// <param name="Claim">The quote as a schema.org Claim (JSON-LD).</param>
/// <param name="Reviews">The quote's reviews.</param>
/// <param name="ClaimReview">The reviews as schema.org ClaimReview (JSON-LD), when there are any.</param>
public sealed record QuoteLinks(Uri? Article, string Claim, string Reviews, string? ClaimReview);
