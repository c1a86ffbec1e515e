using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Occasions;

/// <summary>
/// An occasion, a day, or both, that the text puts somewhere: named by a phrase ("At a press conference in Lowmere, the
/// mayor said"), or taken by a statement and so passed on to the same speaker's next words. Statements without an occasion
/// of their own look back (and a little ahead) for the frame that covers them.
/// </summary>
internal sealed class Frame
{
    public required int Position { get; init; }
    public required int Paragraph { get; init; }
    public required int Section { get; init; }

    public VenueMention? Venue { get; init; }

    /// <summary>The venue as it is reported: with "his" resolved to the speaker when that is known.</summary>
    public Venue? Resolved { get; init; }

    public StatementDate? Date { get; set; }

    /// <summary>The speaker key this occasion belongs to; null when the text names no one (a scene setting).</summary>
    public string? Owner { get; init; }

    /// <summary>A gathering of many speakers (hearing, forum, debate): it covers other speakers' statements too.</summary>
    public bool Scene { get; init; }

    /// <summary>Speakers the text places outside this scene ("held a press conference, shortly after the governor said ...").</summary>
    public IReadOnlySet<string> Excluded { get; init; } = NoneExcluded;

    /// <summary>An occasion in the past of the story ("in July", "then"): it covers only what stays in that past.</summary>
    public bool Flashback { get; init; }

    /// <summary>A statement of this speaker with its own other time ("said in July"): the carry-over stops here.</summary>
    public bool Blocker { get; init; }

    /// <summary>Named in a statement's own sentence, next to its cue.</summary>
    public bool Bound { get; init; }

    /// <summary>Created from a statement's resolved occasion rather than from a phrase of the text.</summary>
    public bool FromSite { get; init; }

    public VenueMention? Occasion => Venue?.Root;

    public bool InterviewLike => Resolved?.Type is VenueType.Interview or VenueType.Broadcast;

    public bool Gathering => Resolved?.Type is VenueType.Event or VenueType.Hearing or VenueType.Debate or VenueType.PressConference;

    /// <summary>No speaker excluded: one shared empty set, since frames never add to theirs.</summary>
    public static readonly IReadOnlySet<string> NoneExcluded = new HashSet<string>();

    public override string ToString() => $"@{Position} p{Paragraph} {Owner ?? "-"}: {Resolved?.Name} {Date}{(Scene ? " scene" : "")}{(Flashback ? " flashback" : "")}{(Blocker ? " blocker" : "")}";
}
