using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Occasions;

/// <summary>How much a venue phrase says by itself.</summary>
internal enum VenueStrength
{
    /// <summary>A venue noun: "a rally in Lowmere", "an interview with CNN".</summary>
    Strong,

    /// <summary>An outlet, programme or platform: "told The Harbour Gazette", "on Valley Radio", "on Twitter".</summary>
    Outlet,

    /// <summary>Only the listeners: "told a crowd in Lowmere". A named occasion nearby says more.</summary>
    Audience,

    /// <summary>Only a person: "told Marsh". A venue only when it points back at a programme or outlet named elsewhere.</summary>
    Person,
}

/// <summary>A phrase of the article that names an occasion, found by <see cref="VenueFinder"/>.</summary>
internal sealed class VenueMention
{
    public required int First { get; init; }
    public required int End { get; init; }
    public required string Name { get; set; }
    public required VenueType Type { get; set; }
    public required string Family { get; set; }
    public required string Head { get; init; }
    public required VenueStrength Strength { get; set; }
    public bool Scene { get; set; }

    /// <summary>"the forum", "his speech": points back at an occasion named before.</summary>
    public bool Definite { get; init; }

    /// <summary>Definite and nothing else: no proper name, title or place ("the forum", but not "the Valley TV forum").</summary>
    public bool Bare { get; init; }

    /// <summary>Has a determiner or a proper name: "a rally", "Quill's rally", not the generic "rallies".</summary>
    public bool Particular { get; init; }

    /// <summary>The possessive pronoun before the noun, if any ("his" in "his speech").</summary>
    public string? Pronoun { get; init; }

    /// <summary>A proper name the phrase hangs on ("marsh" in "Marsh's program", "told Marsh"), lowercase.</summary>
    public string? ProperKey { get; init; }

    /// <summary>Set when this phrase names the same occasion as an earlier one ("the forum" after "a forum sponsored by Valley TV").</summary>
    public VenueMention? Antecedent { get; set; }

    public VenueMention Root
    {
        get
        {
            var root = this;
            for (var depth = 0; root.Antecedent is { } next && depth < 64; depth++)
                root = next;
            return root;
        }
    }

    public Venue ToVenue() => new(Name, Type);

    public override string ToString() => $"{Name} ({Type}, {Strength})";
}
