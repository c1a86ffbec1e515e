namespace QuoteIndex.Core.Quotes;

/// <summary>Where a statement was made, in the article's own words.</summary>
public sealed record Venue
{
    public Venue(string name, VenueType type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Type = type;
    }

    public string Name { get; }
    public VenueType Type { get; }
}

/// <summary>The kinds of occasion the evaluation data annotates (see shared/eval/FORMAT.md).</summary>
public enum VenueType
{
    Other,
    Event,
    Interview,
    PressConference,
    Statement,
    SocialMedia,
    Broadcast,
    Hearing,
    Debate,
}
