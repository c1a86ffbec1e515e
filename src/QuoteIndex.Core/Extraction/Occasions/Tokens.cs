namespace QuoteIndex.Core.Extraction.Occasions;

internal enum TokenKind
{
    Word,
    Number,
    Quote,
    Dash,
    Punctuation,
}

/// <summary>A word, number or mark of the article text, with its lowercase form for lexicon look-ups and what that form can do.</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, string Lower, WordRoles Roles = WordRoles.None)
{
    public bool IsWord => Kind == TokenKind.Word;

    public bool Has(WordRoles role) => (Roles & role) != 0;

    /// <summary>The lowercase word without a possessive ending: "fox news's" gives "news".</summary>
    public string Stem => IsPossessive ? Tokenizer.Shared(Lower.AsSpan(0, Lower.Length - (Lower.EndsWith('\'') ? 1 : 2))) : Lower;

    public bool IsPossessive => Kind == TokenKind.Word && (Lower.EndsWith("'s", StringComparison.Ordinal) || (Lower.Length > 2 && Lower.EndsWith("s'", StringComparison.Ordinal)));
}

/// <summary>Splits text into tokens in one pass; curly apostrophes are folded into straight ones in <see cref="Token.Lower"/>.</summary>
internal static class Tokenizer
{
    /// <summary>
    /// The tokens of <paramref name="text"/>: the first <paramref name="count"/> entries of an array kept per thread and
    /// reused article after article, valid until the thread tokenizes again.
    /// </summary>
    public static Token[] Tokenize(string text, out int count)
    {
        var tokens = new TokenBuffer(_buffer ??= new Token[4096]);
        // A buffer kept per thread, not on the stack: a method that allocates on the stack is compiled once, without the
        // profile-guided second compilation that inlines the small tests of the loop below.
        var buffer = _lowered ??= new char[LongestShared];
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetterOrDigit(c))
            {
                var letters = char.IsLetter(c);
                i++;
                // The common word, ASCII letters and digits only, is lowercased and hashed as it is read; a word with
                // anything else (a connector, a letter outside ASCII) is finished by the general loop and Lower.
                var hash = CommonWords.EmptyHash;
                var lowered = 0;
                if (char.IsAscii(c))
                {
                    var ch = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                    buffer[lowered++] = ch;
                    hash = CommonWords.Hash(hash, ch);
                    while (i < text.Length && lowered < buffer.Length)
                    {
                        var d = text[i];
                        if (char.IsAsciiLetter(d))
                            letters = true;
                        else if (!char.IsAsciiDigit(d))
                            break;
                        ch = char.IsAsciiLetterUpper(d) ? (char)(d | 0x20) : d;
                        buffer[lowered++] = ch;
                        hash = CommonWords.Hash(hash, ch);
                        i++;
                    }
                }

                while (i < text.Length)
                {
                    var d = text[i];
                    // A space ends most words: none of the tests below takes it.
                    if (d == ' ')
                        break;

                    // ASCII first: news text is nearly all ASCII, and these tests need no table.
                    if (char.IsAsciiLetter(d))
                    {
                        letters = true;
                        i++;
                    }
                    else if (char.IsAsciiDigit(d))
                    {
                        i++;
                    }
                    else if (!char.IsAscii(d) && char.IsLetterOrDigit(d))
                    {
                        letters |= char.IsLetter(d);
                        i++;
                    }
                    else if (d == '.' && i + 2 < text.Length && text[i + 1] is '\'' or '\u2019' && char.IsLetter(text[i + 2]) && IsDottedLetters(text, start, i))
                    {
                        i += 3; // "D.C.'s"
                        while (i < text.Length && char.IsLetter(text[i]))
                            i++;
                        break;
                    }
                    else if (d == '.' && IsDottedLetters(text, start, i) && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])))
                    {
                        i++; // "D.C.", "U.S.": the closing period belongs to the abbreviation
                        break;
                    }
                    else if (IsConnector(d) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                    {
                        i += 2;
                        letters |= char.IsLetter(text[i - 1]);
                    }
                    else if (d is '\'' or '\u2019' && i > start && text[i - 1] is 's' or 'S'
                             && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])))
                    {
                        i++; // plural possessive: "senators'"
                        break;
                    }
                    else
                    {
                        break;
                    }
                }

                var (lower, roles) = Lower(text, start, i, buffer, lowered, hash);
                tokens.Add(new Token(start, i, letters ? TokenKind.Word : TokenKind.Number, lower, roles));
                continue;
            }

            if (c == '-' && i + 1 < text.Length && text[i + 1] == '-')
            {
                i += 2;
                tokens.Add(new Token(start, i, TokenKind.Dash, "--"));
                continue;
            }

            i++;
            var kind = c switch
            {
                '"' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\'' or '\u00AB' or '\u00BB' or '\u201E' => TokenKind.Quote,
                '\u2014' or '\u2013' or '\u2015' => TokenKind.Dash,
                _ => TokenKind.Punctuation,
            };
            tokens.Add(new Token(start, i, kind, Mark(c)));
        }

        // An outsized article's array is not kept, so it does not pin its memory to the thread.
        if (tokens.Array.Length <= BufferLimit)
            _buffer = tokens.Array;
        count = tokens.Count;
        return tokens.Array;
    }

    private const int BufferLimit = 1 << 20;

    [ThreadStatic]
    private static Token[]? _buffer;

    /// <summary>An array filled from the start, grown by doubling.</summary>
    private struct TokenBuffer(Token[] array)
    {
        public Token[] Array { get; private set; } = array;
        public int Count { get; private set; }

        public void Add(in Token token)
        {
            if (Count == Array.Length)
            {
                var grown = new Token[Array.Length * 2];
                System.Array.Copy(Array, grown, Count);
                Array = grown;
            }

            Array[Count++] = token;
        }
    }

    /// <summary>"D.C", "U.S", "N.C": single letters joined by periods.</summary>
    private static bool IsDottedLetters(string text, int start, int end)
    {
        if (end - start < 3)
            return false;
        for (var k = start; k < end; k++)
        {
            if ((k - start) % 2 == 0 ? !char.IsLetter(text[k]) : text[k] != '.')
                return false;
        }

        return true;
    }

    private static bool IsConnector(char c) => c is '\'' or '\u2019' or '-' or '.' or '&' or '/' or ':';

    /// <summary>
    /// The lowercase form: the shared string of a common word, else a new one. A table of the article's own words, so
    /// that each distinct word was made once, cost more to probe for every word than the strings it saved.
    /// </summary>
    /// <remarks>The first <paramref name="lowered"/> characters are in <paramref name="buffer"/> already, hashed into <paramref name="hash"/>.</remarks>
    private static (string Lower, WordRoles Roles) Lower(string text, int start, int end, Span<char> buffer, int lowered, uint hash)
    {
        var length = end - start;
        if (length > LongestShared)
        {
            var made = Create(text, start, end);
            return (made, WordRoleLexicon.Of(made));
        }
        for (var k = lowered; k < length; k++)
        {
            var ch = text[start + k];
            ch = char.IsAscii(ch) ? (char)(char.IsAsciiLetterUpper(ch) ? ch | 0x20 : ch) : ch == '\u2019' ? '\'' : char.ToLowerInvariant(ch);
            buffer[k] = ch;
            hash = CommonWords.Hash(hash, ch);
        }

        var word = buffer[..length];
        return CommonWords.TryGet(word, hash, out var common, out var roles) ? (common, roles) : (new string(word), WordRoleLexicon.OfUnlisted(word));
    }

    /// <summary>Longer words (a URL, a run of digits) are rare and made on their own, without looking for a common word.</summary>
    public const int LongestShared = 64;

    /// <summary>The common word's shared string with these characters, else a new one.</summary>
    public static string Shared(ReadOnlySpan<char> word) =>
        CommonWords.TryGet(word, CommonWords.HashOf(word), out var common, out _) ? common : new string(word);

    [ThreadStatic]
    private static char[]? _lowered;

    private static string Create(string text, int start, int end) =>
        string.Create(end - start, (text, start), static (span, state) =>
        {
            for (var k = 0; k < span.Length; k++)
            {
                var ch = state.text[state.start + k];
                span[k] = ch == '\u2019' ? '\'' : char.ToLowerInvariant(ch);
            }
        });

    private static readonly string[] SingleCharacters = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    /// <summary>A one-character token's text without allocating for ASCII marks.</summary>
    private static string Mark(char c) => c < 128 ? SingleCharacters[c] : c.ToString();
}
