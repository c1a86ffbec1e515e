namespace QuoteIndex.Core.Extraction.Occasions;

/// <summary>Which statement of a sentence each venue and date phrase belongs to.</summary>
internal sealed partial class ArticleOccasions
{
    /// <summary>
    /// Gives each venue and date phrase to the statement whose cue is nearest on either side, unless a clause of another
    /// time or reason stands between them ("held a press conference, shortly after the governor said ...").
    /// </summary>
    private void BindToSites()
    {
        foreach (var sentence in _sentenceSites.Keys)
        {
            foreach (var m in _venues[sentence])
            {
                foreach (var site in Nearest(SitesNear(sentence, m.First, m.End).Where(f => f.HasCue).ToList(), m.First, m.End))
                {
                    site.Venues.Add(m);
                    (_venueSites.TryGetValue(m, out var list) ? list : _venueSites[m] = []).Add(site);
                }
            }

            foreach (var d in _dates[sentence])
            {
                var inVenue = InsideVenue(d) && _venueSites.ContainsKey(_venueAt[d.First]);
                if (d.Modifier && !inVenue)
                    continue;
                foreach (var site in Nearest(SitesNear(sentence, d.First, d.End).Where(f => f.HasCue).ToList(), d.First, d.End))
                {
                    (_dateSites.TryGetValue(d, out var list) ? list : _dateSites[d] = []).Add(site);
                    // A past time far down the sentence is about something else ("... the seats it won in 2008"); beside the cue it is when it was said.
                    if (d.Kind is DateKind.Vague or DateKind.Continuation && Distance(site, d.First, d.End) > 5
                        && !(site.MentionFirst >= 0 && Math.Min(Math.Abs(d.End - site.MentionFirst), Math.Abs(d.First - site.MentionEnd)) <= 2))
                        continue;
                    site.Dates.Add(d);
                    if (d.Kind == DateKind.Vague)
                        site.Elsewhen = true;
                    if (d.Kind == DateKind.Continuation)
                        site.Continues = true;
                }
            }
        }
    }

    /// <summary>
    /// The sites on either side of [first, end) in one sentence that nothing separates from it. An unnamed relative
    /// ("a panel that all agreed ...") does not stop the phrase from reaching the named speaker after it.
    /// </summary>
    private List<SiteFacts> Nearest(List<SiteFacts> sites, int first, int end)
    {
        var bound = new List<SiteFacts>(2);
        SiteFacts? left = null;
        var right = new List<SiteFacts>();
        foreach (var s in sites)
        {
            if (first < s.CueEnd && end > s.CueFirst)
            {
                if (!InAppositive(s, first))
                    bound.Add(s);
                continue;
            }

            if (s.CueEnd <= first)
                left = s;
            else if (s.CueFirst >= end)
                right.Add(s);
        }

        if (bound.Count > 0)
        {
            // "The mayor is telling a dockers' union that ... and says ...": a second cue of the same subject shares the phrase.
            foreach (var r in right)
            {
                if (r.MentionFirst < 0 || r.MentionEnd > first || WordsBetween(end, r.CueFirst) > BindingReach || BreakBetween(end, r.CueFirst)
                    || OtherMentionBetween(r, end, r.CueFirst, bound))
                    break;
                bound.Add(r);
            }

            return bound;
        }
        if (left is not null && WordsBetween(left.CueEnd, first) <= BindingReach && !BreakBetween(left.CueEnd, first)
            && !OtherMentionBetween(left, left.CueEnd, first) && !InAppositive(left, first))
            bound.Add(left);
        foreach (var r in right)
        {
            if (WordsBetween(end, r.CueFirst) > BindingReach || BreakBetween(end, r.CueFirst) || OtherMentionBetween(r, end, r.CueFirst, bound) || InAppositive(r, first))
                break;
            bound.Add(r);
            if (r.Key is not null)
                break;
        }

        return bound;
    }

    /// <summary>"Marsh -- author of a study of town hall debates -- said": a phrase describing the speaker, not the occasion.</summary>
    private bool InAppositive(SiteFacts site, int position)
    {
        if (site.MentionFirst < 0)
            return false;
        if (position >= site.MentionEnd && position < site.CueFirst && site.MentionEnd < _v.TokenCount && _v.Tokens[site.MentionEnd].Lower == ","
            && site.MentionEnd + 1 < _v.TokenCount && _v.Tokens[site.MentionEnd + 1].Lower is "who" or "which" or "whose" or "the" or "a" or "an")
            return true; // "Osei, who has campaigned in Lowmere since February, said ..."
        if (position >= site.MentionEnd && site.CueEnd <= site.MentionFirst && site.MentionEnd + 1 < _v.TokenCount
            && _v.Tokens[site.MentionEnd].Lower == "," && _v.Tokens[site.MentionEnd + 1].Lower is "who" or "which" or "whose" or "the" or "a" or "an")
            return position < AppositiveEnd(site.MentionEnd + 1); // "said Pia Marsh, a lecturer at the school of ..."
        if (position < site.MentionFirst || position >= site.MentionEnd)
            return false;
        for (var t = site.MentionFirst; t < position; t++)
        {
            if (_v.Tokens[t].Kind == TokenKind.Dash || _v.Tokens[t].Lower == "," || _v.Tokens[t].Lower == "(")
                return true;
        }

        return false;
    }

    /// <summary>
    /// Where a description after a comma ends: at its closing comma or dash ("said Pia Marsh, the mayor, at a press
    /// conference": the press conference is the occasion), else at the end of the sentence. A relative clause after
    /// that comma still describes the person ("a commentator in Nevada, who attended a campaign event ...").
    /// </summary>
    private int AppositiveEnd(int first)
    {
        var end = _v.SentenceTokens[_v.TokenSentence[first]].End;
        for (var t = first; t < end; t++)
        {
            var closes = _v.Tokens[t].Kind == TokenKind.Dash
                || (_v.Tokens[t].Lower == "," && _v.Tokens[t].End < _v.Text.Length && char.IsWhiteSpace(_v.Text[_v.Tokens[t].End]));
            if (!closes)
                continue;
            return t + 1 < end && _v.Tokens[t + 1].Lower is "who" or "whom" or "whose" or "which" or "where" ? end : t;
        }

        return end;
    }

    /// <summary>Another statement's speaker words between the phrase and this cue: the phrase is theirs, not this one's.</summary>
    private bool OtherMentionBetween(SiteFacts site, int from, int to, List<SiteFacts>? alongside = null)
    {
        foreach (var other in SitesNear(site.Sentence, from, to))
        {
            if (other == site || other.MentionFirst < 0 || alongside?.Contains(other) == true)
                continue;
            if (other.MentionFirst >= from && other.MentionEnd <= to)
                return true;
        }

        return false;
    }
}
