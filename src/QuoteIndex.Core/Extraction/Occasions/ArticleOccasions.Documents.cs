using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Occasions;

/// <summary>Documents and outlets that are themselves the source: "The clip says", "The Harbour Gazette reported".</summary>
internal sealed partial class ArticleOccasions
{
    /// <summary>
    /// Documents the text introduces anywhere ("A web video by the Republican National Committee references ..."): what "the ad"
    /// may point back at. Found on first use: only a statement whose source is a document asks, and few do.
    /// </summary>
    private List<VenueMention> Documents
    {
        get
        {
            if (_documents is null)
            {
                _documents = [];
                for (var s = 0; s < _v.SentenceTokens.Length; s++)
                {
                    var (first, end) = _v.SentenceTokens[s];
                    FindDocuments(first, end, _documents);
                }
            }

            return _documents;
        }
    }

    private void FindDocuments(int first, int end, List<VenueMention> documents)
    {
        for (var t = first; t < end; t++)
        {
            if (_v.Masked[t] || !_v.Tokens[t].IsWord || _v.Tokens[t].Lower is not ("a" or "an"))
                continue;
            if (VenueFinder.DocumentAt(_v, t, end) is { } document)
            {
                documents.Add(document);
                t = document.End - 1;
            }
        }
    }

    /// <summary>
    /// A document or an outlet as the source: "The clip says", "the narrator of the Farrow ad asks", "The Harbour Gazette
    /// reported", "a Harbour Gazette report that ...". Definite ones ("the ad") take the name the text gave the document before.
    /// </summary>
    private Venue? DocumentSource(SiteFacts site)
    {
        var speaker = site.Site.SpeakerName;
        var mentionText = TextBetween(site.MentionFirst, site.MentionEnd);
        if (site.MentionFirst >= 0)
        {
            for (var t = site.MentionFirst; t < site.MentionEnd; t++)
            {
                // Only a document that opens the source, or ends it after "in", "of", "from" or "by" (below), is the
                // source: no other is read.
                if (t > site.MentionFirst && _v.Tokens[t - 1].Lower is not ("in" or "of" or "from" or "by"))
                    continue;
                if (VenueFinder.DocumentAt(_v, t, site.MentionEnd) is not { } document)
                    continue;
                // The source itself ("The clip", "The union's complaint to ...", "the narrator of the Farrow ad"), not a
                // document somewhere in its description ("voters going to the polls").
                var atStart = t == site.MentionFirst;
                var atEnd = document.End >= site.MentionEnd && t > site.MentionFirst && _v.Tokens[t - 1].Lower is "in" or "of" or "from" or "by";
                if (!atStart && !atEnd)
                    continue;
                var name = document.Name;
                if (document.Definite && !HasProperWord(document) && PreviousDocument(document, site) is { } earlier)
                    name = earlier.Name;
                else if (VenueLexicon.IsOutlet(speaker) && !name.Contains(speaker!.Replace("The ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
                {
                    name = $"{speaker} {document.Head}";
                    // A loop, not a query: the lambda's capture of the document was made for every token tried above.
                    foreach (var known in Documents)
                    {
                        if (known.First == document.First)
                            known.Name = name;
                    }

                }
                return new Venue(name, document.Type);
            }
        }

        var cue = site.HasCue ? _v.Tokens[site.CueFirst] : default;
        var pronoun = SpeakerKeys.IsPronoun(mentionText) || mentionText.Length == 0;
        // "a Harbour Gazette report that ...": the cue is the document's own noun.
        if (site.HasCue && cue.IsWord && VenueLexicon.Head(cue.Stem, null) is { } head && VenueFinder.IsDocumentFamily(head.Family) && !pronoun
            && site.MentionEnd == site.CueFirst && !VenueLexicon.IsPlural(cue.Stem) && _v.Tokens[site.MentionFirst].Lower is "a" or "an" or "the")
        {
            return new Venue($"{StripArticle(mentionText)} {_v.TextOf(cue)}", head.Type);
        }

        var source = speaker ?? NamedSource(mentionText, pronoun);
        if (source is null)
            return null;
        if (VenueLexicon.IsOutlet(source))
        {
            var written = CueHas(site, static w => w is "wrote" or "writes" or "write" or "written" or "read" or "reads" or "article" or "editorial");
            return new Venue($"{source} {(written ? "article" : "report")}", VenueType.Other);
        }

        return CueHas(site, static w => w is "reported" or "reports" or "report" or "reporting")
            ? new Venue($"{source} report", VenueType.Other)
            : null;
    }

    /// <summary>A source named by the mention itself, capitalised and of at most five words: "The Harbour Gazette".</summary>
    /// <remarks>Asked for nearly every statement without a speaker name: the words are counted, not split into strings.</remarks>
    private static string? NamedSource(string mentionText, bool pronoun)
    {
        if (pronoun || mentionText.AsSpan().Count(' ') >= 5)
            return null;
        var stripped = StripArticle(mentionText);
        return stripped.Length > 0 && char.IsUpper(stripped[0]) ? stripped : null;
    }

    /// <summary>Whether a word of the site's cue is one of <paramref name="words"/>; asked for nearly every statement.</summary>
    private bool CueHas(SiteFacts site, Func<string, bool> words)
    {
        for (var t = site.CueFirst; t < site.CueEnd; t++)
        {
            if (words(_v.Tokens[t].Lower))
                return true;
        }

        return false;
    }

    private static string StripArticle(string text)
    {
        var trimmed = text.Trim().TrimEnd(',');
        foreach (var article in (string[])["the ", "a ", "an "])
        {
            if (trimmed.StartsWith(article, StringComparison.OrdinalIgnoreCase))
                return trimmed[article.Length..];
        }

        return trimmed;
    }

    private bool HasProperWord(VenueMention m)
    {
        for (var t = m.First; t < m.End; t++)
        {
            if (_v.IsCapitalized(t) && t != m.First)
                return true;
        }

        return false;
    }

    /// <summary>The document the text named last before this statement in the same section: same noun first, else same family.</summary>
    private VenueMention? PreviousDocument(VenueMention document, SiteFacts site)
    {
        VenueMention? sameFamily = null;
        _allDocuments ??= [.. Documents.Concat(_venues.SelectMany(v => v).Where(m => VenueFinder.IsDocumentFamily(m.Family))).OrderByDescending(m => m.First)];
        VenueMention? sameHead = null;
        var seen = 0;
        foreach (var m in _allDocuments)
        {
            if (m.First >= document.First || m.Bare)
                continue;
            if (_v.SectionOfToken(m.First) != site.Section || ++seen > ScanLimit)
                break;
            if (m.Head == document.Head && (sameHead is null || m.First > sameHead.First))
                sameHead = m;
            else if (m.Family == document.Family && (sameFamily is null || m.First > sameFamily.First))
                sameFamily = m;
        }

        return sameHead is not null && (sameFamily is null || sameHead.First > sameFamily.First) ? sameHead : sameFamily ?? sameHead;
    }
}
