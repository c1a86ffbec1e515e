using System.Globalization;
using System.Numerics;
using System.Text;

namespace QuoteIndex.Core.Evaluation;

/// <summary>
/// The few pieces of Python's string and float behaviour that shared/eval/score.py relies on, so that the port
/// gives the same figures on every input, not only on ASCII ones.
/// </summary>
internal static class PythonText
{
    /// <summary>
    /// <c>str.lower()</c> as far as any later test can see: score.py only looks for ASCII letters and digits in
    /// lowered text, and besides A–Z only two characters lower to one (checked over all of Unicode with Python 3.11):
    /// the Kelvin sign and the dotted capital I, which Python lowers to "i" plus a combining dot, so "İzmir" gives
    /// the word "zmir", not "izmir". Other characters stay non-ASCII either way and are left as they are.
    /// </summary>
    public static string Lower(string s)
    {
        var lowered = new StringBuilder(s.Length + 4);
        foreach (var c in s)
        {
            switch (c)
            {
                case >= 'A' and <= 'Z':
                    lowered.Append((char)(c + ('a' - 'A')));
                    break;
                case '\u212A':
                    lowered.Append('k');
                    break;
                case '\u0130':
                    lowered.Append("i\u0307");
                    break;
                default:
                    lowered.Append(c);
                    break;
            }
        }

        return lowered.ToString();
    }

    /// <summary><c>str.isspace()</c> for one character: Python counts the four information separators as space too.</summary>
    public static bool IsSpace(char c) => c switch
    {
        >= '\t' and <= '\r' or >= '\u001C' and <= ' ' or '\u0085' or '\u00A0' or '\u1680' => true,
        >= '\u2000' and <= '\u200A' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' => true,
        _ => false,
    };

    /// <summary><c>str.strip()</c>.</summary>
    public static string Strip(string s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && IsSpace(s[start]))
            start++;
        while (end > start && IsSpace(s[end - 1]))
            end--;
        return s[start..end];
    }

    /// <summary>The first word of <c>str.split()</c>, or null when there is none.</summary>
    public static string? FirstWord(string s)
    {
        var start = 0;
        while (start < s.Length && IsSpace(s[start]))
            start++;
        if (start == s.Length)
            return null;
        var end = start;
        while (end < s.Length && !IsSpace(s[end]))
            end++;
        return s[start..end];
    }

    /// <summary>
    /// <c>s[0].isupper()</c>: Python's test is Unicode's Uppercase property, which adds Roman numerals and
    /// circled and squared letters to the uppercase letters (Lu).
    /// </summary>
    public static bool FirstIsUpper(string s)
    {
        if (Rune.DecodeFromUtf16(s, out var rune, out _) != System.Buffers.OperationStatus.Done)
            return false;
        return Rune.GetUnicodeCategory(rune) == UnicodeCategory.UppercaseLetter || rune.Value switch
        {
            >= 0x2160 and <= 0x216F or >= 0x24B6 and <= 0x24CF => true,
            >= 0x1F130 and <= 0x1F149 or >= 0x1F150 and <= 0x1F169 or >= 0x1F170 and <= 0x1F189 => true,
            _ => false,
        };
    }

    /// <summary><c>re.findall(pattern, s)</c> for a pattern of one character class repeated at least <paramref name="minLength"/> times.</summary>
    public static IEnumerable<string> Runs(string s, Func<char, bool> inClass, int minLength)
    {
        var start = -1;
        for (var i = 0; i <= s.Length; i++)
        {
            var inside = i < s.Length && inClass(s[i]);
            if (inside && start < 0)
                start = i;
            else if (!inside && start >= 0)
            {
                if (i - start >= minLength)
                    yield return s[start..i];
                start = -1;
            }
        }
    }

    public static bool IsAsciiLetter(char c) => char.IsAsciiLetter(c);

    public static bool IsAsciiLower(char c) => char.IsAsciiLetterLower(c);

    public static bool IsAsciiLowerOrDigit(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);

    /// <summary>
    /// The first <paramref name="count"/> code points, as Python's <c>s[:count]</c> (a surrogate pair is one).
    /// </summary>
    public static string Prefix(string s, int count)
    {
        var end = 0;
        for (var taken = 0; taken < count && end < s.Length; taken++)
            end += char.IsHighSurrogate(s[end]) && end + 1 < s.Length && char.IsLowSurrogate(s[end + 1]) ? 2 : 1;
        return s[..end];
    }

    /// <summary>
    /// <c>round(x, 1)</c>: the exact binary value rounded to tenths, an exact tie to the even tenth, as Python does
    /// (Math.Round scales by ten first, which can turn 0.x4999... into a tie and round it the other way).
    /// </summary>
    public static double RoundToTenths(double x)
    {
        if (!double.IsFinite(x) || x == 0)
            return x;
        var negative = x < 0;
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(x));
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
            exponent++;
        else
            mantissa |= 1L << 52;
        exponent -= 1075;

        // |x| * 10 = mantissa * 10 * 2^exponent; round that to an integer number of tenths.
        BigInteger tenths;
        var scaled = new BigInteger(mantissa) * 10;
        if (exponent >= 0)
            tenths = scaled << exponent;
        else
        {
            var denominator = BigInteger.One << -exponent;
            tenths = BigInteger.DivRem(scaled, denominator, out var remainder);
            var twice = remainder * 2;
            if (twice > denominator || (twice == denominator && !tenths.IsEven))
                tenths++;
        }

        var whole = BigInteger.DivRem(tenths, 10, out var tenth);
        var rounded = double.Parse(string.Create(CultureInfo.InvariantCulture, $"{whole}.{tenth}"), CultureInfo.InvariantCulture);
        return negative ? -rounded : rounded;
    }

    /// <summary>
    /// <c>repr(float)</c> for the figures a score report holds (tenths from 0 to 100): the shortest round-trip
    /// digits, with ".0" when whole. Python's exponent form (below 1e-4, from 1e16) never arises there.
    /// </summary>
    public static string Repr(double x)
    {
        var text = x.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) ? text : text + ".0";
    }
}
