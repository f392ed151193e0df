using System.Globalization;

namespace Lce.IR.Passes;

/// <summary>
/// A named, typed pass option as MLIR's <c>Pass::Option</c>: set from `name=value` in a
/// pipeline string or a legacy flag, and printed back in --dump-pass-pipeline.
/// </summary>
public abstract class PassOption(string argument, string description)
{
    public string Argument { get; } = argument;
    public string Description { get; } = description;

    /// <summary>True once a value was given explicitly.</summary>
    public bool HasValue { get; protected set; }

    /// <summary>Parses and stores <paramref name="text"/>; returns an error message (LLVM cl wording) or null.</summary>
    public abstract string? TrySet(string text);

    /// <summary>The value as MLIR prints it inside `pass{...}`.</summary>
    public abstract string FormatValue();

    internal abstract void CopyFrom(PassOption other);
}

/// <summary>A scalar option: bool, integers, floating point, string or an enum with named values.</summary>
public sealed class Option<T>(string argument, string description, T defaultValue) : PassOption(argument, description)
{
    private IReadOnlyList<(string Name, T Value)>? _choices;

    public T Default { get; } = defaultValue;
    public T Value { get; set; } = defaultValue;

    public static implicit operator T(Option<T> o) => o.Value;

    /// <summary>Restricts the option to named values (MLIR's clEnumValN list).</summary>
    public Option<T> WithChoices(params (string Name, T Value)[] choices) { _choices = choices; return this; }

    public IReadOnlyList<(string Name, T Value)>? Choices => _choices;

    public override string? TrySet(string text)
    {
        if (!OptionValueParser.TryParse(text, _choices, out T value, out string? error)) return error!.Replace("{0}", Argument);
        Value = value;
        HasValue = true;
        return null;
    }

    public override string FormatValue() => OptionValueParser.Format(Value, _choices);

    internal override void CopyFrom(PassOption other)
    {
        var o = (Option<T>)other;
        Value = o.Value; HasValue = o.HasValue; _choices = o._choices;
    }
}

/// <summary>A comma-separated list option (`name=a,b,c`).</summary>
public sealed class ListOption<T>(string argument, string description) : PassOption(argument, description)
{
    public List<T> Values { get; private set; } = new();

    public override string? TrySet(string text)
    {
        var values = new List<T>();
        foreach (var item in OptionValueParser.SplitList(text))
        {
            if (!OptionValueParser.TryParse(item, null, out T v, out string? error)) return error!.Replace("{0}", Argument);
            values.Add(v);
        }
        Values = values;
        HasValue = true;
        return null;
    }

    public override string FormatValue() => string.Join(",", Values.Select(v => OptionValueParser.Format(v, null)));

    internal override void CopyFrom(PassOption other)
    {
        var o = (ListOption<T>)other;
        Values = new List<T>(o.Values); HasValue = o.HasValue;
    }
}

/// <summary>Value parsing and printing shared by the option kinds, with LLVM cl's messages.</summary>
public static class OptionValueParser
{
    public static bool TryParse<T>(string text, IReadOnlyList<(string Name, T Value)>? choices, out T value, out string? error)
    {
        error = null;
        value = default!;
        if (choices is not null)
        {
            foreach (var (n, v) in choices)
                if (n == text) { value = v; return true; }
            error = $"for the {{0}} option: Cannot find option named '{text}'!";
            return false;
        }
        object? parsed = typeof(T) switch
        {
            var t when t == typeof(bool) => text switch
            {
                "" or "true" or "TRUE" or "True" or "1" => true,
                "false" or "FALSE" or "False" or "0" => false,
                _ => null,
            },
            var t when t == typeof(int) => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : null,
            var t when t == typeof(long) => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : null,
            var t when t == typeof(uint) => uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var u) ? u : null,
            var t when t == typeof(double) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
            var t when t == typeof(string) => text,
            var t when t.IsEnum => Enum.TryParse(t, text, ignoreCase: false, out var e) ? e : null,
            _ => throw new NotSupportedException($"pass options of type {typeof(T).Name} are not supported"),
        };
        if (parsed is null)
        {
            string kind = typeof(T) == typeof(bool) ? "boolean" : typeof(T) == typeof(double) ? "double" : typeof(T).IsEnum ? "enum" : "integer";
            error = $"for the {{0}} option: '{text}' is invalid value for {kind} argument! Try 0 or 1";
            if (typeof(T) != typeof(bool)) error = $"for the {{0}} option: '{text}' value invalid for {(typeof(T) == typeof(uint) ? "uint" : typeof(T) == typeof(long) ? "long" : typeof(T) == typeof(double) ? "number" : "integer")} argument!";
            return false;
        }
        value = (T)parsed;
        return true;
    }

    public static string Format<T>(T value, IReadOnlyList<(string Name, T Value)>? choices)
    {
        if (choices is not null)
            foreach (var (n, v) in choices)
                if (EqualityComparer<T>.Default.Equals(v, value)) return n;
        return value switch
        {
            bool b => b ? "true" : "false",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            null => string.Empty,
            _ => value.ToString()!,
        };
    }

    /// <summary>Splits `a,b,{c,d},"e,f"` at top-level commas, as MLIR's list option parser does.</summary>
    public static IEnumerable<string> SplitList(string text)
    {
        if (text.Length == 0) yield break;
        int depth = 0, start = 0;
        char quote = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
            if (c is '"' or '\'') quote = c;
            else if (c is '{' or '(' or '[') depth++;
            else if (c is '}' or ')' or ']') depth--;
            else if (c == ',' && depth == 0) { yield return text[start..i]; start = i + 1; }
        }
        yield return text[start..];
    }
}
