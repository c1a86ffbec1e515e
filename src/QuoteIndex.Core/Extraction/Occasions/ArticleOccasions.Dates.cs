using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Occasions;

/// <summary>Statement dates: the statement's own day, its occasion's, or the day carried from the speaker's previous words.</summary>
internal sealed partial class ArticleOccasions
{
    private StatementDate? DateOf(Frame frame) =>
        frame.Date ?? (frame.Occasion is { } root && _occasionDates.TryGetValue(root, out var date) ? date : null);

    private static bool IsSameDay(StatementDate a, StatementDate b) =>
        a.Month == b.Month && a.Day == b.Day && (a.Year is null || b.Year is null || a.Year == b.Year);

    /// <summary>The day the statement's own sentence gives it, if any.</summary>
    private StatementDate? LocalDate(SiteFacts site)
    {
        DateMention? best = null;
        foreach (var d in site.Dates)
        {
            if (!d.NamesDay)
                continue;
            if (best is null || Distance(site, d.First, d.End) < Distance(site, best.First, best.End))
                best = d;
        }

        return best?.Resolve(_v.Published, best.Kind == DateKind.SameDay ? DayOfTheSection(site) : null);
    }

    /// <summary>"earlier in the day": the last day the section has named before this statement.</summary>
    private StatementDate? DayOfTheSection(SiteFacts site)
    {
        foreach (var f in Backward(site.Anchor))
        {
            if (f.Section != site.Section)
                break;
            if (f.Date is not null)
                return f.Date;
            if (f.Occasion is { } root && _occasionDates.TryGetValue(root, out var date))
                return date;
        }

        return null;
    }

    /// <summary>The day carried over from the same speaker's words just before (same or previous paragraph, nobody else between).</summary>
    private StatementDate? CarryDate(SiteFacts site)
    {
        if (site.Key is not { } key)
            return null;
        foreach (var f in Backward(site.Anchor))
        {
            if (f.Section != site.Section || site.Paragraph - f.Paragraph > 1)
                break;
            if (f.Owner != key)
                continue;
            if (f.Blocker || f.Resolved is not null && f.Date is null)
                return null;
            if (f.Date is not null && !OtherSpeakerBetween(f.Position, site.Anchor, key))
                return f.Date;
        }

        return null;
    }

    /// <summary>
    /// A lead that dates its story ("Quill and Osei sparred ... Wednesday") dates the occasion the body then names ("a
    /// forum sponsored by Valley TV"), when the body gives that occasion no day of its own.
    /// </summary>
    private void TransferLeadDates()
    {
        foreach (var site in _ordered)
        {
            if (!site.InLead || site.Habitual)
                continue;
            var date = LocalDate(site);
            if (date is null || site.Venues.Any(m => m.Strength is VenueStrength.Strong or VenueStrength.Outlet))
                continue;
            if (LeadFrame(site) is { } frame && frame.Date is null)
            {
                frame.Date = date;
                if (frame.Occasion is { } root)
                    _occasionDates.TryAdd(root, date);
            }
        }
    }
}
