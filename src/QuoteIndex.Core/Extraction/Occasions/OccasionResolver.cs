using QuoteIndex.Core.Extraction.Text;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Occasions;

/// <summary>
/// Resolves where and when each statement of an article was made, from the article's own words. A pure function: no I/O,
/// no clock; relative days ("on Tuesday", "yesterday") resolve against the publication date only.
/// </summary>
/// <remarks>
/// The venue is the shortest phrase of the text that names the occasion ("rally in Port Elbury, Ohio", "interview with
/// the Marrowby Courier", "Twitter"), looked for in the statement's sentence outside the quoted words; failing that, it is
/// carried over from where the text plainly stays on one occasion: the same speaker's statements in the same run of
/// paragraphs, an interview the speaker gave, a hearing or forum many people speak at, or, for a headline and lead, the
/// occasion the body goes on to name. Dates follow the same path; with no date in the text the publication date stands in,
/// marked <see cref="Quotes.DateSource.Published"/>. The rules follow shared/eval/FORMAT.md, "How venue and date were
/// annotated".
/// </remarks>
public static class OccasionResolver
{
    /// <summary>One <see cref="Occasion"/> per site, in the order of <paramref name="sites"/>.</summary>
    public static IReadOnlyList<Occasion> Resolve(TextLayout layout, DateTimeOffset? published, IReadOnlyList<StatementSite> sites)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(sites);
        if (sites.Count == 0)
            return [];
        var day = published is { } p ? DateOnly.FromDateTime(p.Date) : (DateOnly?)null;
        if (layout.Sentences.Count == 0)
        {
            // Nothing to read: every statement gets the publication date, if there is one, and nothing else.
            var fallback = new Occasion(null, day is { } d ? new StatementDate(d, DateSource.Published) : null);
            return [.. sites.Select(_ => fallback)];
        }

        return new ArticleOccasions(layout, day, sites).Resolve();
    }
}
