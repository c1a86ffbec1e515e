using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Occasions;

/// <summary>Venues: the statement's own, a document or outlet as the source, or the occasion the text carries it on from.</summary>
internal sealed partial class ArticleOccasions
{
    /// <summary>
    /// One statement, in text order: its own venue (a tweet cue, a bound phrase), else a document or outlet as the source,
    /// else a carried frame, else the listeners it was told to; then its date. Leaves a frame for the speaker's next words.
    /// </summary>
    private Occasion ResolveSite(SiteFacts site)
    {
        Venue? venue = null;
        Frame? from = null;
        var local = NearestOwnVenue(site);
        var weak = site.Venues.FirstOrDefault(m => m.Strength == VenueStrength.Audience);

        if (Tweeted(site))
            venue = new Venue("Twitter", VenueType.SocialMedia);
        else if (local is not null)
            venue = Reported(local, site);
        var document = venue is null ? DocumentSource(site) : null;
        venue ??= document;

        var ownDate = LocalDate(site);
        if (venue is null && !site.Habitual && !site.Elsewhen)
        {
            from = Carry(site, weak is not null);
            // A statement that names another day than the occasion's is not at that occasion.
            if (from is not null && ownDate is not null && DateOf(from) is { } occasionDay && !IsSameDay(ownDate, occasionDay))
                from = null;
            if (from is not null && weak is not null && Math.Abs(from.Paragraph - site.Paragraph) > 1)
                from = null;
            venue = from?.Resolved;
        }

        if (venue is null && weak is not null)
            venue = Reported(weak, site);

        var date = ownDate;
        if (date is null && local?.Root is { } root && _occasionDates.TryGetValue(root, out var occasionDate))
            date = occasionDate;
        if (date is null && !site.Habitual && !site.Elsewhen)
        {
            date = from?.Date ?? (from?.Occasion is { } carried && _occasionDates.TryGetValue(carried, out var carriedDate) ? carriedDate : null) ?? CarryDate(site);
            if (date is null && _v.SectionHeading[site.Section] is { } heading && _v.Published is { } day)
                date = new StatementDate(day, DateSource.Stated, heading);
        }

        if (date is not null && local?.Root is { } named)
            _occasionDates.TryAdd(named, date);
        // What a document says stays with that document: "The campaign says the ad will air" is not said in the ad.
        Remember(site, document is null ? venue : null, date, from, local);
        date ??= _v.Published is { } published ? new StatementDate(published, DateSource.Published) : null;
        return new Occasion(venue, date);
    }

    /// <summary>The strong, outlet or resolved-person venue bound to the site nearest its cue; the first of them on a tie.</summary>
    private static VenueMention? NearestOwnVenue(SiteFacts site)
    {
        VenueMention? nearest = null;
        var nearestDistance = int.MaxValue;
        foreach (var m in site.Venues)
        {
            if (!(m.Strength is VenueStrength.Strong or VenueStrength.Outlet || m.Strength == VenueStrength.Person && m.Antecedent is not null))
                continue;
            var distance = Distance(site, m.First, m.End);
            if (nearest is null || distance < nearestDistance)
                (nearest, nearestDistance) = (m, distance);
        }

        return nearest;
    }

    /// <summary>Token distance between a phrase and the statement's cue.</summary>
    private static int Distance(SiteFacts site, int first, int end) =>
        end <= site.CueFirst ? site.CueFirst - end : first >= site.CueEnd ? first - site.CueEnd : 0;

    /// <summary>The venue as reported: "his radio audience" becomes "Hal Brannigan's radio audience" when nothing earlier names it.</summary>
    private Venue Reported(VenueMention m, SiteFacts site)
    {
        if (m.Antecedent is null && m.Pronoun is not null && site.Site.SpeakerName is { } speaker && !string.IsNullOrWhiteSpace(speaker))
            return new Venue($"{speaker}'s {m.Name}", m.Type);
        return m.ToVenue();
    }

    /// <summary>"tweeted", "tweeting" as the cue, or a statement inside an embedded tweet.</summary>
    private bool Tweeted(SiteFacts site)
    {
        for (var t = site.CueFirst; t < site.CueEnd; t++)
        {
            if (Occasions.Words.TweetVerbs.Contains(_v.Tokens[t].Lower))
                return true;
        }

        var first = _v.SentenceTokens[site.Sentence].First;
        return first + 1 < _v.TokenCount && _v.Tokens[first].Lower == "<" && _v.Tokens[first + 1].Lower == "tweet";
    }

    /// <summary>
    /// The frame an occasion-less statement is carried over from:
    /// a headline or lead takes the first occasion the body names for its speaker (or the first scene);
    /// otherwise the speaker's own last occasion while the text stays on it (same run of paragraphs, no other speaker
    /// between; an interview or broadcast holds for the whole section), or the one named in the next two paragraphs;
    /// otherwise the hearing, forum or debate the section is at, until another gathering is named.
    /// </summary>
    private Frame? Carry(SiteFacts site, bool hasAudience = false)
    {
        if (site.InLead && LeadFrame(site) is { } lead)
            return lead;

        Frame? before = null;
        if (site.Key is { } key)
        {
            foreach (var f in Backward(site.Anchor))
            {
                if (f.Section != site.Section)
                    break;
                if (f.Owner != key || f.Venue is not null && site.Venues.Contains(f.Venue))
                    continue;
                if (f.Blocker)
                    break;
                if (f.Venue is null && f.Resolved is null)
                    continue;
                if (f.Flashback && f.Paragraph != site.Paragraph && !site.Continues)
                    continue;
                // A narrative occasion ("Osei thanked Quill on Twitter") reaches the next paragraph; one a statement was made at, the run of paragraphs.
                var reach = f.Bound || f.FromSite ? 3 : 1;
                if (f.InterviewLike || site.Paragraph - f.Paragraph <= reach && !OtherSpeakerBetween(f.Position, site.Anchor, key)
                    || site.Continues && site.Paragraph - f.Paragraph <= 1)
                {
                    before = f;
                    break;
                }
            }

            if (before is not null && site.Paragraph - before.Paragraph <= 3)
                return before;

            var after = FrameAfter(site, f => f.Owner == key && f.Resolved is not null && !f.Flashback && !f.FromSite
                && (f.Venue is null || !site.Venues.Contains(f.Venue)) && !(hasAudience && f.Venue?.Strength == VenueStrength.Audience));
            if (after is not null && !OtherSpeakerBetween(site.Anchor, after.Position, key)
                && (after.Paragraph - site.Paragraph <= 2 || after.InterviewLike && after.Paragraph - site.Paragraph <= 3))
                return after;
            if (before is not null)
                return before;
        }

        return Scene(site);
    }

    /// <summary>The hearing, forum or debate a statement is at: the last scene named before it, unless another gathering was named since.</summary>
    private Frame? Scene(SiteFacts site)
    {
        foreach (var f in Backward(site.Anchor))
        {
            if (f.Section != site.Section)
                break;
            if (f.Resolved is null)
                continue;
            if (f.Scene && !f.Flashback)
                return site.Key is not null && f.Excluded.Contains(site.Key) || site.Paragraph - f.Paragraph > 6 ? null : f;
            if (f.Gathering && !f.FromSite)
                break;
        }

        var next = FrameAfter(site, f => f.Scene && f.Resolved is not null && !f.FromSite);
        return next is not null && next.Paragraph - site.Paragraph <= 1 && !(site.Key is not null && next.Excluded.Contains(site.Key))
            && !GatheringBetween(site.Anchor, next.Position) ? next : null;
    }

    private bool GatheringBetween(int from, int to)
    {
        for (int k = FrameIndexBefore(from) + 1, seen = 0; k < _frames.Count && seen < ScanLimit; k++, seen++)
        {
            var f = _frames[k];
            if (f.Position >= to)
                return false;
            if (f.Position > from && f.Gathering && !f.Scene && !f.FromSite)
                return true;
        }

        return false;
    }

    /// <summary>For a headline or lead: the first occasion the body names for this speaker, else the first scene near the top.</summary>
    private Frame? LeadFrame(SiteFacts site)
    {
        if (site.Key is { } key)
        {
            // A headline sums up what the speaker said: an occasion tied to one of their statements before one of their doings.
            var own = FrameAfter(site, f => f.Owner == key && f.Resolved is not null && !f.FromSite && !f.Flashback && f.Bound, sameSection: true, limit: int.MaxValue)
                ?? FrameAfter(site, f => f.Owner == key && f.Resolved is not null && !f.FromSite && !f.Flashback, sameSection: true, limit: int.MaxValue);
            if (own is not null)
                return own;
        }

        var scene = FrameAfter(site, f => f.Scene && f.Resolved is not null && !f.FromSite && !f.Flashback, sameSection: true, limit: int.MaxValue);
        return scene is not null && scene.Paragraph <= _v.LeadEnd + 3 && !(site.Key is not null && scene.Excluded.Contains(site.Key)) ? scene : null;
    }

    private bool OtherSpeakerBetween(int from, int to, string key)
    {
        int lo = 0, hi = _ordered.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_ordered[mid].Anchor <= from)
                lo = mid + 1;
            else
                hi = mid;
        }

        for (var k = lo; k < _ordered.Length && _ordered[k].Anchor < to; k++)
        {
            if (_ordered[k].Key is { } other && other != key)
                return true;
        }

        return false;
    }

    /// <summary>What this statement settled becomes a frame the speaker's next words can be carried on from.</summary>
    private void Remember(SiteFacts site, Venue? venue, StatementDate? date, Frame? from, VenueMention? local)
    {
        if (site.Key is null)
            return;
        Frame frame;
        if (site.Elsewhen && venue is null)
        {
            frame = new Frame { Position = site.Anchor, Paragraph = site.Paragraph, Section = site.Section, Owner = site.Key, Blocker = true, FromSite = true };
        }
        else if (venue is not null || date is not null)
        {
            frame = new Frame
            {
                Position = site.Anchor,
                Paragraph = site.Paragraph,
                Section = site.Section,
                Venue = local ?? from?.Venue,
                Resolved = venue,
                Date = date,
                Owner = site.Key,
                Scene = from?.Scene ?? local?.Scene ?? false,
                Excluded = from?.Excluded ?? Frame.NoneExcluded,
                Flashback = from?.Flashback ?? (local is not null && _mentionFrames.TryGetValue(local, out var own) && own.Flashback),
                FromSite = true,
            };
        }
        else
        {
            return;
        }

        _siteFrames.Add(frame);
    }
}
