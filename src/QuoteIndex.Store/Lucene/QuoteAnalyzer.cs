using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using QuoteIndex.Core.Search;

namespace QuoteIndex.Store.Lucene;

/// <summary>
/// The analysis of each field: stemmed English for <see cref="QuoteDocument.Text"/>, exact words for
/// <see cref="QuoteDocument.TextExact"/>, whitespace for cluster keys. Both text fields read curly quote marks and
/// apostrophes as straight ones (<see cref="SearchText"/>), so "don’t" and "don't" are one word when indexed and searched.
/// </summary>
internal sealed class QuoteAnalyzer() : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
{
    private readonly Analyzer _english = new EnglishAnalyzer(QuoteDocument.Version);
    private readonly Analyzer _exact = new QuoteDocument.ExactTextAnalyzer();
    private readonly Analyzer _standard = new StandardAnalyzer(QuoteDocument.Version);

    protected override Analyzer GetWrappedAnalyzer(string fieldName) => fieldName switch
    {
        QuoteDocument.Text => _english,
        QuoteDocument.TextExact => _exact,
        _ => _standard,
    };

    protected override TextReader WrapReader(string fieldName, TextReader reader) =>
        fieldName is QuoteDocument.Text or QuoteDocument.TextExact ? new StraightQuoteMarkFilter(reader) : reader;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _english.Dispose();
            _exact.Dispose();
            _standard.Dispose();
        }

        base.Dispose(disposing);
    }
}
