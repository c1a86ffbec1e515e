using QuoteIndex.Core.Extraction.Text;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Occasions;

/// <summary>
/// The work of <see cref="OccasionResolver"/> for one article: find the venue and date phrases, decide which statement each
/// belongs to, then give every statement its own occasion or the one the text carries it over from.
/// </summary>
internal sealed partial class ArticleOccasions
{
    /// <summary>How many frames a statement looks at either way: keeps long articles linear.</summary>
    private const int ScanLimit = 256;

    /// <summary>How far (in words outside quoted content) a venue or date phrase may stand from the cue it belongs to.</summary>
    private const int BindingReach = 30;

    private readonly ArticleView _v;
    private readonly StatementSite[] _sites;

    /// <summary>The sites in text order, with what their own sentences say.</summary>
    private readonly SiteFacts[] _ordered;
    private readonly Dictionary<int, List<SiteFacts>> _sentenceSites;

    // Token indexes: clause breaks and words outside quoted content (prefix counts), speaker names and pronouns.
    private readonly int[] _breakPrefix;
    private readonly int[] _unmaskedPrefix;
    private readonly HashSet<string> _keys;
    private readonly string?[] _tokenKey;
    private readonly int[] _keyAfter;
    private readonly int[] _pronounBefore;
    private readonly bool?[] _pastTense;

    // Phrases found, per sentence, and where they went.
    private readonly List<VenueMention>[] _venues;
    private readonly List<DateMention>[] _dates;

    /// <summary>The first venue phrase over each token inside one: such tokens are few, so only they are kept.</summary>
    private readonly Dictionary<int, VenueMention> _venueAt = [];
    private readonly Dictionary<VenueMention, List<SiteFacts>> _venueSites = [];
    private readonly Dictionary<DateMention, List<SiteFacts>> _dateSites = [];
    private List<VenueMention>? _documents;
    private List<VenueMention>? _allDocuments;
    private List<(int Position, string Name)>? _committees;

    /// <summary>Frames named by phrases of the text, in text order.</summary>
    private readonly List<Frame> _frames = [];

    /// <summary>Frames left by resolved statements, appended in text order as statements are resolved.</summary>
    private readonly List<Frame> _siteFrames = [];
    private readonly Dictionary<VenueMention, Frame> _mentionFrames = [];

    /// <summary>The day of each occasion, once any phrase or statement gives it.</summary>
    private readonly Dictionary<VenueMention, StatementDate> _occasionDates = [];

    public ArticleOccasions(TextLayout layout, DateOnly? published, IReadOnlyList<StatementSite> sites)
    {
        _sites = [.. sites];
        _v = ArticleView.Of(layout, published, _sites);
        _ordered = InTextOrder();
        AssignKeys();
        _keys = new HashSet<string>(_ordered.Select(f => f.Key).OfType<string>(), StringComparer.Ordinal);
        (_breakPrefix, _unmaskedPrefix, _tokenKey, _keyAfter, _pronounBefore) = TokenIndexes();

        var sentences = _v.SentenceTokens.Length;
        _sentenceSites = SitesBySentence();
        _pastTense = new bool?[sentences];
        _venues = new List<VenueMention>[sentences];
        _dates = new List<DateMention>[sentences];
        for (var s = 0; s < sentences; s++)
        {
            var (first, end) = _v.SentenceTokens[s];
            _venues[s] = VenueFinder.Find(_v, first, end);
            foreach (var m in _venues[s])
            {
                for (var t = m.First; t < m.End && t < _v.TokenCount; t++)
                    _venueAt.TryAdd(t, m);
            }

            _dates[s] = FindDates(first, end);
        }

        ResolveAnaphora();
        BindToSites();
        BuildFrames();
    }

    /// <summary>For diagnostics in tests: the frames after <see cref="Resolve"/>, in text order.</summary>
    internal IReadOnlyList<Frame> Frames => [.. _frames.Concat(_siteFrames).OrderBy(f => f.Position)];

    internal IReadOnlyList<SiteFacts> Sites => _ordered;

    internal ArticleView View => _v;

    public IReadOnlyList<Occasion> Resolve()
    {
        var result = new Occasion[_sites.Length];

        TransferLeadDates();
        foreach (var site in _ordered)
            result[site.Index] = ResolveSite(site);
        return result;
    }

    /// <summary>The sites placed, by anchor, and in their given order where anchors tie.</summary>
    private SiteFacts[] InTextOrder()
    {
        var ordered = new SiteFacts[_sites.Length];
        for (var i = 0; i < ordered.Length; i++)
            ordered[i] = Place(_sites[i], i);
        Array.Sort(ordered, static (a, b) => a.Anchor != b.Anchor ? a.Anchor.CompareTo(b.Anchor) : a.Index.CompareTo(b.Index));
        return ordered;
    }

    /// <summary>
    /// The sites of each sentence by cue, ties in text order; the sentences in the order their first site comes. Built by
    /// hand: most articles have a handful of sites, and grouping and ordering queries cost more than the work.
    /// </summary>
    private Dictionary<int, List<SiteFacts>> SitesBySentence()
    {
        var bySentence = new Dictionary<int, List<SiteFacts>>();
        foreach (var f in _ordered)
        {
            if (!bySentence.TryGetValue(f.Sentence, out var sites))
                bySentence[f.Sentence] = sites = [];
            sites.Add(f);
        }

        // The lists are in text order (anchor, then index) already: a stable sort by cue is a sort by cue, then by that.
        foreach (var sites in bySentence.Values)
        {
            sites.Sort(static (a, b) => a.CueFirst != b.CueFirst ? a.CueFirst.CompareTo(b.CueFirst)
                : a.Anchor != b.Anchor ? a.Anchor.CompareTo(b.Anchor) : a.Index.CompareTo(b.Index));
        }

        return bySentence;
    }

    private SiteFacts Place(StatementSite site, int index)
    {
        var tokens = _v.Tokens;
        var (cueFirst, cueEnd) = site.Cue is { } cue ? Range(cue) : (-1, -1);
        var (mentionFirst, mentionEnd) = site.Mention is { } mention ? Range(mention) : (-1, -1);
        var anchor = cueFirst >= 0 && cueEnd > cueFirst ? cueFirst
            : mentionFirst >= 0 && mentionEnd > mentionFirst ? mentionFirst
            : Math.Min(Math.Max(0, TokenAtOrAfter(site.Content.Count > 0 ? site.Start : 0)), Math.Max(0, _v.TokenCount - 1));
        if (cueEnd <= cueFirst)
            (cueFirst, cueEnd) = mentionEnd > mentionFirst ? (mentionFirst, mentionEnd) : (anchor, anchor);
        var sentence = _v.TokenCount == 0 ? 0 : _v.TokenSentence[anchor];
        var paragraph = _v.SentenceParagraph.Length == 0 ? 0 : _v.SentenceParagraph[sentence];
        return new SiteFacts
        {
            Index = index,
            Site = site,
            Anchor = anchor,
            CueFirst = cueFirst,
            CueEnd = cueEnd,
            MentionFirst = mentionFirst,
            MentionEnd = mentionEnd,
            Sentence = sentence,
            Paragraph = paragraph,
            Section = _v.ParagraphSection.Length == 0 ? 0 : _v.ParagraphSection[paragraph],
            InLead = paragraph <= _v.LeadEnd,
        };
    }

    /// <summary>The tokens a span covers; (-1, -1) when it covers none.</summary>
    private (int First, int End) Range(TextSpan span)
    {
        var first = TokenAtOrAfter(span.Start);
        if (first < 0 || _v.Tokens[first].Start >= span.End)
            return (-1, -1);
        var end = first;
        while (end < _v.TokenCount && _v.Tokens[end].Start < span.End)
            end++;
        return (first, end);
    }

    /// <summary>The first token that ends after <paramref name="offset"/>, or -1.</summary>
    private int TokenAtOrAfter(int offset)
    {
        var tokens = _v.Tokens;
        int lo = 0, hi = _v.TokenCount - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End > offset)
            {
                found = mid;
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return found;
    }

    private string TextBetween(int first, int end) => first >= 0 && end > first ? _v.TextOf(first, end) : string.Empty;

    private void AssignKeys()
    {
        string? previous = null;
        foreach (var f in _ordered)
        {
            var mention = f.Site.Mention is { } m && m.FitsIn(_v.Text) ? m.Of(_v.Text) : null;
            f.Key = SpeakerKeys.OfName(f.Site.SpeakerName) ?? SpeakerKeys.OfMention(mention)
                ?? (SpeakerKeys.IsPronoun(mention) ? previous : null);
            if (f.Key is not null)
                previous = f.Key;
            f.Habitual = CueHasWord(f, Occasions.Words.PerfectAuxiliaries) || AuxiliaryBefore(f);
            f.Continues = CueHasWord(f, Occasions.Words.ContinuationCues);
        }
    }

    private bool CueHasWord(SiteFacts f, HashSet<string> words)
    {
        for (var t = f.CueFirst; t < f.CueEnd; t++)
        {
            if (words.Contains(_v.Tokens[t].Lower))
                return true;
        }

        return false;
    }

    /// <summary>"has long said", "had previously announced": an auxiliary in the three words before the cue.</summary>
    private bool AuxiliaryBefore(SiteFacts f)
    {
        if (!f.HasCue || f.MentionFirst == f.CueFirst)
            return false;
        for (int t = f.CueFirst - 1, seen = 0; t >= 0 && seen < 3; t--, seen++)
        {
            var token = _v.Tokens[t];
            if (_v.Masked[t] || !token.IsWord || _v.TokenSentence[t] != f.Sentence)
                return false;
            if (Occasions.Words.PerfectAuxiliaries.Contains(token.Lower))
                return true;
            if (!(token.Lower is "long" or "often" or "repeatedly" or "also" or "previously" or "already" or "frequently" or "consistently" or "since" or "never" or "not" or "always"))
                return false;
        }

        return false;
    }

    /// <summary>"after the debate", "testified before the committee": the word heads a phrase, not a clause of another time.</summary>
    private bool Preposition(int t)
    {
        if (_v.Tokens[t].Lower is not ("after" or "before" or "since" or "until"))
            return false;
        if (t > 0 && _v.Tokens[t - 1].Lower is "testified" or "testify" or "testifies" or "testifying" or "appeared" or "appearing" or "appear")
            return true;
        if (t + 1 >= _v.TokenCount || _v.Masked[t + 1])
            return false;
        var next = _v.Tokens[t + 1];
        return next.Kind == TokenKind.Number || next.IsWord && (Occasions.Words.Determiners.Has(next.Lower) || DateExpressions.IsDateWord(_v, t + 1)
            || next.Lower.EndsWith("ing", StringComparison.Ordinal));
    }

    private bool BreakBetween(int from, int to) => to > from && _breakPrefix[to] - _breakPrefix[from] > 0;

    /// <summary>Words outside quoted content between two tokens.</summary>
    private int WordsBetween(int from, int to) => to > from ? _unmaskedPrefix[to] - _unmaskedPrefix[from] : 0;

    /// <summary>The sites of a sentence whose cue lies within binding reach of [first, end), in cue order.</summary>
    private IEnumerable<SiteFacts> SitesNear(int sentence, int first, int end)
    {
        if (_sentenceSites.GetValueOrDefault(sentence) is not { } sites)
            yield break;
        int lo = 0, hi = sites.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sites[mid].CueEnd <= first && WordsBetween(sites[mid].CueEnd, first) > BindingReach)
                lo = mid + 1;
            else
                hi = mid;
        }

        for (var k = lo; k < sites.Count && WordsBetween(end, sites[k].CueFirst) <= BindingReach; k++)
            yield return sites[k];
    }

    private List<SiteFacts> SitesOf(VenueMention m) => _venueSites.GetValueOrDefault(m) ?? [];

    private bool IsBound(DateMention d) => _dateSites.ContainsKey(d);

    private bool InsideVenue(DateMention d) => _venueAt.GetValueOrDefault(d.First) is { } m && m.First <= d.First && d.End <= m.End;

    /// <summary>The dates of a sentence that start within <paramref name="reach"/> tokens of [first, end).</summary>
    private IEnumerable<DateMention> DatesNear(int sentence, int first, int end, int reach)
    {
        var dates = _dates[sentence];
        int lo = 0, hi = dates.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (dates[mid].First < first - reach)
                lo = mid + 1;
            else
                hi = mid;
        }

        for (var k = lo; k < dates.Count && dates[k].First <= end + reach; k++)
            yield return dates[k];
    }

    /// <summary>
    /// The per-token indexes, in one walk over the tokens: clause breaks and words outside quoted content (prefix counts),
    /// which tokens name a known speaker ("Quill", "Osei's"), the next such token of the sentence, and the last "he" or
    /// "she" before each token.
    /// </summary>
    private (int[] Breaks, int[] Unmasked, string?[] Keys, int[] After, int[] Pronoun) TokenIndexes()
    {
        var n = _v.TokenCount;
        var tokens = _v.Tokens;
        var masked = _v.Masked;
        var tokenSentence = _v.TokenSentence;
        var scratch = TokenScratch.ForThread;
        var breaks = scratch.BreakPrefix(n + 1);
        var unmasked = scratch.UnmaskedPrefix(n + 1);
        var keys = scratch.TokenKey(n);
        var after = scratch.KeyAfter(n);
        var pronoun = scratch.PronounBefore(n);
        breaks[0] = 0;
        unmasked[0] = 0;
        int lastPronoun = -1, sentence = -1;
        // The lengths of the keys, as bits: most capitalised words are turned away without hashing them.
        var keyLengths = 0UL;
        foreach (var known in _keys)
            keyLengths |= 1UL << Math.Min(known.Length, 63);
        var keyLookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = 0; t < n; t++)
        {
            if (tokenSentence[t] != sentence)
            {
                sentence = tokenSentence[t];
                lastPronoun = -1;
            }

            pronoun[t] = lastPronoun;
            var token = tokens[t];
            var isMasked = masked[t];
            // The kind before the string: a ";" is a mark, and most tokens are words whose strings need not be read here.
            var isBreak = !isMasked && (token.IsWord ? token.Has(WordRoles.BreaksClause) && !Preposition(t) : token.Kind == TokenKind.Punctuation && token.Lower is [';']);
            breaks[t + 1] = breaks[t] + (isBreak ? 1 : 0);
            unmasked[t + 1] = unmasked[t] + (isMasked ? 0 : 1);
            if (isMasked || !token.IsWord)
                continue;
            if (keyLengths != 0 && char.IsUpper(_v.Text[token.Start]) && SpeakerKeys.NormaliseLowered(token.Lower) is var candidate
                && (keyLengths & (1UL << Math.Min(candidate.Length, 63))) != 0 && keyLookup.TryGetValue(candidate, out var key))
                keys[t] = key;
            else if (token.Lower is "he" or "she")
                lastPronoun = t;
        }

        var next = -1;
        sentence = -1;
        for (var t = n - 1; t >= 0; t--)
        {
            if (tokenSentence[t] != sentence)
            {
                sentence = tokenSentence[t];
                next = -1;
            }

            after[t] = next;
            if (keys[t] is not null)
                next = t;
        }

        return (breaks, unmasked, keys, after, pronoun);
    }

    /// <summary>The date phrases of [first, end); like venues, sentences without any share one empty list.</summary>
    private List<DateMention> FindDates(int first, int end)
    {
        List<DateMention>? found = null;
        for (var t = first; t < end;)
        {
            // TryParse turns away a token without the role at once; tested here, most tokens cost no call at all.
            if (!_v.Tokens[t].Has(WordRoles.OpensDate))
            {
                t++;
            }
            else if (DateExpressions.TryParse(_v, t, end) is { } date)
            {
                (found ??= []).Add(date);
                t = Math.Max(t + 1, date.End);
            }
            else
            {
                t++;
            }
        }

        return found ?? NoDates;
    }

    private static readonly List<DateMention> NoDates = [];

    /// <summary>
    /// Committees the text names ("the House Harbour and Fisheries Committee"): what "the committee hearing" is. Found on
    /// first use: only a hearing named without its committee asks.
    /// </summary>
    private List<(int Position, string Name)> Committees => _committees ??= FindCommittees();

    private List<(int Position, string Name)> FindCommittees()
    {
        var committees = new List<(int Position, string Name)>();
        var tokens = _v.Tokens;
        for (var t = 0; t < _v.TokenCount; t++)
        {
            if (_v.Masked[t] || !tokens[t].IsWord || !tokens[t].Has(WordRoles.EndsCommittee))
                continue;
            var start = t;
            for (var k = t - 1; k >= 0 && t - k <= 7 && !_v.Masked[k] && tokens[k].IsWord && _v.TokenSentence[k] == _v.TokenSentence[t]; k--)
            {
                if (_v.IsCapitalized(k) && !Occasions.Words.Determiners.Has(tokens[k].Lower))
                    start = k;
                else if (!(tokens[k].Lower is "and" or "on" or "of" || !Occasions.Words.Stops.Has(tokens[k].Lower) && !tokens[k].IsPossessive))
                    break;
            }

            if (start < t)
                committees.Add((t, _v.TextOf(start, t + 1)));
        }

        return committees;
    }

    /// <summary>Whether a sentence tells something done: a past-tense verb ("Wednesday, he called for ..."), not a plan ("meet Monday").</summary>
    private bool PastTense(int sentence)
    {
        if (_pastTense[sentence] is { } known)
            return known;
        var (first, end) = _v.SentenceTokens[sentence];
        var past = false;
        for (var t = first; t < end && !past; t++)
        {
            var w = _v.Tokens[t].Lower;
            past = !_v.Masked[t] && _v.Tokens[t].IsWord && (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) || IrregularPast.Contains(w));
        }

        _pastTense[sentence] = past;
        return past;
    }

    private static readonly HashSet<string> IrregularPast = new(StringComparer.Ordinal)
    {
        "said", "told", "made", "gave", "spoke", "took", "went", "came", "met", "wrote", "held", "sent", "led", "ran", "began",
        "saw", "got", "put", "set", "won", "lost", "brought", "thought", "felt", "left", "kept", "paid", "read", "heard",
        "was", "were", "did", "had", "sat", "stood", "drew", "hit", "struck", "fought", "sought", "rose", "fell", "threw",
    };
}
