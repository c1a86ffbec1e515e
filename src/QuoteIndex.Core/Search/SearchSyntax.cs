using QuoteIndex.Core.Storage;

using System.Text;

namespace QuoteIndex.Core.Search;

/// <summary>
/// Reads the search box's syntax into a <see cref="SearchExpression"/> that each store translates: words (all must
/// match), <c>"exact phrases"</c>, <c>-exclude</c>, <c>a OR b</c>, <c>prefix*</c> and <c>fuzzy~</c> (or <c>fuzzy~1</c>).
/// </summary>
/// <remarks>
/// Forgiving where a reading is obvious: an unclosed quote runs to the end, stray operators and brackets are ignored,
/// curly quote marks and apostrophes read as straight ones. What has no sensible reading (a leading wildcard, a
/// prefix too short to narrow anything) is an <see cref="InvalidQueryException"/> that says what to change.
/// </remarks>
public static class SearchSyntax
{
    /// <summary>The fewest letters before a <c>*</c>: shorter prefixes match too much of the vocabulary to be useful.</summary>
    public const int MinPrefixLength = 2;

    /// <summary>The fewest letters of a fuzzy word: a short word is within two edits of almost every other.</summary>
    public const int MinFuzzyLength = 3;

    public const int MaxFuzzyEdits = 2;

    /// <summary>Longer queries are refused: they are not typed by people and only cost time.</summary>
    public const int MaxLength = 1000;

    /// <summary>The expression <paramref name="text"/> says; null when it is blank (every quote matches).</summary>
    /// <exception cref="InvalidQueryException">The text cannot be read; the message says why and names the text.</exception>
    public static SearchExpression? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (text.Length > MaxLength)
            throw new InvalidQueryException($"The query is {text.Length} characters long; at most {MaxLength} are read.");

        var tokens = Tokenise(SearchText.NormaliseQuoteMarks(text));
        var clauses = new List<SearchClause>();
        var pendingOr = false;
        var pendingNot = false;
        foreach (var token in tokens)
        {
            switch (token)
            {
                case { Kind: TokenKind.Or }:
                    pendingOr = clauses.Count > 0;
                    continue;
                case { Kind: TokenKind.Not }:
                    pendingNot = true;
                    continue;
            }

            var node = Node(token, text);
            if (node is null)
                continue;
            var excluded = token.Excluded || pendingNot;
            pendingNot = false;
            if (pendingOr)
            {
                pendingOr = false;
                var previous = clauses[^1];
                if (excluded || previous.Excluded)
                    throw new InvalidQueryException($"The query \"{text}\" joins an excluded word with OR; write the exclusion on its own, e.g. \"a OR b -c\".");
                clauses[^1] = previous with { Node = AnyOf.Join(previous.Node, node) };
                continue;
            }

            clauses.Add(new SearchClause(node, excluded));
        }

        if (clauses.Count == 0)
            throw new InvalidQueryException($"The query \"{text}\" has no words to search for.");
        if (clauses.All(c => c.Excluded))
            clauses.Insert(0, new SearchClause(new EveryQuote(), Excluded: false));
        return new SearchExpression(clauses);
    }

    private static SearchNode? Node(Token token, string text)
    {
        if (token.Kind == TokenKind.Phrase)
            return token.Text.Any(char.IsLetterOrDigit) ? new Phrase(token.Text) : null;

        var word = token.Text;
        var star = word.IndexOf('*', StringComparison.Ordinal);
        if (star == 0)
            throw new InvalidQueryException($"The query \"{text}\" starts a word with '*'; a wildcard may only end a word, as in \"harb*\".");
        if (star > 0)
        {
            if (star != word.Length - 1 && word[(star + 1)..].Any(c => c != '*'))
                throw new InvalidQueryException($"The query \"{text}\" has '*' inside \"{word}\"; a wildcard may only end a word, as in \"harb*\".");
            var prefix = word[..star];
            if (prefix.Count(char.IsLetterOrDigit) < MinPrefixLength)
                throw new InvalidQueryException($"The prefix \"{word}\" in \"{text}\" is too short: give at least {MinPrefixLength} letters before '*'.");
            return new Prefix(prefix);
        }

        var tilde = word.IndexOf('~', StringComparison.Ordinal);
        if (tilde > 0)
        {
            var stem = word[..tilde];
            var edits = word[(tilde + 1)..] switch
            {
                "" => MaxFuzzyEdits,
                ['0'] => 0,
                ['1'] => 1,
                ['2'] => 2,
                var other => throw new InvalidQueryException(
                    $"\"{word}\" in \"{text}\" asks for '{other}' edits; write \"word~\", \"word~1\" or \"word~2\"."),
            };
            if (edits == 0)
                return new Word(stem);
            if (stem.Count(char.IsLetterOrDigit) < MinFuzzyLength)
                throw new InvalidQueryException($"The fuzzy word \"{word}\" in \"{text}\" is too short: give at least {MinFuzzyLength} letters before '~'.");
            return new Fuzzy(stem, edits);
        }

        return word.Any(char.IsLetterOrDigit) ? new Word(word.Trim('~')) : null;
    }

    private static List<Token> Tokenise(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            // Field syntax (speaker:varga) is not supported; its colon separates words rather than joining them into one.
            if (char.IsWhiteSpace(c) || c is '(' or ')' or '+' or ':')
            {
                i++;
                continue;
            }

            var excluded = false;
            if (c == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                excluded = true;
                c = text[++i];
            }

            if (c == '"')
            {
                // An unclosed quote runs to the end: the likeliest intent of `"harbour fees`.
                var close = text.IndexOf('"', i + 1);
                var end = close < 0 ? text.Length : close;
                tokens.Add(new Token(TokenKind.Phrase, text[(i + 1)..end], excluded));
                i = close < 0 ? text.Length : close + 1;
                // A proximity suffix ("a b"~3) is not supported; it is dropped rather than read as a word.
                while (i < text.Length && (text[i] == '~' || char.IsAsciiDigit(text[i])))
                    i++;
                continue;
            }

            var start = i;
            var word = new StringBuilder();
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '(' or ')' or ':'))
                word.Append(text[i++]);
            if (word.Length == 0)
            {
                i = Math.Max(i, start + 1);
                continue;
            }

            var value = word.ToString();
            var kind = !excluded && value is "OR" or "||" ? TokenKind.Or
                : !excluded && value is "NOT" ? TokenKind.Not
                : !excluded && value is "AND" or "&&" ? TokenKind.And
                : TokenKind.Word;
            if (kind != TokenKind.And)
                tokens.Add(new Token(kind, value, excluded));
        }

        return tokens;
    }

    private enum TokenKind { Word, Phrase, Or, Not, And }

    private sealed record Token(TokenKind Kind, string Text, bool Excluded);
}
