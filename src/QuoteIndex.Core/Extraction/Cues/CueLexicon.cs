using QuoteIndex.Core.Extraction.Text;

namespace QuoteIndex.Core.Extraction.Cues;

/// <summary>
/// The project's own list of speech verbs, every inflection generated from the lemma. Strength is how surely the
/// verb reports speech ("said" always does; "called" or "noted" need the sentence around them to agree).
/// </summary>
internal static class CueLexicon
{
    private static readonly Dictionary<string, CueVerb> Forms = Build();
    /// <summary>The forms in a case-folding table of their own: a general case-insensitive dictionary hashed every word asked.</summary>
    private static readonly FoldedWords<CueVerb> FormTable = new(Forms);

    private static readonly WordShapes Shapes = new(Forms.Keys);

    /// <summary>The verb a word is a form of; asked of nearly every word outside quotations, so most are turned away unhashed.</summary>
    public static CueVerb? Find(ReadOnlySpan<char> word) => Shapes.MayHold(word) && FormTable.TryGetValue(word, out var verb) ? verb : null;

    private static Dictionary<string, CueVerb> Build()
    {
        var forms = new Dictionary<string, CueVerb>(StringComparer.OrdinalIgnoreCase);
        void Add(string lemma, CueFrame frame, double strength, params string[] irregular)
        {
            var past = irregular.Length > 0 ? irregular[0] : Past(lemma);
            forms.TryAdd(lemma, new CueVerb(lemma, frame, strength * 0.8, CueForm.Base));
            forms.TryAdd(ThirdPerson(lemma), new CueVerb(lemma, frame, strength, CueForm.Present));
            forms.TryAdd(past, new CueVerb(lemma, frame, strength, CueForm.Past));
            forms.TryAdd(Participle(lemma), new CueVerb(lemma, frame, strength * 0.9, CueForm.Participle));
        }

        // Plain reports of speech.
        Add("say", CueFrame.Clause, 1.0, "said");
        Add("add", CueFrame.Clause, 0.95);
        Add("state", CueFrame.Clause, 0.9);
        Add("declare", CueFrame.Clause, 0.95);
        Add("announce", CueFrame.Clause, 0.9);
        Add("explain", CueFrame.Clause, 0.95);
        Add("continue", CueFrame.Clause, 0.7);
        Add("repeat", CueFrame.Clause, 0.8);
        Add("reiterate", CueFrame.Clause, 0.95);
        Add("remark", CueFrame.Clause, 0.95);
        Add("comment", CueFrame.Clause, 0.9);
        Add("mention", CueFrame.Clause, 0.85);
        Add("note", CueFrame.Clause, 0.85);
        Add("observe", CueFrame.Clause, 0.85);
        Add("recall", CueFrame.Clause, 0.85);
        Add("recount", CueFrame.Clause, 0.9);
        Add("reply", CueFrame.Clause, 0.95);
        Add("respond", CueFrame.Clause, 0.9);
        Add("answer", CueFrame.Clause, 0.8);
        Add("retort", CueFrame.Clause, 0.95);
        Add("counter", CueFrame.Clause, 0.85);
        Add("conclude", CueFrame.Clause, 0.85);
        Add("testify", CueFrame.Clause, 0.95);
        Add("report", CueFrame.Clause, 0.8);
        Add("disclose", CueFrame.Clause, 0.85);
        Add("reveal", CueFrame.Clause, 0.85);
        Add("confirm", CueFrame.Clause, 0.85);
        Add("acknowledge", CueFrame.Clause, 0.9);
        Add("admit", CueFrame.Clause, 0.9);
        Add("concede", CueFrame.Clause, 0.9);
        Add("agree", CueFrame.Clause, 0.7);
        Add("deny", CueFrame.Clause, 0.8);
        // Arguing and claiming.
        Add("argue", CueFrame.Clause, 0.95);
        Add("claim", CueFrame.Clause, 0.9);
        Add("contend", CueFrame.Clause, 0.95);
        Add("assert", CueFrame.Clause, 0.95);
        Add("allege", CueFrame.Clause, 0.9);
        Add("insist", CueFrame.Clause, 0.95);
        Add("maintain", CueFrame.Clause, 0.75);
        Add("stress", CueFrame.Clause, 0.9);
        Add("emphasize", CueFrame.Clause, 0.9);
        Add("emphasise", CueFrame.Clause, 0.9);
        Add("suggest", CueFrame.Clause, 0.8);
        Add("predict", CueFrame.Clause, 0.85);
        Add("estimate", CueFrame.Clause, 0.7);
        Add("speculate", CueFrame.Clause, 0.85);
        Add("charge", CueFrame.Clause, 0.7);
        Add("complain", CueFrame.Clause, 0.9);
        Add("boast", CueFrame.Clause, 0.9);
        Add("brag", CueFrame.Clause, 0.9);
        Add("joke", CueFrame.Clause, 0.9);
        Add("quip", CueFrame.Clause, 0.95);
        Add("muse", CueFrame.Clause, 0.9);
        Add("lament", CueFrame.Clause, 0.9);
        Add("exclaim", CueFrame.Clause, 0.95);
        Add("proclaim", CueFrame.Clause, 0.95);
        Add("acknowledge", CueFrame.Clause, 0.9);
        Add("clarify", CueFrame.Clause, 0.9);
        Add("indicate", CueFrame.Clause, 0.7);
        Add("hint", CueFrame.Clause, 0.8);
        Add("pledge", CueFrame.Clause, 0.85);
        Add("promise", CueFrame.Clause, 0.85);
        Add("vow", CueFrame.Clause, 0.9);
        Add("swear", CueFrame.Clause, 0.8, "swore");
        Add("threaten", CueFrame.Clause, 0.7);
        Add("caution", CueFrame.Clause, 0.9);
        Add("recommend", CueFrame.Clause, 0.75);
        Add("propose", CueFrame.Clause, 0.7);
        Add("demand", CueFrame.Clause, 0.75);
        Add("wonder", CueFrame.Clause, 0.75);
        Add("ask", CueFrame.Addressee, 0.8);
        // Verbs that report words only when quotation marks or "that" show it: "called the plan \"a gamble\"".
        Add("call", CueFrame.Clause, 0.6);
        Add("describe", CueFrame.Clause, 0.65);
        Add("dub", CueFrame.Clause, 0.7);
        Add("label", CueFrame.Clause, 0.65);
        Add("brand", CueFrame.Clause, 0.6);
        Add("term", CueFrame.Clause, 0.6);
        Add("accuse", CueFrame.Clause, 0.7);
        Add("blame", CueFrame.Clause, 0.6);
        Add("blast", CueFrame.Clause, 0.65);
        Add("slam", CueFrame.Clause, 0.6);
        Add("criticize", CueFrame.Clause, 0.65);
        Add("criticise", CueFrame.Clause, 0.65);
        Add("mock", CueFrame.Clause, 0.6);
        Add("praise", CueFrame.Clause, 0.6);
        Add("hail", CueFrame.Clause, 0.6);
        Add("welcome", CueFrame.Clause, 0.55);
        Add("dismiss", CueFrame.Clause, 0.6);
        Add("decry", CueFrame.Clause, 0.7, "decried");
        Add("denounce", CueFrame.Clause, 0.7);
        Add("condemn", CueFrame.Clause, 0.65);
        Add("cite", CueFrame.Clause, 0.6);
        Add("quote", CueFrame.Clause, 0.6);
        Add("credit", CueFrame.Clause, 0.55);
        Add("liken", CueFrame.Clause, 0.65);
        Add("compare", CueFrame.Clause, 0.55);
        Add("refer", CueFrame.Clause, 0.6, "referred");
        Add("shout", CueFrame.Clause, 0.7);
        Add("yell", CueFrame.Clause, 0.7);
        Add("scream", CueFrame.Clause, 0.7);
        Add("chant", CueFrame.Clause, 0.7);
        Add("cry", CueFrame.Clause, 0.5);
        Add("sing", CueFrame.Clause, 0.6, "sang");
        Add("read", CueFrame.Clause, 0.5, "read");
        Add("thank", CueFrame.Clause, 0.5);
        Add("tease", CueFrame.Clause, 0.65);
        Add("highlight", CueFrame.Clause, 0.6);
        Add("point", CueFrame.Clause, 0.55);
        Add("express", CueFrame.Clause, 0.55);
        Add("question", CueFrame.Clause, 0.6);
        Add("bemoan", CueFrame.Clause, 0.7);
        Add("rail", CueFrame.Clause, 0.6);
        Add("fume", CueFrame.Clause, 0.7);
        Add("scoff", CueFrame.Clause, 0.7);
        Add("snap", CueFrame.Clause, 0.6, "snapped");
        Add("bark", CueFrame.Clause, 0.6);
        Add("gush", CueFrame.Clause, 0.7);
        Add("marvel", CueFrame.Clause, 0.6, "marveled");
        Add("confide", CueFrame.Clause, 0.8);
        Add("recollect", CueFrame.Clause, 0.8);
        Add("reason", CueFrame.Clause, 0.7);
        Add("posit", CueFrame.Clause, 0.8);
        Add("surmise", CueFrame.Clause, 0.8);
        Add("opine", CueFrame.Clause, 0.9);
        Add("concur", CueFrame.Clause, 0.75, "concurred");
        Add("grumble", CueFrame.Clause, 0.85);
        Add("whisper", CueFrame.Clause, 0.85);
        Add("mutter", CueFrame.Clause, 0.85);
        Add("plead", CueFrame.Clause, 0.75);
        Add("beg", CueFrame.Clause, 0.6, "begged");
        Add("announce", CueFrame.Clause, 0.9);
        // Findings and beliefs: "a poll found that ...", "he believes that ...".
        Add("find", CueFrame.Clause, 0.7, "found");
        Add("believe", CueFrame.Clause, 0.7);
        Add("think", CueFrame.Clause, 0.6, "thought");
        Add("show", CueFrame.Clause, 0.6);
        Add("defend", CueFrame.Clause, 0.55);
        Add("offer", CueFrame.Clause, 0.5);
        // Verbs that take an addressee before the words: "told reporters that", "warned voters".
        Add("tell", CueFrame.Addressee, 1.0, "told");
        Add("remind", CueFrame.Addressee, 0.95);
        Add("assure", CueFrame.Addressee, 0.9);
        Add("reassure", CueFrame.Addressee, 0.9);
        Add("inform", CueFrame.Addressee, 0.9);
        Add("warn", CueFrame.Addressee, 0.95);
        Add("advise", CueFrame.Addressee, 0.8);
        Add("urge", CueFrame.Addressee, 0.8);
        Add("convince", CueFrame.Addressee, 0.5);
        Add("notify", CueFrame.Addressee, 0.7);
        // Written and posted words.
        Add("write", CueFrame.Written, 0.95, "wrote");
        Add("tweet", CueFrame.Written, 1.0);
        Add("post", CueFrame.Written, 0.6);
        Add("blog", CueFrame.Written, 0.8);
        return forms;
    }

    private static string ThirdPerson(string lemma) =>
        lemma.EndsWith('y') && !IsVowel(lemma[^2]) ? lemma[..^1] + "ies"
        : lemma.EndsWith("ss", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal)
          || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith('x') || lemma.EndsWith('o') ? lemma + "es"
        : lemma + "s";

    private static string Past(string lemma) =>
        lemma.EndsWith('e') ? lemma + "d"
        : lemma.EndsWith('y') && !IsVowel(lemma[^2]) ? lemma[..^1] + "ied"
        : lemma is "admit" or "plan" or "quip" or "stop" ? lemma + lemma[^1] + "ed"
        : lemma + "ed";

    private static string Participle(string lemma) =>
        lemma.EndsWith("ie", StringComparison.Ordinal) ? lemma[..^2] + "ying"
        : lemma.EndsWith('e') && lemma != "see" ? lemma[..^1] + "ing"
        : lemma is "admit" or "plan" or "quip" or "stop" ? lemma + lemma[^1] + "ing"
        : lemma + "ing";

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
