using System.Numerics;

namespace Lce.FileCheck.Numeric;

/// <summary>
/// A numeric variable shared by all patterns that mention it. Its value is set when a
/// definition matches and cleared at a CHECK-LABEL boundary under --enable-var-scope.
/// </summary>
public sealed class NumericVariable(string name, ExpressionFormat format, int? definedOnLine)
{
    public string Name { get; } = name;
    public ExpressionFormat Format { get; set; } = format;
    /// <summary>Check-file line of the definition, used to reject uses on the same line; null for -D or never defined.</summary>
    public int? DefinedOnLine { get; set; } = definedOnLine;
    public BigInteger? Value { get; set; }
    /// <summary>The matched text the value came from (for diagnostics).</summary>
    public string? StringValue { get; set; }
}

/// <summary>An error found while evaluating an expression at match time.</summary>
public sealed class EvaluationException(string message, string? undefinedVariable = null) : Exception(message)
{
    public string? UndefinedVariable { get; } = undefinedVariable;
}
