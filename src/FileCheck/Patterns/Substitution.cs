using Lce.FileCheck.Numeric;

namespace Lce.FileCheck.Patterns;

/// <summary>
/// A value inserted into a pattern's regex at match time: a string variable defined by an
/// earlier check, or a numeric expression.
/// </summary>
internal abstract class Substitution(string fromText, int sourceOffset, int insertIndex)
{
    /// <summary>The block's text, e.g. "VAR" or "N+1", as shown in "with "N+1" equal to ...".</summary>
    public string FromText { get; } = fromText;
    /// <summary>Offset of <see cref="FromText"/> in the pattern's source file.</summary>
    public int SourceOffset { get; } = sourceOffset;
    public int InsertIndex { get; } = insertIndex;

    /// <summary>The regex text to insert; throws <see cref="EvaluationException"/>.</summary>
    public abstract string RegexValue();

    /// <summary>The quoted value for notes, or null if it cannot be computed.</summary>
    public abstract string? DiagnosticValue();
}

internal sealed class StringSubstitution(PatternContext context, string name, int sourceOffset, int insertIndex)
    : Substitution(name, sourceOffset, insertIndex)
{
    public override string RegexValue() =>
        context.StringValues.TryGetValue(FromText, out var v)
            ? RegexEscaping.Escape(v)
            : throw new EvaluationException("undefined variable: " + FromText, FromText);

    public override string? DiagnosticValue() =>
        context.StringValues.TryGetValue(FromText, out var v) ? "\"" + RegexEscaping.WriteEscaped(v) + "\"" : null;
}

internal sealed class NumericSubstitution(ExpressionNode expression, ExpressionFormat format, string text, int sourceOffset, int insertIndex)
    : Substitution(text, sourceOffset, insertIndex)
{
    public string Formatted()
    {
        var value = expression.Evaluate();
        return format.Format(value) ?? throw new EvaluationException("unable to substitute variable or numeric expression: overflow error");
    }

    public override string RegexValue() => RegexEscaping.Escape(Formatted());

    public override string? DiagnosticValue()
    {
        try { return "\"" + Formatted() + "\""; }
        catch (EvaluationException) { return null; }
    }

    public IEnumerable<string> UndefinedVariables() => expression.UndefinedVariables();
}
