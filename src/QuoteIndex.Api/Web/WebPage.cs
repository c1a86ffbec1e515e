using Microsoft.Extensions.FileProviders;

namespace QuoteIndex.Api.Web;

/// <summary>The search page for people (wwwroot), served at `/` from files embedded in this assembly.</summary>
public static class WebPage
{
    public static IApplicationBuilder UseWebPage(this IApplicationBuilder app)
    {
        // Embedded rather than read from a content root: `quoteindex serve` hosts this app from another folder.
        var files = new ManifestEmbeddedFileProvider(typeof(WebPage).Assembly, "wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        return app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
    }
}
