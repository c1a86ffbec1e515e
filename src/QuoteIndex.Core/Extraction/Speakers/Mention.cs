using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Speakers;

/// <summary>
/// The words next to a cue that say who spoke: "U.S. Secretary of State Antony Blinken", "he", "officials",
/// "a spokesperson for the ministry". <see cref="Head"/> is the part that names the speaker.
/// </summary>
internal sealed record Mention(TextSpan Span, TextSpan Head, MentionKind Kind, string? Role);

internal enum MentionKind
{
    /// <summary>A person's name, whole or in part ("Antony Blinken", "Blinken").</summary>
    Name,

    /// <summary>he, she, they, it, we, I.</summary>
    Pronoun,

    /// <summary>A role or title without a name ("the secretary of state", "the president").</summary>
    Role,

    /// <summary>A body speaking as one: a ministry, a company, a capital city, a newspaper.</summary>
    Organisation,

    /// <summary>Unnamed people: "officials", "a source", "critics".</summary>
    Unnamed,
}
