using Lce.FileCheck.Numeric;

namespace Lce.FileCheck.Patterns;

/// <summary>
/// Variables shared by all patterns of one FileCheck run: string variable values, numeric
/// variables, and the parse-time record of which string names are defined somewhere.
/// </summary>
public sealed class PatternContext
{
    public Dictionary<string, string> StringValues { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, NumericVariable> NumericVariables { get; } = new(StringComparer.Ordinal);
    /// <summary>String variables defined by some pattern parsed so far (for name-collision errors).</summary>
    public HashSet<string> DefinedStringNames { get; } = new(StringComparer.Ordinal);

    public NumericVariable LookupOrCreateNumeric(string name)
    {
        if (!NumericVariables.TryGetValue(name, out var v))
        {
            v = new NumericVariable(name, ExpressionFormat.Unsigned, null);
            NumericVariables[name] = v;
        }
        return v;
    }

    /// <summary>Forgets local (non-'$') variables at a CHECK-LABEL boundary under --enable-var-scope.</summary>
    public void ClearLocalVariables()
    {
        foreach (var name in StringValues.Keys.Where(k => !VariableNames.IsGlobal(k)).ToList())
            StringValues.Remove(name);
        foreach (var v in NumericVariables.Values)
            if (!VariableNames.IsGlobal(v.Name)) { v.Value = null; v.StringValue = null; }
    }
}
