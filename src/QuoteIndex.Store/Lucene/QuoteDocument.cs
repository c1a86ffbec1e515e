using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using QuoteIndex.Core.Clustering;
using QuoteIndex.Core.Quotes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Store.Lucene;

/// <summary>How a <see cref="Quote"/> is laid out in the index: the field names, their analysis and the mapping both ways.</summary>
internal static class QuoteDocument
{
    public const string Id = "id";
    public const string ArticleId = "articleId";

    /// <summary>The quote's words, stemmed: "aggressors" finds "aggressor". The field free-text queries run on; stored for clustering.</summary>
    public const string Text = "text";

    /// <summary>The quote's words, unstemmed, so an exact phrase can be told from its stemmed look-alikes.</summary>
    public const string TextExact = "text_exact";

    // The facet fields (speaker key, outlet, kind, venue type, venue) are indexed as terms for filters and kept as
    // sorted doc values under the same name, which facet counting reads without touching stored fields.
    public const string SpeakerKey = "speakerKey";
    /// <summary>The speaker's name: searchable words, and a sorted doc value a speaker facet takes its label from.</summary>
    public const string SpeakerName = "speakerName";
    public const string Outlet = "outlet";
    /// <summary>
    /// Speaker look-up terms for autocomplete and display names, one per word of the key: the key from that word on,
    /// the key and the name, joined by <see cref="SuggestSeparator"/> ("blinken␟antony-blinken␟Antony Blinken"). A
    /// prefix walk of the terms finds speakers by any word of their name, and each term's postings count their quotes.
    /// </summary>
    public const string SpeakerSuggest = "speakerSuggest";

    /// <summary>Sorts before every letter and digit, so "blin" walks "blinken␟…" but a whole word stops at its end.</summary>
    public const char SuggestSeparator = '\u001f';

    /// <summary>Most words of a name that get a suggest term; later words are found through the full name only.</summary>
    public const int MaxSuggestWords = 8;

    /// <summary>Longest key and name together that get suggest terms; a real name is a few dozen characters.</summary>
    public const int MaxSuggestNameChars = 1_000;

    public const string Kind = "kind";

    /// <summary>The venue's type as <see cref="VenueTypeTerm"/> gives it.</summary>
    public const string VenueType = "venueType";

    /// <summary>The venue's name as written ("the UN Security Council meeting").</summary>
    public const string Venue = "venue";

    /// <summary>The article's language tag, lower-cased.</summary>
    public const string Language = "language";

    /// <summary>The statement's day as <see cref="DateOnly.DayNumber"/>, indexed for ranges and kept as doc values; absent when the year is unknown.</summary>
    public const string StatementDay = "statementDay";

    /// <summary>The confidence in thousandths (0 to 1000), indexed for ranges.</summary>
    public const string Confidence = "confidence";

    /// <summary>The quote's cluster id (<see cref="Quote.ClusterId"/>), stored for clustering candidates.</summary>
    public const string ClusterId = "clusterId";

    /// <summary>The quote's exact key and MinHash band keys (<see cref="QuoteSignature.Keys"/>), one term each.</summary>
    public const string ClusterKey = "clusterKey";

    /// <summary>The article's publication time in Unix milliseconds, indexed for ranges and kept as doc values for sorting.</summary>
    public const string Published = "published";

    /// <summary>The whole quote in <see cref="QuoteJson"/> form; the only field a hit is read back from.</summary>
    public const string Json = "json";

    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The fields to load for a hit: the JSON alone is enough to rebuild the quote.</summary>
    public static readonly ISet<string> StoredFields = new HashSet<string>(StringComparer.Ordinal) { Json };

    /// <summary>The fields a clustering candidate is read from, without parsing the JSON.</summary>
    public static readonly ISet<string> CandidateFields = new HashSet<string>(StringComparer.Ordinal) { Id, ClusterId, Text };

    /// <summary>One analyser for writing and searching, so a query's terms are made the same way as the indexed ones.</summary>
    public static Analyzer CreateAnalyzer() => new QuoteAnalyzer();

    // The keys go in as one field of space-separated terms: thirty-odd field instances a quote cost more to index
    // than the rest of the quote together.
    internal static readonly FieldType ClusterKeysType = new()
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = global::Lucene.Net.Index.IndexOptions.DOCS_ONLY,
    };

    /// <summary>The term a quote kind is indexed and filtered under.</summary>
    public static string KindTerm(QuoteKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The term a venue type is indexed and filtered under.</summary>
    public static string VenueTypeTerm(QuoteIndex.Core.Quotes.VenueType type) => type.ToString().ToLowerInvariant();

    /// <summary>A confidence as the whole thousandths it is indexed in.</summary>
    public static int ConfidenceTerm(double confidence) => (int)Math.Round(confidence * 1000, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The <see cref="SpeakerSuggest"/> terms of <paramref name="speaker"/>: one per word of its key (at most
    /// <see cref="MaxSuggestWords"/>), the key from that word on, then the key and the name.
    /// </summary>
    public static IEnumerable<string> SuggestTerms(QuoteIndex.Core.Quotes.Speaker speaker)
    {
        // Lucene refuses a term over 32 KB and fails the whole write with it: a "name" that long is an extraction
        // error, findable through search but not worth suggesting.
        if (speaker.Key.Length + speaker.Name.Length > MaxSuggestNameChars)
            yield break;
        var tail = $"{SuggestSeparator}{speaker.Key}{SuggestSeparator}{speaker.Name}";
        var start = 0;
        for (var word = 0; word < MaxSuggestWords && start < speaker.Key.Length; word++)
        {
            yield return speaker.Key[start..] + tail;
            var next = speaker.Key.IndexOf('-', start);
            if (next < 0)
                yield break;
            start = next + 1;
        }
    }

    /// <summary>A new document for <paramref name="quote"/>; batch writes refill <see cref="ReusableQuoteFields"/> instead.</summary>
    public static Document From(Quote quote) => new ReusableQuoteFields().Fill(quote, QuoteJson.Serialize(quote));

    public static Quote Read(Document document)
    {
        var json = document.Get(Json)
            ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"An indexed quote ({document.Get(Id) ?? "no id"}) has no stored '{Json}' field."));
        return QuoteJson.Deserialize(json);
    }

    /// <summary>A stored quote as clustering weighs it; <paramref name="document"/> holds <see cref="CandidateFields"/>.</summary>
    public static ClusterCandidate ReadCandidate(Document document) =>
        new(document.Get(Id), document.Get(ClusterId), document.Get(Text));

    /// <summary>Words as written, lower-cased and folded to ASCII ("José" = "jose"), without stemming or stop words.</summary>
    internal sealed class ExactTextAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, tokenizer);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
