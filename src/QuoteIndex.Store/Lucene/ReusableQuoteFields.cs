using System.Buffers.Binary;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using QuoteIndex.Core.Clustering;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Store.Lucene;

/// <summary>
/// The fields of a quote document, made once per thread and refilled for each quote. Lucene reuses a field's token
/// stream only on the same field instance; a dozen new fields a quote cost the batch write more than the indexing did.
/// A filled document must be added before the same thread fills the next one.
/// </summary>
internal sealed class ReusableQuoteFields
{
    [ThreadStatic]
    private static ReusableQuoteFields? _current;

    private readonly StringField _id = new(QuoteDocument.Id, "-", Field.Store.YES);
    private readonly SortedDocValuesField _idSort = new(QuoteDocument.Id, new BytesRef());
    private readonly StringField _articleId = new(QuoteDocument.ArticleId, "-", Field.Store.NO);
    private readonly TextField _text = new(QuoteDocument.Text, "-", Field.Store.YES);
    private readonly TextField _textExact = new(QuoteDocument.TextExact, "-", Field.Store.NO);
    private readonly StringField _kind = new(QuoteDocument.Kind, "-", Field.Store.NO);
    private readonly SortedDocValuesField _kindFacet = new(QuoteDocument.Kind, new BytesRef());
    private readonly Int32Field _confidence = new(QuoteDocument.Confidence, 0, Field.Store.NO);
    private readonly StringField _clusterId = new(QuoteDocument.ClusterId, "-", Field.Store.YES);
    private readonly BinaryDocValuesField _candidateClusterId = new(QuoteDocument.CandidateClusterId, new BytesRef());
    private readonly BinaryDocValuesField _candidateText = new(QuoteDocument.CandidateText, new BytesRef());
    private readonly BinaryDocValuesField _json = new(QuoteDocument.JsonValue, new BytesRef());
    private readonly BinaryDocValuesField _clusterKeys = new(QuoteDocument.ClusterKeys, new BytesRef());
    private readonly BytesRef _clusterKeyBytes = new(capacity: 0);
    private readonly StringField _exactKey = new(QuoteDocument.ExactKey, "-", Field.Store.NO);
    private readonly StringField _speakerKey = new(QuoteDocument.SpeakerKey, "-", Field.Store.NO);
    private readonly SortedDocValuesField _speakerKeyFacet = new(QuoteDocument.SpeakerKey, new BytesRef());
    private readonly TextField _speakerName = new(QuoteDocument.SpeakerName, "-", Field.Store.NO);
    private readonly SortedDocValuesField _speakerLabel = new(QuoteDocument.SpeakerName, new BytesRef());
    private readonly StringField[] _speakerSuggest = [.. Enumerable.Range(0, QuoteDocument.MaxSuggestWords).Select(_ => new StringField(QuoteDocument.SpeakerSuggest, "-", Field.Store.NO))];
    private readonly StringField _outlet = new(QuoteDocument.Outlet, "-", Field.Store.NO);
    private readonly SortedDocValuesField _outletFacet = new(QuoteDocument.Outlet, new BytesRef());
    private readonly StringField _venueType = new(QuoteDocument.VenueType, "-", Field.Store.NO);
    private readonly SortedDocValuesField _venueTypeFacet = new(QuoteDocument.VenueType, new BytesRef());
    private readonly StringField _venue = new(QuoteDocument.Venue, "-", Field.Store.NO);
    private readonly SortedDocValuesField _venueFacet = new(QuoteDocument.Venue, new BytesRef());
    private readonly StringField _language = new(QuoteDocument.Language, "-", Field.Store.NO);
    private readonly Int32Field _statementDay = new(QuoteDocument.StatementDay, 0, Field.Store.NO);
    private readonly NumericDocValuesField _statementDayValue = new(QuoteDocument.StatementDay, 0L);
    private readonly Int64Field _published = new(QuoteDocument.Published, 0L, Field.Store.NO);
    private readonly NumericDocValuesField _publishedSort = new(QuoteDocument.Published, 0L);

    /// <summary>This thread's fields.</summary>
    public static ReusableQuoteFields Current => _current ??= new ReusableQuoteFields();

    /// <summary>The document of <paramref name="quote"/>, whose <see cref="QuoteJson"/> form in UTF-8 is <paramref name="utf8Json"/>.</summary>
    public Document Fill(Quote quote, byte[] utf8Json)
    {
        ArgumentNullException.ThrowIfNull(quote);
        _id.SetStringValue(quote.Id);
        _idSort.SetBytesValue(Utf8(_idSort, quote.Id));
        _articleId.SetStringValue(QuoteDocument.Keyword(quote.Article.Id));
        _text.SetStringValue(quote.Text);
        _textExact.SetStringValue(quote.Text);
        var kind = QuoteDocument.KindTerm(quote.Kind);
        _kind.SetStringValue(kind);
        _kindFacet.SetBytesValue(Utf8(_kindFacet, kind));
        var clusterId = quote.ClusterId;
        _confidence.SetInt32Value(QuoteDocument.ConfidenceTerm(quote.Confidence));
        _clusterId.SetStringValue(clusterId);
        _json.SetBytesValue(Wrapping(_json, utf8Json));
        _candidateClusterId.SetBytesValue(Utf8(_candidateClusterId, clusterId));
        _candidateText.SetBytesValue(Utf8(_candidateText, quote.Text));
        var document = new Document { _id, _idSort, _articleId, _text, _textExact, _kind, _kindFacet, _confidence, _clusterId, _json, _candidateClusterId, _candidateText };

        var signature = QuoteSignature.Of(quote.Text);
        if (signature.ExactKey is { } exactKey)
        {
            _clusterKeys.SetBytesValue(ClusterKeyBytes(signature.KeyHashes));
            document.Add(_clusterKeys);
            // The exact key (the first key) as a term too: statement verification finds the same words by it.
            _exactKey.SetStringValue(exactKey);
            document.Add(_exactKey);
        }

        if (quote.Speaker is { } speaker)
        {
            Add(document, _speakerKey, _speakerKeyFacet, speaker.Key);
            _speakerName.SetStringValue(speaker.Name);
            _speakerLabel.SetBytesValue(Utf8(_speakerLabel, QuoteDocument.Keyword(speaker.Name)));
            document.Add(_speakerName);
            document.Add(_speakerLabel);
            var word = 0;
            foreach (var term in QuoteDocument.SuggestTerms(speaker))
            {
                _speakerSuggest[word].SetStringValue(term);
                document.Add(_speakerSuggest[word++]);
            }
        }

        if (quote.Article.Outlet is { } outlet)
            Add(document, _outlet, _outletFacet, outlet);

        if (quote.Venue is { } venue)
        {
            Add(document, _venueType, _venueTypeFacet, QuoteDocument.VenueTypeTerm(venue.Type));
            Add(document, _venue, _venueFacet, venue.Name);
        }

        if (quote.Article.Language is { } language)
        {
            _language.SetStringValue(QuoteDocument.Keyword(language.ToLowerInvariant()));
            document.Add(_language);
        }

        if (quote.Date?.Date is { } day)
        {
            _statementDay.SetInt32Value(day.DayNumber);
            _statementDayValue.SetInt64Value(day.DayNumber);
            document.Add(_statementDay);
            document.Add(_statementDayValue);
        }

        if (quote.Article.Published is { } published)
        {
            var milliseconds = published.ToUnixTimeMilliseconds();
            _published.SetInt64Value(milliseconds);
            _publishedSort.SetInt64Value(milliseconds);
            document.Add(_published);
            document.Add(_publishedSort);
        }

        return document;
    }

    /// <summary>Adds a keyword both as a term (for filters) and as a sorted doc value (for facets).</summary>
    private static void Add(Document document, StringField term, SortedDocValuesField facet, string value)
    {
        value = QuoteDocument.Keyword(value);
        term.SetStringValue(value);
        facet.SetBytesValue(Utf8(facet, value));
        document.Add(term);
        document.Add(facet);
    }

    // Lucene copies the bytes when the document is added, so one buffer serves every quote of the thread.
    private BytesRef ClusterKeyBytes(IReadOnlyList<ulong> hashes)
    {
        if (_clusterKeyBytes.Bytes.Length < hashes.Count * sizeof(ulong))
            _clusterKeyBytes.Bytes = new byte[hashes.Count * sizeof(ulong)];
        for (var i = 0; i < hashes.Count; i++)
            BinaryPrimitives.WriteUInt64LittleEndian(_clusterKeyBytes.Bytes.AsSpan(i * sizeof(ulong)), hashes[i]);
        _clusterKeyBytes.Length = hashes.Count * sizeof(ulong);
        return _clusterKeyBytes;
    }

    /// <summary>The field's own bytes, pointed at <paramref name="value"/>: no copy and no new <see cref="BytesRef"/> a document.</summary>
    private static BytesRef Wrapping(Field field, byte[] value)
    {
        var bytes = field.GetBinaryValue();
        (bytes.Bytes, bytes.Offset, bytes.Length) = (value, 0, value.Length);
        return bytes;
    }

    /// <summary>
    /// <paramref name="value"/> as UTF-8 in the bytes <paramref name="field"/> already holds (grown when too short):
    /// Lucene copies them when the document is added, and a new array per field per quote was garbage at once.
    /// </summary>
    private static BytesRef Utf8(Field field, string value)
    {
        var bytes = field.GetBinaryValue();
        UnicodeUtil.UTF16toUTF8(value, 0, value.Length, bytes);
        return bytes;
    }
}
