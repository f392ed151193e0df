using System.Globalization;
using System.Numerics;
using System.Text;

namespace Lce.IR.Passes;

/// <summary>
/// Parsing and printing of one option value of type <typeparamref name="T"/> with llvm::cl's
/// rules: integers accept radix prefixes (0x, 0b, 0o, leading 0), booleans accept
/// true/TRUE/True/1/false/..., and failures carry cl's exact wording.
/// </summary>
internal static class OptionCodec<T>
{
    public static string? ValueName => typeof(T) switch
    {
        var t when t == typeof(bool) => null,
        var t when t == typeof(int) => "int",
        var t when t == typeof(long) => "long",
        var t when t == typeof(uint) => "uint",
        var t when t == typeof(ulong) => "ulong",
        var t when t == typeof(double) || t == typeof(float) => "number",
        var t when t == typeof(string) => "string",
        var t when t == typeof(OpPassManager) => "pass-manager",
        _ => "value",
    };

    public static bool TryParse(string text, out T value, out string? error)
    {
        error = null;
        object? parsed = null;
        var t = typeof(T);
        if (t == typeof(bool))
        {
            parsed = text switch
            {
                "" or "true" or "TRUE" or "True" or "1" => true,
                "false" or "FALSE" or "False" or "0" => false,
                _ => null,
            };
            if (parsed is null) error = $"'{text}' is invalid value for boolean argument! Try 0 or 1";
        }
        else if (t == typeof(int)) parsed = Integer(text, int.MinValue, int.MaxValue, "integer", ref error, v => (int)v);
        else if (t == typeof(long)) parsed = Integer(text, long.MinValue, long.MaxValue, "long", ref error, v => (long)v);
        else if (t == typeof(uint)) parsed = Integer(text, 0, uint.MaxValue, "uint", ref error, v => (uint)v);
        else if (t == typeof(ulong)) parsed = Integer(text, 0, ulong.MaxValue, "ulong", ref error, v => (ulong)v);
        else if (t == typeof(double) || t == typeof(float))
        {
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
                parsed = t == typeof(float) ? (float)d : d;
            else error = $"'{text}' value invalid for floating point argument!";
        }
        else if (t == typeof(string)) parsed = text;
        else if (t == typeof(OpPassManager))
        {
            var errors = new StringWriter();
            parsed = PassPipelineParser.Parse(text, PassRegistry.Current, errors);
            if (parsed is null) error = errors.ToString().TrimEnd('\n');
        }
        else if (t.IsEnum)
        {
            if (Enum.TryParse(t, text, ignoreCase: false, out var e)) parsed = e;
            else error = $"Cannot find option named '{text}'!";
        }
        else throw new NotSupportedException($"pass options of type {t.Name} are not supported");
        value = parsed is null ? default! : (T)parsed;
        return parsed is not null;
    }

    /// <summary>Integers as StringRef::getAsInteger with radix 0 (auto-sensed).</summary>
    private static object? Integer(string text, BigInteger min, BigInteger max, string kind, ref string? error, Func<BigInteger, object> convert)
    {
        if (TryParseAutoRadix(text, out var v) && v >= min && v <= max) return convert(v);
        error = $"'{text}' value invalid for {kind} argument!";
        return null;
    }

    private static bool TryParseAutoRadix(string text, out BigInteger value)
    {
        value = BigInteger.Zero;
        var s = text.AsSpan();
        bool negative = false;
        if (s.Length > 0 && s[0] == '-') { negative = true; s = s[1..]; }
        int radix = 10;
        if (s.StartsWith("0x") || s.StartsWith("0X")) { radix = 16; s = s[2..]; }
        else if (s.StartsWith("0b") || s.StartsWith("0B")) { radix = 2; s = s[2..]; }
        else if (s.StartsWith("0o")) { radix = 8; s = s[2..]; }
        else if (s.Length > 1 && s[0] == '0' && char.IsAsciiDigit(s[1])) { radix = 8; s = s[1..]; }
        if (s.Length == 0) return false;
        foreach (char c in s)
        {
            int digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'z' => c - 'a' + 10,
                >= 'A' and <= 'Z' => c - 'A' + 10,
                _ => 99,
            };
            if (digit >= radix) return false;
            value = value * radix + digit;
        }
        if (negative) value = -value;
        return true;
    }

    public static void Print(StringBuilder sb, T value)
    {
        switch (value)
        {
            case bool b: sb.Append(b ? "true" : "false"); break;
            // raw_ostream prints doubles in %e style.
            case double d: sb.Append(d.ToString("0.000000e+00", CultureInfo.InvariantCulture)); break;
            case float f: sb.Append(((double)f).ToString("0.000000e+00", CultureInfo.InvariantCulture)); break;
            case string s: PrintString(sb, s); break;
            case OpPassManager pm: pm.PrintAsTextualPipeline(sb, pretty: false); break;
            case IFormattable n: sb.Append(n.ToString(null, CultureInfo.InvariantCulture)); break;
            case null: break;
            default: sb.Append(value.ToString()); break;
        }
    }

    /// <summary>A string is wrapped in braces when a space comes before any brace or quote, so it parses back.</summary>
    private static void PrintString(StringBuilder sb, string s)
    {
        int space = s.IndexOf(' ');
        int escape = s.IndexOfAny(['{', '\'', '"']);
        bool wrap = space >= 0 && (escape < 0 || space < escape);
        if (wrap) sb.Append('{');
        sb.Append(s);
        if (wrap) sb.Append('}');
    }

    public static T Copy(T value) => value is OpPassManager pm ? (T)(object)pm.Clone() : value;
}
