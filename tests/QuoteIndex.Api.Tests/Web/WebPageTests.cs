using System.Net;
using System.Text.RegularExpressions;

namespace QuoteIndex.Api.Tests.Web;

/// <summary>The web page is served by the API host, and everything its pages load is there.</summary>
public sealed partial class WebPageTests : ApiHostTests
{
    [Fact]
    public async Task Root_IsTheSearchPage()
    {
        var response = await Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("role=\"search\"", page, StringComparison.Ordinal);
        Assert.Contains("<label class=\"visually-hidden\" for=\"q\">", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/index.html")]
    [InlineData("/speaker.html")]
    [InlineData("/quote.html")]
    [InlineData("/check.html")]
    public async Task EveryPage_LoadsOnlyFilesTheServerHas(string path)
    {
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([path]);
        while (queue.TryDequeue(out var current))
        {
            if (!seen.Add(current))
                continue;
            var response = await Client.GetAsync(current);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                missing.Add($"{current} ({(int)response.StatusCode})");
                continue;
            }

            var body = await response.Content.ReadAsStringAsync();
            var links = current.EndsWith(".html", StringComparison.Ordinal)
                ? PageAsset().Matches(body).Select(m => m.Groups["path"].Value)
                : ModuleImport().Matches(body).Select(m => Resolve(current, m.Groups["path"].Value));
            foreach (var link in links)
                queue.Enqueue(link);
        }

        Assert.True(missing.Count == 0, "Not served: " + string.Join(", ", missing));
        Assert.Contains(seen, s => s.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains("/app.css", seen);
    }

    private static string Resolve(string from, string relative) =>
        new Uri(new Uri("http://page" + from), relative).AbsolutePath;

    // Local stylesheets and scripts: href="/app.css", src="/js/search.js".
    [GeneratedRegex("""(?:src|href)="(?<path>/[\w./-]+\.(?:js|css))" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex PageAsset();

    // ES module imports: import { api } from "./api.js";
    [GeneratedRegex("""from\s+"(?<path>\.{1,2}/[\w./-]+\.js)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ModuleImport();
}
