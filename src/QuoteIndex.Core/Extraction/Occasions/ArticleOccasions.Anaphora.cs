namespace QuoteIndex.Core.Extraction.Occasions;

/// <summary>Which occasion a venue phrase names when it points back (or, in a headline, ahead) at another.</summary>
internal sealed partial class ArticleOccasions
{
    /// <summary>Words that say nothing about which occasion a name is: left out when matching names.</summary>
    private static readonly HashSet<string> NameStops = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "in", "at", "on", "to", "with", "for", "and", "his", "her", "their", "its", "during",
    };

    /// <summary>
    /// Points later mentions at the occasion named before: "the forum" at the "Harbour Futures Forum" sponsored by Valley
    /// TV, "told Marsh" at The Pia Marsh Show, "his speech" at the gathering the senator spoke at; and a
    /// headline's "leadership forum" at the forum the body names.
    /// </summary>
    private void ResolveAnaphora()
    {
        var all = _venues.SelectMany(v => v).ToList();
        // Most articles name no occasion at all: nothing to point back at, and no tables to build.
        if (all.Count == 0)
            return;
        var firstBodyByHead = new Dictionary<string, VenueMention>(StringComparer.Ordinal);
        var byWordLater = new Dictionary<string, VenueMention>(StringComparer.Ordinal);
        foreach (var m in all)
        {
            if (_v.ParagraphOfToken(m.First) >= _v.LeadEnd && m.Strength is VenueStrength.Strong or VenueStrength.Outlet)
                firstBodyByHead.TryAdd(m.Head, m);
        }

        for (var k = all.Count - 1; k >= 0; k--)
        {
            if (all[k].Strength is VenueStrength.Strong or VenueStrength.Outlet)
            {
                foreach (var word in NameWords(all[k].Name))
                    byWordLater[word] = all[k];
            }
        }

        var lastByHead = new Dictionary<string, VenueMention>(StringComparer.Ordinal);
        var lastByFamily = new Dictionary<string, VenueMention>(StringComparer.Ordinal);
        var lastByWord = new Dictionary<string, VenueMention>(StringComparer.Ordinal);
        foreach (var m in all)
        {
            var paragraph = _v.ParagraphOfToken(m.First);
            VenueMention? antecedent = null;
            if (paragraph < _v.LeadEnd && firstBodyByHead.TryGetValue(m.Head, out var body) && body != m)
            {
                antecedent = body;
            }
            else if (m.Strength == VenueStrength.Person && m.ProperKey is { } person && !m.Name.StartsWith("the ", StringComparison.OrdinalIgnoreCase)
                     && m.Name.Any(char.IsLower))
            {
                antecedent = lastByWord.GetValueOrDefault(person) ?? byWordLater.GetValueOrDefault(person);
                if (antecedent?.Family is not ("interview" or "broadcast"))
                    antecedent = null;
            }
            else if (m.ProperKey is { } owner && m.Head is "program" or "programme" or "show" or "interview" or "broadcast" or "radio" or "segment" or "podcast"
                     && lastByWord.GetValueOrDefault(owner) is { Family: "interview" or "broadcast" } named)
            {
                antecedent = named;
            }
            else if (m.Definite && lastByHead.GetValueOrDefault(m.Head) is { } same && (m.Bare || same.Family == m.Family && SharesProperWord(m, same)))
            {
                antecedent = same;
            }
            else if (m.Bare && lastByFamily.GetValueOrDefault(m.Family) is { } kin && paragraph - _v.ParagraphOfToken(kin.First) <= 3
                     && m.Family is not ("document" or "article"))
            {
                antecedent = kin;
            }
            else if (m.Strength == VenueStrength.Outlet && m.Name.Split(' ').Length == 1 && m.ProperKey is { } outlet
                     && lastByWord.GetValueOrDefault(outlet) is { Family: "interview" or "broadcast" } fuller && fuller.Name.Length > m.Name.Length)
            {
                // "told Valley Radio" after "told Pia Marsh of Valley Radio".
                antecedent = fuller;
            }

            if (antecedent is null && m.Family == "hearing" && !m.Name.Any(char.IsUpper) && CommitteeBefore(m.First) is { } committee
                && m.Name.Contains("committee", StringComparison.OrdinalIgnoreCase))
            {
                // "the second committee hearing": the committee the text named before.
                m.Name = $"{committee} {m.Head}";
            }

            if (antecedent is not null && antecedent != m && antecedent.Root != m)
            {
                m.Antecedent = antecedent;
                var root = m.Root;
                m.Name = root.Name;
                m.Type = root.Type;
                m.Family = root.Family;
                m.Scene |= root.Scene;
                if (m.Strength == VenueStrength.Person)
                    m.Strength = root.Strength;
            }

            if (m.Strength is VenueStrength.Strong or VenueStrength.Outlet && paragraph >= _v.LeadEnd)
            {
                lastByHead[m.Head] = m;
                lastByFamily[m.Family] = m;
                foreach (var word in NameWords(m.Name))
                    lastByWord[word] = m;
            }
        }
    }

    private string? CommitteeBefore(int position)
    {
        string? name = null;
        foreach (var (at, committee) in Committees)
        {
            if (at >= position)
                break;
            name = committee;
        }

        return name;
    }

    // Character sets kept in fields: written inline, each call would build its array anew.
    private static readonly char[] ProperWordSeparators = [' ', '/', '-', '"', '\u201C', '\u201D'];
    private static readonly char[] NameWordSeparators = [' ', '\'', '\u2019', '"', '\u201C', '\u201D', ',', '.', '/', '-'];

    /// <summary>"the KVR/Valley TV forum" and "a forum sponsored by Valley TV" share "Valley"; "The Pia Marsh Show" and "The Hal Brannigan Hour" share nothing.</summary>
    private static bool SharesProperWord(VenueMention m, VenueMention antecedent)
    {
        var proper = m.Name.Split(ProperWordSeparators, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsUpper(w[0]) && !w.StartsWith(m.Head, StringComparison.OrdinalIgnoreCase))
            .Select(w => SpeakerKeys.Normalise(w))
            .ToList();
        if (proper.Count == 0)
            return true;
        var theirs = NameWords(antecedent.Root.Name).Select(SpeakerKeys.Normalise).ToHashSet(StringComparer.Ordinal);
        return proper.Any(theirs.Contains);
    }

    private static IEnumerable<string> NameWords(string name) =>
        name.Split(NameWordSeparators, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant())
            .Where(w => w.Length >= 3 && !NameStops.Contains(w));
}
