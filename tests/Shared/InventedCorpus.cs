using System.Globalization;
using System.Text.Json;

namespace QuoteIndex.Tests;

/// <summary>
/// Invented news articles full of attributed quotes, for ingestion tests that need many articles. Every person, place
/// and outlet is made up; the same number and version always give the same article.
/// </summary>
internal static class InventedCorpus
{
    private static readonly string[] FirstNames = ["Mara", "Tomas", "Ines", "Hal", "Elena", "Oskar", "Priya", "Dagny", "Felix", "Nadia"];
    private static readonly string[] Surnames = ["Ellison", "Varga", "Okafor", "Brannigan", "Quennell", "Lindqvist", "Marrow", "Abernathy", "Solberg", "Tarrant"];
    private static readonly string[] Places = ["Port Elling", "Calder Bay", "Northreach", "Fenmouth", "Ashby Cross", "Wrenhaven"];
    private static readonly string[] Things = ["harbour wall", "ferry service", "night market", "tram line", "sea defence scheme", "town library", "bridge toll", "fishing quota"];
    private static readonly string[] Fates = ["be rebuilt before the winter storms", "close for repairs in March", "cost twice what was promised", "open again next spring", "need another public vote", "be paid for by the port"];
    private static readonly string[] Roles = ["mayor", "harbour master", "council leader", "union organiser", "transport secretary", "chief engineer"];
    private static readonly string[] Outlets = ["The Harbour Ledger", "Elling Gazette", "Northreach Wire"];

    public static string Id(int number) => string.Create(CultureInfo.InvariantCulture, $"invented-{number}");

    /// <summary>The body of article <paramref name="number"/>: a few paragraphs, each with a quote and its speaker.</summary>
    public static string Text(int number, int version = 0)
    {
        var random = new Random(number * 7919 + version);
        var paragraphs = new List<string>();
        for (var i = 0; i < 3 + random.Next(3); i++)
        {
            var first = FirstNames[random.Next(FirstNames.Length)];
            var surname = Surnames[random.Next(Surnames.Length)];
            var thing = Things[random.Next(Things.Length)];
            var place = Places[random.Next(Places.Length)];
            paragraphs.Add(string.Create(CultureInfo.InvariantCulture,
                $"\"The {thing} in {place} will {Fates[random.Next(Fates.Length)]}, and we counted {number + i} objections,\" said {first} {surname}, the {Roles[random.Next(Roles.Length)]} of {place}."));
            paragraphs.Add(string.Create(CultureInfo.InvariantCulture,
                $"Residents met in the hall on Tuesday evening. {surname} added that the {thing} would {Fates[random.Next(Fates.Length)]} in version {version}."));
        }

        return string.Join("\n\n", paragraphs);
    }

    /// <summary>Article <paramref name="number"/> as one JSON Lines record (id, title, outlet, published, text).</summary>
    public static string JsonLine(int number, int version = 0) => JsonSerializer.Serialize(new
    {
        id = Id(number),
        title = string.Create(CultureInfo.InvariantCulture, $"Council story number {number}"),
        outlet = Outlets[number % Outlets.Length],
        published = new DateTimeOffset(2025, 1 + number % 12, 1 + number % 28, 9, 0, 0, TimeSpan.Zero).ToString("O", CultureInfo.InvariantCulture),
        text = Text(number, version),
    });

    /// <summary>Writes articles <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1 as a .jsonl file.</summary>
    public static void WriteJsonLines(string path, int first, int count) =>
        File.WriteAllLines(path, Enumerable.Range(first, count).Select(n => JsonLine(n)));
}
