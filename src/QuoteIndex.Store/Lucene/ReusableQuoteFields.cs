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
    private readonly StringField _clusterId = new(QuoteDocument.ClusterId, "-", Field.Store.YES);
    private readonly BinaryDocValuesField _candidateClusterId = new(QuoteDocument.CandidateClusterId, new BytesRef());
    private readonly BinaryDocValuesField _candidateText = new(QuoteDocument.CandidateText, new BytesRef());
    private readonly StoredField _json = new(QuoteDocument.Json, "-");
    private readonly BinaryDocValuesField _clusterKeys = new(QuoteDocument.ClusterKeys, new BytesRef());
    private readonly BytesRef _clusterKeyBytes = new(capacity: 0);
    private readonly StringField _speakerKey = new(QuoteDocument.SpeakerKey, "-", Field.Store.NO);
    private readonly TextField _speakerName = new(QuoteDocument.SpeakerName, "-", Field.Store.NO);
    private readonly StringField _outlet = new(QuoteDocument.Outlet, "-", Field.Store.NO);
    private readonly Int64Field _published = new(QuoteDocument.Published, 0L, Field.Store.NO);
    private readonly NumericDocValuesField _publishedSort = new(QuoteDocument.Published, 0L);

    /// <summary>This thread's fields.</summary>
    public static ReusableQuoteFields Current => _current ??= new ReusableQuoteFields();

    /// <summary>The document of <paramref name="quote"/>, whose <see cref="QuoteJson"/> form is <paramref name="json"/>.</summary>
    public Document Fill(Quote quote, string json)
    {
        ArgumentNullException.ThrowIfNull(quote);
        _id.SetStringValue(quote.Id);
        _idSort.SetBytesValue(new BytesRef(quote.Id));
        _articleId.SetStringValue(quote.Article.Id);
        _text.SetStringValue(quote.Text);
        _textExact.SetStringValue(quote.Text);
        _kind.SetStringValue(QuoteDocument.KindTerm(quote.Kind));
        _clusterId.SetStringValue(quote.ClusterId);
        _json.SetStringValue(json);
        _candidateClusterId.SetBytesValue(new BytesRef(quote.ClusterId));
        _candidateText.SetBytesValue(new BytesRef(quote.Text));
        var document = new Document { _id, _idSort, _articleId, _text, _textExact, _kind, _clusterId, _json, _candidateClusterId, _candidateText };

        if (QuoteSignature.Of(quote.Text).Keys is { Count: > 0 } keys)
        {
            _clusterKeys.SetBytesValue(ClusterKeyBytes(keys));
            document.Add(_clusterKeys);
        }

        if (quote.Speaker is { } speaker)
        {
            _speakerKey.SetStringValue(speaker.Key);
            _speakerName.SetStringValue(speaker.Name);
            document.Add(_speakerKey);
            document.Add(_speakerName);
        }

        if (quote.Article.Outlet is { } outlet)
        {
            _outlet.SetStringValue(outlet);
            document.Add(_outlet);
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

    // Lucene copies the bytes when the document is added, so one buffer serves every quote of the thread.
    private BytesRef ClusterKeyBytes(IReadOnlyList<string> keys)
    {
        if (_clusterKeyBytes.Bytes.Length < keys.Count * sizeof(ulong))
            _clusterKeyBytes.Bytes = new byte[keys.Count * sizeof(ulong)];
        for (var i = 0; i < keys.Count; i++)
            BinaryPrimitives.WriteUInt64LittleEndian(_clusterKeyBytes.Bytes.AsSpan(i * sizeof(ulong)), QuoteDocument.ClusterKeyHash(keys[i]));
        _clusterKeyBytes.Length = keys.Count * sizeof(ulong);
        return _clusterKeyBytes;
    }
}
