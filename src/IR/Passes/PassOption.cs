using System.Text;

namespace Lce.IR.Passes;

/// <summary>
/// A named pass option as MLIR's <c>PassOptions::Option</c>/<c>ListOption</c>: set from
/// `name=value` in a pipeline string or a legacy flag (with llvm::cl's parsing rules and
/// messages), and printed back by --dump-pass-pipeline and reproducers.
/// </summary>
public abstract class PassOption(string argument, string description)
{
    public string Argument { get; } = argument;
    public string Description { get; } = description;

    /// <summary>True once a value was given explicitly (MLIR's hasValue()).</summary>
    public bool HasValue { get; protected set; }

    /// <summary>The placeholder shown by --help after `=`, e.g. "long" in `--max-iterations=&lt;long&gt;`; null for flags.</summary>
    public abstract string? ValueName { get; }

    /// <summary>Named values of an enum option, for --help.</summary>
    public virtual IEnumerable<(string Name, string Description)> ChoiceHelp => [];

    /// <summary>
    /// Handles one occurrence; <paramref name="value"/> is null when the key had no `=`.
    /// Returns an llvm::cl style message (without the "for the --x option: " prefix) on error.
    /// </summary>
    internal abstract string? HandleOccurrence(string? value);

    /// <summary>Sets the option from `value` text as in `name=value`; returns llvm::cl's error message or null.</summary>
    public string? TrySet(string value) =>
        HandleOccurrence(value) is { } message ? $"for the {(Argument.Length == 1 ? "-" : "--")}{Argument} option: {message}" : null;

    /// <summary>Appends `name=value` as MLIR prints it inside `pass{...}` (lists print nothing when empty).</summary>
    public abstract void Print(StringBuilder sb);


    internal abstract void CopyFrom(PassOption other);
}

/// <summary>A scalar option: bool, integers, floating point, string, enum (with named choices) or a nested pipeline.</summary>
public sealed class Option<T>(string argument, string description, T defaultValue) : PassOption(argument, description)
{
    private IReadOnlyList<(string Name, T Value, string Description)>? _choices;

    public T Default { get; } = defaultValue;
    public T Value { get; set; } = defaultValue;

    public static implicit operator T(Option<T> o) => o.Value;

    /// <summary>Restricts the option to named values (MLIR's clEnumValN list).</summary>
    public Option<T> WithChoices(params (string Name, T Value)[] choices)
    {
        _choices = choices.Select(c => (c.Name, c.Value, "")).ToList();
        return this;
    }

    /// <summary>Named values with their help text.</summary>
    public Option<T> WithChoices(params (string Name, T Value, string Description)[] choices) { _choices = choices; return this; }

    public override string? ValueName => _choices is not null ? "value" : OptionCodec<T>.ValueName;

    public override IEnumerable<(string Name, string Description)> ChoiceHelp =>
        _choices?.Select(c => (c.Name, c.Description)) ?? [];

    internal override string? HandleOccurrence(string? value)
    {
        if (value is null && typeof(T) != typeof(bool)) return "requires a value!";
        if (!TryParseValue(value ?? "", out T parsed, out string? error)) return error;
        Value = parsed;
        HasValue = true;
        return null;
    }

    private bool TryParseValue(string text, out T value, out string? error)
    {
        if (_choices is not null)
        {
            foreach (var (n, v, _) in _choices)
                if (n == text) { value = v; error = null; return true; }
            value = default!;
            error = $"Cannot find option named '{text}'!";
            return false;
        }
        return OptionCodec<T>.TryParse(text, out value, out error);
    }

    public override void Print(StringBuilder sb)
    {
        sb.Append(Argument).Append('=');
        if (_choices is not null)
        {
            foreach (var (n, v, _) in _choices)
                if (EqualityComparer<T>.Default.Equals(v, Value)) { sb.Append(n); return; }
            throw new InvalidOperationException($"option '{Argument}' holds a value with no name");
        }
        OptionCodec<T>.Print(sb, Value);
    }

    internal override void CopyFrom(PassOption other)
    {
        var o = (Option<T>)other;
        Value = OptionCodec<T>.Copy(o.Value);
        HasValue = o.HasValue;
    }
}

/// <summary>A comma-separated list option (`name=a,b,{c d}`), printed as `name={a,b,{c d}}`.</summary>
public sealed class ListOption<T> : PassOption
{
    private bool _defaultAssigned;

    public ListOption(string argument, string description, params T[] defaults) : base(argument, description)
    {
        Values = new List<T>(defaults);
        _defaultAssigned = defaults.Length > 0;
    }

    public List<T> Values { get; private set; }

    public override string? ValueName => OptionCodec<T>.ValueName;

    internal override string? HandleOccurrence(string? value)
    {
        if (value is null) return "requires a value!";
        // The first explicit occurrence replaces the defaults; later ones append, as llvm::cl::list.
        if (_defaultAssigned) { Values = new List<T>(); _defaultAssigned = false; }
        HasValue = true;
        foreach (var item in PassOptionsParser.SplitCommaSeparated(value))
        {
            if (!OptionCodec<T>.TryParse(item, out T v, out string? error)) return error;
            Values.Add(v);
        }
        return null;
    }

    public override void Print(StringBuilder sb)
    {
        // A list never set prints nothing at all (MLIR keeps the separating space, hence `{  a=1}`);
        // one set to nothing prints `name={}`.
        if (Values.Count == 0 && !HasValue) return;
        sb.Append(Argument).Append("={");
        for (int i = 0; i < Values.Count; i++)
        {
            if (i > 0) sb.Append(',');
            OptionCodec<T>.Print(sb, Values[i]);
        }
        sb.Append('}');
    }

    internal override void CopyFrom(PassOption other)
    {
        var o = (ListOption<T>)other;
        Values = o.Values.Select(OptionCodec<T>.Copy).ToList();
        HasValue = o.HasValue;
        _defaultAssigned = o._defaultAssigned;
    }
}
