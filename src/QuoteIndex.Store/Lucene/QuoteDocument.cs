using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
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

    /// <summary>The quote's exact key (<see cref="QuoteText.ExactKey"/>) as one term: the same words, whatever the punctuation.</summary>
    public const string ExactKey = "exactKey";

    /// <summary>The quote's cluster id (<see cref="Quote.ClusterId"/>), stored for clustering candidates.</summary>
    public const string ClusterId = "clusterId";

    /// <summary>
    /// The quote's exact key and MinHash band keys (<see cref="QuoteSignature.Keys"/>) as binary doc values: one
    /// <see cref="ClusterKeyHash"/> each, 8 bytes little-endian. Not indexed: <see cref="SegmentClusterKeys"/> looks
    /// them up, since Lucene's term dictionary cost more to build for these random keys than the rest of the quote.
    /// </summary>
    public const string ClusterKeys = "clusterKeys";

    /// <summary>
    /// The cluster id and the words again, as binary doc values: a clustering candidate is read from them with a seek
    /// each instead of decompressing the stored-fields block that holds its JSON. With every statement repeated in
    /// the store, each quote reads about ten candidates.
    /// </summary>
    public const string CandidateClusterId = "clusterId_dv";

    /// <inheritdoc cref="CandidateClusterId"/>
    public const string CandidateText = "text_dv";

    /// <summary>The article's publication time in Unix milliseconds, indexed for ranges and kept as doc values for sorting.</summary>
    public const string Published = "published";

    /// <summary>
    /// The whole quote in <see cref="QuoteJson"/> form as a stored field: how layouts before 4 kept it, read back only
    /// from documents without <see cref="JsonValue"/>.
    /// </summary>
    public const string Json = "json";

    /// <summary>
    /// The whole quote in <see cref="QuoteJson"/> form, UTF-8, as binary doc values: the only field a hit is read back
    /// from. A hit costs a seek and a copy out of the mapped file; a stored field cost decompressing its block up to
    /// the document, which Lucene.NET does a byte at a time (a sixth of all search time, twenty hits a page).
    /// </summary>
    public const string JsonValue = "json_dv";

    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The stored fields to load for a quote of an older layout: the JSON alone is enough to rebuild it.</summary>
    public static readonly ISet<string> StoredFields = new HashSet<string>(StringComparer.Ordinal) { Json };

    /// <summary>The stored fields a clustering candidate is read from when it has no doc values for it.</summary>
    public static readonly ISet<string> CandidateFields = new HashSet<string>(StringComparer.Ordinal) { Id, ClusterId, Text };

    /// <summary>One analyser for writing and searching, so a query's terms are made the same way as the indexed ones.</summary>
    public static Analyzer CreateAnalyzer() => new QuoteAnalyzer();

    /// <summary>Longest keyword (article id, speaker key, outlet, venue, language) indexed as written.</summary>
    internal const int MaxKeywordChars = 2_000;

    /// <summary>
    /// <paramref name="value"/> as it is indexed and looked up as a keyword: itself, or, when longer than
    /// <see cref="MaxKeywordChars"/>, its start and a hash of the whole. Lucene refuses a term or sorted value over
    /// 32,766 bytes and fails the whole write with it; one absurd outlet name in a record must not cost its batch.
    /// </summary>
    public static string Keyword(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length <= MaxKeywordChars)
            return value;
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(value)));
        return string.Concat(value.AsSpan(0, MaxKeywordChars - hash.Length - 1), "#", hash);
    }

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

    /// <summary>The 64-bit hash a cluster key is stored and looked up under (<see cref="QuoteSignature.KeyHash"/>).</summary>
    public static ulong ClusterKeyHash(string key) => QuoteSignature.KeyHash(key);

    /// <summary>A new document for <paramref name="quote"/>; batch writes refill <see cref="ReusableQuoteFields"/> instead.</summary>
    public static Document From(Quote quote) => new ReusableQuoteFields().Fill(quote, QuoteJson.SerializeToUtf8Bytes(quote));

    /// <summary>The quote of document <paramref name="doc"/> (index-wide number) of <paramref name="searcher"/>'s snapshot.</summary>
    public static Quote Read(IndexSearcher searcher, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return Read(leaf.AtomicReader, doc - leaf.DocBase);
    }

    /// <summary>The quote of document <paramref name="doc"/> of <paramref name="segment"/>.</summary>
    public static Quote Read(AtomicReader segment, int doc)
    {
        if (segment.GetBinaryDocValues(JsonValue) is { } values)
        {
            var bytes = new BytesRef();
            values.Get(doc, bytes);
            if (bytes.Length > 0)
                return QuoteJson.Deserialize(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));
        }

        return QuoteJson.Deserialize(ReadJson(segment, doc));
    }

    /// <summary>The <see cref="QuoteJson"/> of document <paramref name="doc"/> of <paramref name="segment"/>, in whichever layout it was written.</summary>
    public static string ReadJson(AtomicReader segment, int doc)
    {
        if (segment.GetBinaryDocValues(JsonValue) is { } values)
        {
            var bytes = new BytesRef();
            values.Get(doc, bytes);
            if (bytes.Length > 0)
                return bytes.Utf8ToString();
        }

        var document = segment.Document(doc, StoredFields);
        return document.Get(Json)
            ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"An indexed quote (document {doc}) has neither '{JsonValue}' doc values nor a stored '{Json}' field."));
    }

    /// <summary>
    /// A stored quote as clustering weighs it: document <paramref name="doc"/> of <paramref name="segment"/>, read from
    /// its doc values, or from its stored fields when it was written before they existed.
    /// </summary>
    public static ClusterCandidate ReadCandidate(AtomicReader segment, int doc)
    {
        var bytes = new BytesRef();
        if (segment.GetSortedDocValues(Id) is { } ids && segment.GetBinaryDocValues(CandidateClusterId) is { } clusterIds
            && segment.GetBinaryDocValues(CandidateText) is { } texts)
        {
            clusterIds.Get(doc, bytes);
            if (bytes.Length > 0)
            {
                var clusterId = bytes.Utf8ToString();
                texts.Get(doc, bytes);
                var text = bytes.Utf8ToString();
                ids.Get(doc, bytes);
                return new(bytes.Utf8ToString(), clusterId, text);
            }
        }

        var document = segment.Document(doc, CandidateFields);
        return new(document.Get(Id), document.Get(ClusterId), document.Get(Text));
    }

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
