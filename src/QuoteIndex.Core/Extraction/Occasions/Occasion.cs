using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Occasions;

/// <summary>Where and when one statement was made, as far as the article says: either part may be unknown.</summary>
public sealed record Occasion(Venue? Venue, StatementDate? Date);
