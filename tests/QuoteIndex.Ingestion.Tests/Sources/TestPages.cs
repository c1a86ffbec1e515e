namespace QuoteIndex.Ingestion.Tests.Sources;

/// <summary>
/// Invented news pages (every person, place and outlet is made up) with the furniture real pages carry:
/// navigation, a share bar, a related-stories list and a footer, none of which belongs in the article text.
/// </summary>
internal static class TestPages
{
    public const string FirstParagraph =
        "The harbour council of Port Vellan voted on Tuesday to close the old ferry pier for repairs, a decision that will reroute more than two thousand commuters a day.";

    public const string Quote =
        "\"We cannot keep patching a pier that is older than the town hall,\" said Mirela Dovrak, the council's chair, after the vote.";

    public const string LastParagraph =
        "Repairs are expected to take eighteen months. A temporary landing at Gull Point will open next week, the council said, and buses will link it to the station.";

    /// <summary>A whole page: <paramref name="head"/> goes inside &lt;head&gt;, the article body is always the same.</summary>
    public static string Article(string head = "", string htmlAttributes = "") => $$"""
        <!DOCTYPE html>
        <html {{htmlAttributes}}>
        <head>
        {{head}}
        <title>Harbour council closes ferry pier | The Vellan Courier</title>
        </head>
        <body>
        <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/subscribe">Subscribe today</a></li></ul></nav>
        <main>
        <article>
        <h1>Harbour council closes ferry pier</h1>
        <div class="share-bar"><a href="#">Share on social</a> <a href="#">Email this story</a></div>
        <p>{{FirstParagraph}}</p>
        <p>{{Quote}}</p>
        <p>Ferry operators had warned for years that the pier's timber supports were rotting. An engineering survey commissioned last spring found that eleven of the forty piles no longer met the load standard, and the operators reduced the number of sailings in the autumn.</p>
        <p>{{LastParagraph}}</p>
        </article>
        <aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Tide tables for the week</a></li><li><a href="/b">Market square reopens</a></li></ul></aside>
        </main>
        <footer class="site-footer"><p>Copyright The Vellan Courier. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
        </body>
        </html>
        """;

    /// <summary>A page with a header, a menu and a footer but no story in it.</summary>
    public const string NoArticle = """
        <!DOCTYPE html>
        <html><head><title>Search results</title></head>
        <body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <form><input name="q"><button>Search</button></form>
        <footer><a href="/privacy">Privacy policy</a></footer>
        </body></html>
        """;
}
