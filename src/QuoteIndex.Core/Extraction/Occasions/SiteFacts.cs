namespace QuoteIndex.Core.Extraction.Occasions;

/// <summary>A statement site placed in the article's tokens, with what its own sentence says about the occasion.</summary>
internal sealed class SiteFacts
{
    public required int Index { get; init; }
    public required StatementSite Site { get; init; }

    /// <summary>The token the statement is anchored at: its cue, else its speaker mention, else its first quoted word.</summary>
    public required int Anchor { get; init; }

    public required int CueFirst { get; init; }
    public required int CueEnd { get; init; }
    public required int MentionFirst { get; init; }
    public required int MentionEnd { get; init; }
    public required int Sentence { get; init; }
    public required int Paragraph { get; init; }
    public required int Section { get; init; }
    public required bool InLead { get; init; }

    /// <summary>The speaker as one lowercase word ("trump"); null for unnamed sources.</summary>
    public string? Key { get; set; }

    /// <summary>"has long said", "had told": not one occasion.</summary>
    public bool Habitual { get; set; }

    /// <summary>"he added", "she said then": the same occasion as the speaker's previous words.</summary>
    public bool Continues { get; set; }

    /// <summary>The sentence puts the statement at another, unfixed time ("said in July", "last year").</summary>
    public bool Elsewhen { get; set; }

    public bool HasCue => CueEnd > CueFirst;

    public List<VenueMention> Venues { get; } = [];
    public List<DateMention> Dates { get; } = [];

    public override string ToString() => $"#{Index} {Key} p{Paragraph}";
}
