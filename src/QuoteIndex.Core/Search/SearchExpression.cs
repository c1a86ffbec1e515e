namespace QuoteIndex.Core.Search;

/// <summary>
/// A parsed search: every clause not excluded must match, and no excluded one may. Stores translate it to their own
/// queries: <see cref="Word"/>, <see cref="Prefix"/> and <see cref="Fuzzy"/> to the stemmed text, <see cref="Phrase"/>
/// to the exact (unstemmed) copy.
/// </summary>
public sealed record SearchExpression(IReadOnlyList<SearchClause> Clauses)
{
    /// <summary>Every node that a match must contain (excluded clauses left out), for highlighting.</summary>
    public IEnumerable<SearchNode> Wanted() =>
        Clauses.Where(c => !c.Excluded).SelectMany(c => c.Node is AnyOf any ? any.Options : [c.Node]);
}

/// <summary>One part of a search: what must (or, when <paramref name="Excluded"/>, must not) match.</summary>
public sealed record SearchClause(SearchNode Node, bool Excluded);

public abstract record SearchNode;

/// <summary>A word as typed; the store stems it.</summary>
public sealed record Word(string Text) : SearchNode;

/// <summary>Words that must appear exactly so and in this order (no stemming); quote marks already straightened.</summary>
public sealed record Phrase(string Text) : SearchNode;

/// <summary>Any word that starts with <paramref name="Text"/> (at least <see cref="SearchSyntax.MinPrefixLength"/> letters).</summary>
public sealed record Prefix(string Text) : SearchNode;

/// <summary>Words within <paramref name="MaxEdits"/> edits (1 or 2) of <paramref name="Text"/>.</summary>
public sealed record Fuzzy(string Text, int MaxEdits) : SearchNode;

/// <summary>Any of the options matches (<c>a OR b</c>).</summary>
public sealed record AnyOf(IReadOnlyList<SearchNode> Options) : SearchNode
{
    public static AnyOf Join(SearchNode left, SearchNode right) =>
        new([.. left is AnyOf a ? a.Options : [left], right]);
}

/// <summary>Every quote: the base of a search made only of exclusions (<c>-budget</c>).</summary>
public sealed record EveryQuote : SearchNode;
