using Lucene.Net.Analysis;
using QuoteIndex.Core.Search;

namespace QuoteIndex.Store.Lucene;

/// <summary>
/// Reads curly quote marks and apostrophes as straight ones (<see cref="SearchText.Straight"/>), one character for
/// one, so no offset needs correcting. Lucene's <c>MappingCharFilter</c> did the same through a buffered reader of
/// its own: its 16 KB buffer, made for each text field of each quote, was a fifth of everything ingestion allocated.
/// </summary>
internal sealed class StraightQuoteMarkFilter(TextReader input) : CharFilter(input)
{
    private readonly TextReader _input = input;

    public override int Read(char[] buffer, int index, int count)
    {
        var read = _input.Read(buffer, index, count);
        for (var i = index; i < index + read; i++)
            buffer[i] = SearchText.Straight(buffer[i]);
        return read;
    }

    public override int Read()
    {
        var c = _input.Read();
        return c < 0 ? c : SearchText.Straight((char)c);
    }

    protected override int Correct(int currentOff) => currentOff;
}
