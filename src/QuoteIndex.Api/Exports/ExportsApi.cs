using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using QuoteIndex.Api.Quotes;
using QuoteIndex.Core.Storage;

namespace QuoteIndex.Api.Exports;

/// <summary>Every quote that matches a search, as one CSV or NDJSON download, streamed as it is read.</summary>
public static class ExportsApi
{
    public static RouteGroupBuilder MapExportsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/quotes").WithTags("Exports");

        group.MapGet("/export", Export)
            .WithName("ExportQuotes")
            .WithSummary("Export every matching quote (CSV or NDJSON)")
            .WithDescription("Every quote that matches `q` and the filters, with no cap, as a download: `format=csv` (RFC 4180, a header " +
                             $"row, the columns {string.Join(", ", QuoteCsv.Columns)}) or `format=ndjson` (one quote a line, in the JSON " +
                             "shape of the other endpoints). Quotes come earliest published first (undated last), then by id, read from " +
                             "one snapshot of the index, so quotes stored during the download neither repeat nor go missing. The " +
                             "response is streamed as the quotes are read. In CSV, a text cell that starts with =, +, -, @, a tab or a " +
                             "carriage return gets a leading apostrophe, so that a spreadsheet shows it as text instead of running it " +
                             "as a formula.")
            .Produces<string>(StatusCodes.Status200OK, QuoteCsv.ContentType, QuoteNdjson.ContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        return group;
    }

    private static async Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> Export(
        IQuoteStore store,
        HttpContext context,
        [AsParameters] QuoteFilterParameters filters,
        CancellationToken cancellationToken,
        [Description("Words to find in the quote text, as in search; without it, every quote that passes the filters.")] string? q = null,
        [Description("`csv` (the default) or `ndjson`.")] string? format = null)
    {
        var errors = new Dictionary<string, string[]>();
        var filter = filters.ToFilter(errors);
        if (!QuoteExport.TryParse(format, out var exportFormat))
            errors["format"] = [$"'{format}' is not an export format; use csv or ndjson."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        QuoteExport export;
        try
        {
            export = await QuoteExport.StartAsync(store, new QuoteQuery { Text = q, Filter = filter }, cancellationToken);
        }
        catch (InvalidQueryException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "The search query is not valid.");
        }

        // Disposed when the response has been sent, however the writing ended.
        context.Response.RegisterForDisposeAsync(export);
        return TypedResults.Stream(
            body => export.WriteAsync(exportFormat, body, cancellationToken), QuoteExport.ContentType(exportFormat), QuoteExport.FileName(exportFormat));
    }
}
