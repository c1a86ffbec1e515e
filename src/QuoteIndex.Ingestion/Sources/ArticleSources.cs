using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteIndex.Core.Ingestion;
using QuoteIndex.Ingestion.Sources.Files;
using QuoteIndex.Ingestion.Sources.Web;

namespace QuoteIndex.Ingestion.Sources;

/// <summary>
/// The one way in for articles, shared by the CLI and the pipeline. Register it with
/// <see cref="ArticleSourcesServiceCollectionExtensions.AddArticleSources"/> and call <see cref="ReadAsync"/>.
/// </summary>
public sealed partial class ArticleSources(WebArticleReader web, IOptions<ArticleSourceOptions> options, ILogger<ArticleSources> logger)
{
    private readonly ArticleSourceOptions _options = options.Value;

    /// <summary>
    /// Every article the arguments name, in argument order, as <see cref="ArticleInput"/>s: an article, or a rejection
    /// naming its source (path, <c>path:line</c>, <c>stdin</c>, URL) and the reason. A bad input never stops the
    /// others, and nothing is thrown for one; only cancellation ends the sequence early.
    /// </summary>
    /// <param name="arguments">
    /// Each one of:
    /// <list type="bullet">
    /// <item>a file: <c>.html</c>/<c>.htm</c> (main text by SmartReader, metadata from meta tags and JSON-LD, the declared
    /// charset honoured), or <c>.txt</c>, <c>.json</c>, <c>.jsonl</c> (Core's <see cref="ArticleFiles"/>);</item>
    /// <item>a folder: every file of those types under it, recursively, filtered by <see cref="SourceSelection.Include"/>
    /// and <see cref="SourceSelection.Exclude"/>, in ordinal path order;</item>
    /// <item><c>-</c>: standard input, read as <see cref="SourceSelection.StandardInputFormat"/>;</item>
    /// <item>an <c>http://</c> or <c>https://</c> URL: a page, or an RSS/Atom feed whose items' pages are each fetched
    /// (an item's date stands in for a page that gives none), through the "articles" HTTP client.</item>
    /// </list>
    /// </param>
    /// <param name="selection">Globs and standard input for this run; null reads everything with the defaults.</param>
    /// <param name="cancellationToken">Stops reading; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    public async IAsyncEnumerable<ArticleInput> ReadAsync(
        IReadOnlyList<string> arguments, SourceSelection? selection = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        selection ??= new SourceSelection();
        var standardInputRead = false;
        foreach (var argument in arguments)
        {
            var inputs = argument switch
            {
                "-" when standardInputRead => Single(ArticleInput.Rejected(FileArticleReader.StandardInputName, "standard input is named more than once")),
                "-" => ReadStandardInputAsync(selection, cancellationToken),
                _ when IsUrl(argument, out var url, out var problem) => url is null
                    ? Single(ArticleInput.Rejected(argument, problem!))
                    : web.ReadAsync(url, cancellationToken),
                _ => FileArticleReader.ReadPathAsync(argument, selection, _options.MaxBytes, cancellationToken),
            };
            standardInputRead |= argument == "-";

            await foreach (var input in inputs.WithCancellation(cancellationToken))
            {
                if (input.Problem is not null)
                    LogRejected(input.Source, input.Problem);
                yield return input;
            }
        }
    }

    private async IAsyncEnumerable<ArticleInput> ReadStandardInputAsync(SourceSelection selection, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var stdin = selection.StandardInput ?? Console.OpenStandardInput();
        foreach (var input in await FileArticleReader.ReadStandardInputAsync(stdin, selection.StandardInputFormat, _options.MaxBytes, cancellationToken))
            yield return input;
    }

    /// <summary>Whether the argument is meant as a URL (it has a scheme); <paramref name="url"/> is null when it is not one we fetch.</summary>
    private static bool IsUrl(string argument, out Uri? url, out string? problem)
    {
        url = null;
        problem = null;
        if (!argument.Contains("://", StringComparison.Ordinal))
            return false;
        if (!Uri.TryCreate(argument, UriKind.Absolute, out var parsed))
            problem = "not a valid URL";
        else if (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps)
            problem = $"unsupported URL scheme '{parsed.Scheme}' (expected http or https)";
        else
            url = parsed;
        return true;
    }

    private static IAsyncEnumerable<ArticleInput> Single(ArticleInput input) => new[] { input }.ToAsyncEnumerable();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected {Source}: {Problem}")]
    private partial void LogRejected(string source, string problem);
}
