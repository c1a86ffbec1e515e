using System.Buffers;
using System.Text;
using QuoteIndex.Core.Articles;

namespace QuoteIndex.Core.Quotes;

/// <summary>One attributed statement found in an article, with the evidence it rests on.</summary>
public sealed record Quote
{
    public Quote(ArticleReference article, string text, IReadOnlyList<TextSpan> spans, QuoteKind kind)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentNullException.ThrowIfNull(spans);
        if (spans.Count == 0)
            throw new ArgumentException("A quote needs at least one span of the article text.", nameof(spans));
        for (var i = 1; i < spans.Count; i++)
        {
            if (spans[i].Start < spans[i - 1].End)
                throw new ArgumentException("Quote spans must be in order and must not overlap.", nameof(spans));
        }

        Article = article;
        Text = text;
        Spans = spans;
        Kind = kind;
        Id = IdFor(article.Id, text);
    }

    /// <summary>Stable for the same article and statement: re-extracting an article yields the same ids.</summary>
    public string Id { get; }

    public ArticleReference Article { get; }

    /// <summary>The statement's words; for a quote split by its attribution, the parts joined by a space.</summary>
    public string Text { get; }

    /// <summary>Where the words stand in the article text, in order (more than one when the attribution splits them).</summary>
    public IReadOnlyList<TextSpan> Spans { get; }

    public QuoteKind Kind { get; }

    /// <summary>
    /// The group of quotes that repeat this statement across articles (the same words, or nearly; see
    /// <c>QuoteClusterer</c>). By default the quote's exact key (<see cref="QuoteText.ExactKey"/>), so the same words
    /// share a cluster even before clustering runs; clustering sets it to a near match's cluster.
    /// </summary>
    /// <remarks>The default is worked out when read, so extraction alone never pays for its hash.</remarks>
    public string ClusterId
    {
        get => _clusterId ?? DefaultClusterId();
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value);
            _clusterId = value;
        }
    }

    /// <summary>
    /// Whether <see cref="ClusterId"/> was set rather than worked out when read: clustering then knows the default
    /// from the quote's signature without hashing the words again.
    /// </summary>
    internal bool HasSetClusterId => _clusterId is not null;

    private readonly string? _clusterId;

    public Speaker? Speaker { get; init; }
    public Cue? Cue { get; init; }

    /// <summary>The words next to the cue that name the speaker ("he", "Blinken"), even when they resolve to no one.</summary>
    public TextSpan? Mention { get; init; }

    /// <summary>Which extraction rule found the statement, for the evidence shown to users ("quote-subject-cue").</summary>
    public string? Rule { get; init; }
    public Venue? Venue { get; init; }
    public StatementDate? Date { get; init; }

    /// <summary>The sentence (or sentences) around the quote, for display.</summary>
    public string? Context { get; init; }

    /// <summary>
    /// Where <see cref="Context"/> starts in the article text, so that the evidence spans (words, cue, mention) can be
    /// read from the context; null for quotes stored before it was recorded.
    /// </summary>
    public int? ContextStart { get; init; }

    /// <summary>How sure the extractor is that this is an attributed statement, from 0 to 1.</summary>
    public double Confidence
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1.0);
            field = value;
        }
    } = 0.5;

    public int Start => Spans[0].Start;
    public int End => Spans[^1].End;

    public static string IdFor(string articleId, string text)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(text);
        // The hash of "{articleId}\u001f{normal form of text}", built in one buffer: every quote gets an id, and the
        // intermediate strings would be garbage at once.
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var most = articleId.Length + 1 + decomposed.Length;
        var rented = most > QuoteText.StackChars ? ArrayPool<char>.Shared.Rent(most) : null;
        Span<char> buffer = rented ?? stackalloc char[QuoteText.StackChars];
        articleId.CopyTo(buffer);
        buffer[articleId.Length] = '\u001f';
        var length = articleId.Length + 1 + QuoteText.NormaliseDecomposed(decomposed, buffer[(articleId.Length + 1)..]);
        var id = ArticleIdentity.Hash(buffer[..length], prefix: "q_");
        if (rented is not null)
            ArrayPool<char>.Shared.Return(rented);
        return id;
    }

    private string DefaultClusterId()
    {
        // Words that normalise to nothing (a lone dash) share no meaning with other such quotes: each stands alone.
        var normalised = QuoteText.Normalise(Text);
        return normalised.Length == 0 ? Id : QuoteText.ExactKeyOfNormalised(normalised);
    }
}
