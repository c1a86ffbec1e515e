using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
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

    public const string SpeakerKey = "speakerKey";
    public const string SpeakerName = "speakerName";
    public const string Outlet = "outlet";
    public const string Kind = "kind";

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

    /// <summary>The whole quote in <see cref="QuoteJson"/> form; the only field a hit is read back from.</summary>
    public const string Json = "json";

    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The fields to load for a hit: the JSON alone is enough to rebuild the quote.</summary>
    public static readonly ISet<string> StoredFields = new HashSet<string>(StringComparer.Ordinal) { Json };

    /// <summary>The stored fields a clustering candidate is read from when it has no doc values for it.</summary>
    public static readonly ISet<string> CandidateFields = new HashSet<string>(StringComparer.Ordinal) { Id, ClusterId, Text };

    /// <summary>One analyser for writing and parsing, so a query's terms are made the same way as the indexed ones.</summary>
    public static Analyzer CreateAnalyzer() =>
        new PerFieldAnalyzerWrapper(
            new StandardAnalyzer(Version),
            new Dictionary<string, Analyzer>(StringComparer.Ordinal)
            {
                [Text] = new EnglishAnalyzer(Version),
                [TextExact] = new ExactTextAnalyzer(),
            });

    /// <summary>The term a quote kind is indexed and filtered under.</summary>
    public static string KindTerm(QuoteKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The 64-bit hash a cluster key is stored and looked up under.</summary>
    public static ulong ClusterKeyHash(string key) => XxHash64.HashToUInt64(MemoryMarshal.AsBytes(key.AsSpan()));

    /// <summary>A new document for <paramref name="quote"/>; batch writes refill <see cref="ReusableQuoteFields"/> instead.</summary>
    public static Document From(Quote quote) => new ReusableQuoteFields().Fill(quote, QuoteJson.Serialize(quote));

    public static Quote Read(Document document)
    {
        var json = document.Get(Json)
            ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"An indexed quote ({document.Get(Id) ?? "no id"}) has no stored '{Json}' field."));
        return QuoteJson.Deserialize(json);
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
    private sealed class ExactTextAnalyzer : Analyzer
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
