using QuoteIndex.Core.Articles;
using QuoteIndex.Core.Ingestion;

namespace QuoteIndex.Web.Tests;

/// <summary>
/// A small invented news week for the browser tests: two speakers, three outlets, a statement that three outlets
/// carry with different quote marks, and articles in two months so the date chart has bars to pick.
/// </summary>
internal static class InventedNews
{
    public const string RepeatedWords = "The harbour wall will be rebuilt before the winter storms arrive";

    public static IReadOnlyList<Article> Articles() =>
    [
        Article("The Calder Courier", "2025-08-21", "https://courier.example/wall",
            $"\"{RepeatedWords},\" said Elena Vasquez-Moreau, the mayor of Port Elling, at a press conference on Tuesday.\n\n" +
            "\"We cannot afford another season of flooding in the old town,\" said Hal Brannigan, a fisherman."),
        Article("The Harbour Ledger", "2025-08-22", "https://ledger.example/wall",
            $"“{RepeatedWords},” Elena Vasquez-Moreau said on Wednesday.\n\n" +
            "Hal Brannigan said the fishing fleet would lose a month of work while the wall is built."),
        Article("Elling Gazette", "2025-08-23", "https://gazette.example/wall",
            $"«{RepeatedWords},» Elena Vasquez-Moreau told the Gazette.\n\n" +
            "\"The ferry timetable will not change this winter,\" said Elena Vasquez-Moreau."),
        Article("The Harbour Ledger", "2025-09-15", "https://ledger.example/ferry",
            "\"The new ferry will carry twice as many cars,\" Hal Brannigan told reporters on Monday.\n\n" +
            "\"Nobody asked the fishermen about the timetable,\" Brannigan said."),
    ];

    private static Article Article(string outlet, string published, string url, string body) =>
        TextArticleParser.Parse($"Title: Harbour news\nOutlet: {outlet}\nPublished: {published}\nURL: {url}\n\n{body}");
}
