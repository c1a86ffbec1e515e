namespace QuoteIndex.Core.Storage;

/// <summary>A speaker whose name starts with what the user typed, for autocomplete.</summary>
/// <param name="Key">The speaker key (<see cref="Quotes.Speaker.KeyFor"/>), for filters and the speaker page.</param>
/// <param name="Name">The name the speaker's quotes give most often.</param>
/// <param name="QuoteCount">How many stored quotes the speaker has.</param>
public sealed record SpeakerSuggestion(string Key, string Name, long QuoteCount);
