using System.Text.Json.Nodes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace QuoteIndex.Store.Tests.Elasticsearch.Emulator;

/// <summary>One token of an analysed value: its term, position, character offsets and which value of the field it came from.</summary>
internal readonly record struct Token(string Term, int Position, int Start, int End, int Value);

/// <summary>
/// An index's analysers and normalisers, built with Lucene.NET's analysis classes from the "settings.analysis"
/// definitions the way Elasticsearch builds them (custom: char filters, a tokenizer, token filters), plus the
/// built-in analysers a mapping may name. A component the emulator does not know fails the index creation.
/// </summary>
internal sealed class Analysis
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Filters Elasticsearch also applies when normalising multi-term query text (prefix, wildcard, fuzzy).
    private static readonly HashSet<string> NormalizingFilters = new(StringComparer.Ordinal) { "lowercase", "asciifolding" };

    private readonly Dictionary<string, TextAnalyzer> _analyzers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TextAnalyzer> _normalizers = new(StringComparer.Ordinal);

    public Analysis(JsonObject? settings)
    {
        var charFilters = settings?["char_filter"] as JsonObject ?? [];
        var filters = settings?["filter"] as JsonObject ?? [];
        var tokenizers = settings?["tokenizer"] as JsonObject ?? [];

        _analyzers["standard"] = Custom([], "standard", ["lowercase"], [], [], []);
        _analyzers["simple"] = Build(r => new LowerCaseTokenizer(Version, r), [], [], s => s);
        _analyzers["whitespace"] = Build(r => new WhitespaceTokenizer(Version, r), [], [], s => s);
        _analyzers["keyword"] = Build(r => new KeywordTokenizer(r), [], [], s => s);
        _analyzers["english"] = Custom([], "standard", ["possessive_english", "lowercase", "stop", "porter_stem"], [], [], []);
        _normalizers["lowercase"] = Custom([], "keyword", ["lowercase"], [], [], []);

        foreach (var (name, node) in settings?["analyzer"] as JsonObject ?? [])
        {
            var definition = Json.Object(node, $"analyzer.{name}");
            Json.OnlyKeys(definition, $"analyzer [{name}]", "type", "tokenizer", "filter", "char_filter", "position_increment_gap");
            var type = Json.String(definition["type"]) ?? "custom";
            if (type != "custom")
                throw EmulatorError.NotEmulated($"analyzer type [{type}] (analyzer [{name}])");
            _analyzers[name] = Custom(
                [.. Json.Strings(definition["char_filter"])], Json.String(definition["tokenizer"]) ?? throw MapperError($"analyzer [{name}] must specify either an analyzer type, or a tokenizer"),
                [.. Json.Strings(definition["filter"])], charFilters, filters, tokenizers);
        }

        foreach (var (name, node) in settings?["normalizer"] as JsonObject ?? [])
        {
            var definition = Json.Object(node, $"normalizer.{name}");
            Json.OnlyKeys(definition, $"normalizer [{name}]", "type", "filter", "char_filter");
            _normalizers[name] = Custom([.. Json.Strings(definition["char_filter"])], "keyword", [.. Json.Strings(definition["filter"])], charFilters, filters, tokenizers);
        }
    }

    public TextAnalyzer Analyzer(string name) =>
        _analyzers.TryGetValue(name, out var analyzer) ? analyzer : throw MapperError($"analyzer [{name}] has not been configured in mappings");

    public TextAnalyzer Normalizer(string name) =>
        _normalizers.TryGetValue(name, out var normalizer) ? normalizer : throw MapperError($"normalizer [{name}] not found for field");

    private static EmulatorError MapperError(string reason) => new(400, "mapper_parsing_exception", reason);

    private static TextAnalyzer Custom(
        IReadOnlyList<string> charFilterNames, string tokenizerName, IReadOnlyList<string> filterNames,
        JsonObject charFilters, JsonObject filters, JsonObject tokenizers)
    {
        var readers = charFilterNames.Select(n => CharFilter(n, charFilters)).ToList();
        var tokenizer = Tokenizer(tokenizerName, tokenizers);
        var chain = filterNames.Select(n => (Name: n, Filter: Filter(n, filters))).ToList();
        var normalizing = chain.Where(f => NormalizingFilters.Contains(FilterType(f.Name, filters))).Select(f => f.Filter).ToList();
        return Build(tokenizer, readers, [.. chain.Select(f => f.Filter)], s => normalizing.Aggregate(s, (stream, f) => f(stream)));
    }

    private static TextAnalyzer Build(
        Func<TextReader, Tokenizer> tokenizer, IReadOnlyList<Func<TextReader, TextReader>> readers,
        IReadOnlyList<Func<TokenStream, TokenStream>> filters, Func<TokenStream, TokenStream> normalizing) =>
        new(new DefinedAnalyzer(tokenizer, readers, filters), new DefinedAnalyzer(r => new KeywordTokenizer(r), readers, [normalizing]));

    private static string FilterType(string name, JsonObject filters) =>
        filters[name] is JsonObject o ? Json.String(o["type"]) ?? name : name;

    private static Func<TextReader, TextReader> CharFilter(string name, JsonObject definitions)
    {
        if (name == "html_strip")
            return r => new HTMLStripCharFilter(r);
        if (definitions[name] is not JsonObject definition)
            throw MapperError($"failed to find global char_filter under [{name}]");
        var type = Json.String(definition["type"]);
        switch (type)
        {
            case "mapping":
                Json.OnlyKeys(definition, $"char_filter [{name}]", "type", "mappings");
                var builder = new NormalizeCharMap.Builder();
                foreach (var rule in Json.Strings(definition["mappings"]))
                {
                    var parts = rule.Split("=>", 2);
                    if (parts.Length != 2)
                        throw MapperError($"Invalid Mapping Rule : [{rule}]");
                    builder.Add(parts[0].Trim(), parts[1].Trim());
                }

                var map = builder.Build();
                return r => new MappingCharFilter(map, r);
            case "html_strip":
                return r => new HTMLStripCharFilter(r);
            default:
                throw EmulatorError.NotEmulated($"char_filter type [{type}]");
        }
    }

    private static Func<TextReader, Tokenizer> Tokenizer(string name, JsonObject definitions)
    {
        var type = definitions[name] is JsonObject o ? Json.String(o["type"]) : name;
        return type switch
        {
            "standard" => r => new StandardTokenizer(Version, r),
            "whitespace" => r => new WhitespaceTokenizer(Version, r),
            "keyword" => r => new KeywordTokenizer(r),
            "letter" => r => new LetterTokenizer(Version, r),
            "lowercase" => r => new LowerCaseTokenizer(Version, r),
            _ => throw EmulatorError.NotEmulated($"tokenizer [{name}]"),
        };
    }

    private static Func<TokenStream, TokenStream> Filter(string name, JsonObject definitions)
    {
        var definition = definitions[name] as JsonObject;
        var type = definition is null ? name : Json.String(definition["type"]);
        switch (type)
        {
            case "lowercase":
                return s => new LowerCaseFilter(Version, s);
            case "asciifolding":
                var preserve = Json.Bool(definition?["preserve_original"], "preserve_original") ?? false;
                return s => new ASCIIFoldingFilter(s, preserve);
            case "porter_stem":
                return s => new PorterStemFilter(s);
            case "kstem":
                return s => new KStemFilter(s);
            case "possessive_english":
                return s => new EnglishPossessiveFilter(Version, s);
            case "trim":
                return s => new TrimFilter(Version, s);
            case "stemmer":
                var language = Json.String(definition?["language"] ?? definition?["name"]) ?? "english";
                return language switch
                {
                    "english" or "porter" => s => new PorterStemFilter(s),
                    "possessive_english" => s => new EnglishPossessiveFilter(Version, s),
                    "light_english" => s => new KStemFilter(s),
                    "minimal_english" => s => new EnglishMinimalStemFilter(s),
                    _ => throw EmulatorError.NotEmulated($"stemmer language [{language}]"),
                };
            case "stop":
                var words = definition?["stopwords"] switch
                {
                    null => StopAnalyzer.ENGLISH_STOP_WORDS_SET,
                    JsonArray list => new CharArraySet(Version, list.Select(w => Json.String(w) ?? "").ToList(), Json.Bool(definition["ignore_case"], "ignore_case") ?? false),
                    var named when Json.String(named) is "_english_" => StopAnalyzer.ENGLISH_STOP_WORDS_SET,
                    var other => throw EmulatorError.NotEmulated($"stopwords [{other.ToJsonString()}]"),
                };
                return s => new StopFilter(Version, s, words);
            default:
                throw EmulatorError.NotEmulated($"token filter [{name}] of type [{type}]");
        }
    }

    private sealed class DefinedAnalyzer(
        Func<TextReader, Tokenizer> tokenizer,
        IReadOnlyList<Func<TextReader, TextReader>> readers,
        IReadOnlyList<Func<TokenStream, TokenStream>> filters) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = tokenizer(reader);
            var stream = filters.Aggregate<Func<TokenStream, TokenStream>, TokenStream>(source, (s, f) => f(s));
            return new TokenStreamComponents(source, stream);
        }

        protected override TextReader InitReader(string fieldName, TextReader reader) =>
            readers.Aggregate(reader, (r, f) => f(r));
    }
}

/// <summary>An analyser (text into tokens) with its normalising form (the whole text into one term, for multi-term queries).</summary>
internal sealed class TextAnalyzer(Analyzer analyzer, Analyzer normalizer)
{
    private readonly Lock _gate = new();

    /// <summary>The tokens of <paramref name="text"/>, positions from <paramref name="firstPosition"/>.</summary>
    public List<Token> Tokens(string text, int firstPosition = 0, int value = 0)
    {
        var tokens = new List<Token>();
        lock (_gate)
        {
            using var stream = analyzer.GetTokenStream("field", new StringReader(text));
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            var position = firstPosition - 1;
            while (stream.IncrementToken())
            {
                position += increment.PositionIncrement;
                tokens.Add(new Token(term.ToString(), position, offset.StartOffset, offset.EndOffset, value));
            }

            stream.End();
        }

        return tokens;
    }

    /// <summary>The text as one normalised term (char filters, lower-casing, folding; no stemming or stop words).</summary>
    public string Normalize(string text)
    {
        lock (_gate)
        {
            using var stream = normalizer.GetTokenStream("field", new StringReader(text));
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            var result = stream.IncrementToken() ? term.ToString() : "";
            stream.End();
            return result;
        }
    }
}
