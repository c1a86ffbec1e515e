using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Occasions;

internal sealed partial class ArticleOccasions
{

    /// <summary>Frames from every venue phrase (bound or narrative) and from narrative days ("Wednesday, he called for ...").</summary>
    private void BuildFrames()
    {
        for (var s = 0; s < _venues.Length; s++)
        {
            var paragraph = _v.SentenceParagraph[s];
            var section = _v.ParagraphSection[paragraph];
            foreach (var m in _venues[s])
            {
                if (paragraph < _v.LeadEnd || m.Strength == VenueStrength.Person)
                    continue;
                var bound = SitesOf(m);
                // A phrase that describes a speaker ("Marsh, author of a study of town hall debates") or names no one occasion
                // ("at meetings") is no occasion to carry.
                var inSentence = SitesNear(s, m.First, m.End).ToList();
                if (bound.Count == 0 && (inSentence.Any(f => InAppositive(f, m.First)) || !m.Particular && m.Strength == VenueStrength.Strong))
                    continue;
                var owner = bound.Count > 0 ? bound[0].Key : OwnerAround(m.First, s);
                var scene = m.Scene && m.Particular || bound.Count == 0 && owner is null && m.Strength == VenueStrength.Strong && m.Particular
                    && m.Type is VenueType.Event or VenueType.PressConference or VenueType.Hearing or VenueType.Debate or VenueType.Interview;
                if (bound.Count == 0 && owner is null && !scene)
                    continue;
                var excluded = inSentence.Where(f => !bound.Contains(f) && f.Key is not null && f.Key != owner).Select(f => f.Key!).ToHashSet(StringComparer.Ordinal);
                var date = DateFor(m, s, bound);
                // "in July", "then" beside the phrase (not in a clause about something else) put the occasion in the past.
                var flashback = DatesNear(s, m.First, m.End, BindingReach).Any(d => d.Kind is DateKind.Vague or DateKind.Continuation && !d.Modifier
                    && (bound.Count > 0 ? bound.Any(b => _dateSites.GetValueOrDefault(d)?.Contains(b) == true) : !BreakBetween(Math.Min(d.End, m.End), Math.Max(d.First, m.First))));
                var frame = new Frame
                {
                    Position = m.First,
                    Paragraph = paragraph,
                    Section = section,
                    Venue = m,
                    Resolved = bound.Count > 0 ? Reported(m, bound[0]) : m.ToVenue(),
                    Bound = bound.Count > 0,
                    Date = date,
                    Owner = owner,
                    Scene = scene,
                    Excluded = excluded,
                    Flashback = flashback || MonthInside(m),
                };
                _frames.Add(frame);
                _mentionFrames[m] = frame;
                if (date is not null)
                    _occasionDates.TryAdd(m.Root, date);
            }

            foreach (var d in _dates[s])
            {
                if (d.Modifier || paragraph < _v.LeadEnd || IsBound(d) || InsideVenue(d))
                    continue;
                if (d.Kind == DateKind.Vague && _venues[s].Count > 0)
                    continue; // "during a speech at the convention in July": the month dates that occasion, it does not end another
                if (!d.NamesDay && d.Kind != DateKind.Vague)
                    continue;
                var owner = OwnerAround(d.First, s);
                if (owner is null || d.NamesDay && !PastTense(s))
                    continue;
                _frames.Add(new Frame
                {
                    Position = d.First,
                    Paragraph = paragraph,
                    Section = section,
                    Date = d.NamesDay ? d.Resolve(_v.Published, null) : null,
                    Owner = owner,
                    Blocker = d.Kind == DateKind.Vague,
                });
            }
        }

        _frames.Sort((a, b) => a.Position.CompareTo(b.Position));
    }

    /// <summary>"In an August speech": the occasion is in a past month.</summary>
    private bool MonthInside(VenueMention m)
    {
        for (var t = m.First; t < m.End; t++)
        {
            var token = _v.Tokens[t];
            if (token.IsWord && _v.IsCapitalized(t) && Occasions.Words.Month(token.Stem) > 0 && token.Stem != "may"
                && !(t + 1 < m.End && _v.Tokens[t + 1].Kind == TokenKind.Number))
                return true;
        }

        return false;
    }

    /// <summary>The day of a venue phrase: a day inside it, else its statement's day, else a day of its sentence nothing separates from it.</summary>
    private StatementDate? DateFor(VenueMention m, int sentence, List<SiteFacts> bound)
    {
        DateMention? best = null;
        foreach (var d in DatesNear(sentence, m.First, m.End, BindingReach))
        {
            if (!d.NamesDay || d.Kind == DateKind.SameDay)
                continue;
            if (m.First <= d.First && d.End <= m.End)
                return d.Resolve(_v.Published, null);
            if (d.Modifier || bound.Count > 0 && !bound.Any(b => _dateSites.GetValueOrDefault(d)?.Contains(b) == true))
                continue;
            var gap = d.First >= m.End ? (m.End, d.First) : (d.End, m.First);
            if (BreakBetween(gap.Item1, gap.Item2))
                continue;
            if (best is null || Math.Abs(d.First - m.First) < Math.Abs(best.First - m.First))
                best = d;
        }

        return best?.Resolve(_v.Published, null);
    }

    /// <summary>
    /// Whose occasion a narrative phrase is: the first known speaker named before it in the sentence ("Quill made the
    /// promise at ..."), else after it ("In a statement, Osei was more cautious"), else the speaker a "he" or "she"
    /// before it refers to; null when the sentence names none.
    /// </summary>
    private string? OwnerAround(int token, int sentence)
    {
        var (first, _) = _v.SentenceTokens[sentence];
        var firstKey = _tokenKey[first] is not null ? first : first < _v.TokenCount ? _keyAfter[first] : -1;
        if (firstKey >= 0 && firstKey <= token)
            return _tokenKey[firstKey];
        if (PersonBefore(first, token) is { } other)
            return other; // "On Thursday, though, Farrow spoke to a gathering": someone who is not a speaker here
        if (_keyAfter[token] >= 0 && !BreakBetween(token, _keyAfter[token]))
            return _tokenKey[_keyAfter[token]];
        var pronoun = _pronounBefore[token];
        for (var t = first; pronoun < 0 && t < _v.TokenCount && t < first + 12 && _v.TokenSentence[t] == sentence; t++)
        {
            if (!_v.Masked[t] && _v.Tokens[t].Lower is "he" or "she")
                pronoun = t; // "Wednesday, he called for ..."
        }

        if (pronoun < 0)
            return null;
        return LastKeyBefore(_v.Tokens[first].Start);
    }

    /// <summary>Last words of organisation names: "Members of the Lowmere Port Caucus held ..." names a group, not a person.</summary>
    private static readonly HashSet<string> GroupWords = new(StringComparer.Ordinal)
    {
        "caucus", "committee", "party", "council", "association", "department", "house", "senate", "congress", "campaign",
        "administration", "agency", "commission", "board", "court", "union", "league", "foundation", "institute",
        "university", "company", "corporation", "group", "organization", "organisation", "bureau", "office", "police",
        "ministry", "government", "parliament", "assembly", "network", "team", "club", "republicans", "democrats",
    };

    /// <summary>The first person-like name between <paramref name="first"/> and <paramref name="token"/> (capped at a few dozen tokens), lowercased.</summary>
    private string? PersonBefore(int first, int token)
    {
        for (var t = Math.Max(first, token - 40); t < token; t++)
        {
            if (_v.Masked[t] || !_v.IsCapitalized(t) || Occasions.Words.Stops.Has(_v.Tokens[t].Lower)
                || Occasions.Words.Determiners.Has(_v.Tokens[t].Lower) || DateExpressions.IsDateWord(_v, t))
                continue;
            var start = t;
            while (t + 1 < token && _v.IsCapitalized(t + 1) && !_v.Masked[t + 1])
                t++;
            var last = _v.Tokens[t].Stem;
            var sentenceInitialWord = start == first && t == start;
            if (sentenceInitialWord || GroupWords.Contains(last) || VenueLexicon.Head(last, null) is not null || VenueLexicon.IsOutletName(last))
                continue;
            return last;
        }

        return null;
    }

    private string? LastKeyBefore(int offset)
    {
        if (_v.TokenCount == 0)
            return null;
        int lo = 0, hi = _ordered.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_v.Tokens[_ordered[mid].Anchor].Start < offset)
                lo = mid + 1;
            else
                hi = mid;
        }

        for (var k = lo - 1; k >= 0 && k >= lo - ScanLimit; k--)
        {
            if (_ordered[k].Key is { } key)
                return key;
        }

        return null;
    }

    /// <summary>
    /// Phrase frames and statement frames at or before <paramref name="position"/>, nearest first (a statement's frame
    /// before a phrase frame at the same token), at most <see cref="ScanLimit"/> of them.
    /// </summary>
    private BackwardFrames Backward(int position) => new(this, position);

    /// <summary>The walk of <see cref="Backward"/>, a struct rather than an iterator: it runs several times for every statement.</summary>
    private struct BackwardFrames
    {
        private readonly List<Frame> _frames;
        private readonly List<Frame> _siteFrames;
        private int _k;
        private int _j;
        private int _seen;

        public BackwardFrames(ArticleOccasions owner, int position)
        {
            _frames = owner._frames;
            _siteFrames = owner._siteFrames;
            _k = owner.FrameIndexBefore(position);
            _j = _siteFrames.Count - 1;
            while (_j >= 0 && _siteFrames[_j].Position > position)
                _j--;
            _seen = 0;
            Current = null!;
        }

        public Frame Current { get; private set; }

        public readonly BackwardFrames GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_seen >= ScanLimit || (_k < 0 && _j < 0))
                return false;
            _seen++;
            Current = _j >= 0 && (_k < 0 || _siteFrames[_j].Position >= _frames[_k].Position) ? _siteFrames[_j--] : _frames[_k--];
            return true;
        }
    }

    /// <summary>The index of the last phrase frame at or before <paramref name="position"/>, or -1.</summary>
    private int FrameIndexBefore(int position)
    {
        int lo = 0, hi = _frames.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_frames[mid].Position <= position)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    private Frame? FrameAfter(SiteFacts site, Func<Frame, bool> match, bool sameSection = true, int limit = ScanLimit)
    {
        for (int k = FrameIndexBefore(site.Anchor) + 1, seen = 0; k < _frames.Count && seen < Math.Min(limit, ScanLimit * 4); k++, seen++)
        {
            var f = _frames[k];
            if (f.Position <= site.Anchor)
                continue;
            if (sameSection && f.Section != site.Section)
                return null;
            if (match(f))
                return f;
        }

        return null;
    }
}
