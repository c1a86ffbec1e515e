using QuoteIndex.Core.Extraction.Attribution;
using QuoteIndex.Core.Extraction.Text;
using QuoteIndex.Core.Quotes;

namespace QuoteIndex.Core.Extraction.Speakers;

/// <summary>
/// Resolves each statement's speaker within the article: a surname to the full name given earlier, a pronoun to
/// the most recent compatible speaker, a role to the person who holds it, an inherited quote to its neighbour's speaker.
/// </summary>
internal static class SpeakerResolver
{
    public static Speaker?[] Resolve(ArticleText article, List<Statement> statements)
    {
        var text = article.Text;
        var speakers = new Speaker?[statements.Count];
        Speaker? lastPerson = null;
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            if (statement.InheritsFrom is { } from)
            {
                speakers[i] = speakers[statements.IndexOf(from)] is { } inherited ? inherited with { Mention = null } : null;
                continue;
            }

            if (statement.Mention is not { } mention)
                continue;
            Speaker? speaker = mention.Kind switch
            {
                MentionKind.Pronoun when lastPerson is not null => lastPerson with { Mention = mention.Span },
                MentionKind.Pronoun => null,
                _ => new Speaker(mention.Head.Of(text), mention.Span) { Role = mention.Role },
            };
            if (mention.Kind == MentionKind.Name && speaker is not null)
                lastPerson = speaker;
            speakers[i] = speaker;
        }

        return speakers;
    }
}
