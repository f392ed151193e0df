using System.Numerics;

namespace Lce.FileCheck.Numeric;

/// <summary>Expression tree of a numeric substitution block ("[[#N+1]]", "[[#max(A,B)]]").</summary>
public abstract class ExpressionNode
{
    /// <summary>Source text of this node, used in "implicit format conflict" messages.</summary>
    public string Text { get; init; } = "";
    public abstract BigInteger Evaluate();
    /// <summary>Format inherited from the variables used; None if no variable is involved.</summary>
    public abstract ExpressionFormat ImplicitFormat();
    public abstract IEnumerable<string> UndefinedVariables();
}

public sealed class LiteralNode(BigInteger value) : ExpressionNode
{
    public override BigInteger Evaluate() => value;
    public override ExpressionFormat ImplicitFormat() => default;
    public override IEnumerable<string> UndefinedVariables() => [];
}

public sealed class VariableUseNode(NumericVariable variable) : ExpressionNode
{
    public NumericVariable Variable { get; } = variable;

    public override BigInteger Evaluate() =>
        Variable.Value ?? throw new EvaluationException("undefined variable: " + Variable.Name, Variable.Name);

    public override ExpressionFormat ImplicitFormat() => Variable.Format;

    public override IEnumerable<string> UndefinedVariables() => Variable.Value is null ? [Variable.Name] : [];
}

/// <summary>@LINE: the line number of the check directive that uses it.</summary>
public sealed class LineNode(int line) : ExpressionNode
{
    public override BigInteger Evaluate() => line;
    public override ExpressionFormat ImplicitFormat() => ExpressionFormat.Unsigned;
    public override IEnumerable<string> UndefinedVariables() => [];
}

public sealed class CallNode(string function, List<ExpressionNode> args) : ExpressionNode
{
    public string Function { get; } = function;
    public List<ExpressionNode> Args { get; } = args;

    public override BigInteger Evaluate()
    {
        // Evaluate both operands first so every undefined variable gets reported.
        var undefined = UndefinedVariables().ToList();
        if (undefined.Count > 0)
            throw new EvaluationException("undefined variable: " + undefined[0], undefined[0]);
        BigInteger a = Args[0].Evaluate(), b = Args[1].Evaluate();
        return Function switch
        {
            "add" => a + b,
            "sub" => a - b,
            "mul" => a * b,
            "div" => b.IsZero ? throw new EvaluationException("division by zero") : BigInteger.Divide(a, b),
            "max" => BigInteger.Max(a, b),
            _ => BigInteger.Min(a, b),
        };
    }

    public override ExpressionFormat ImplicitFormat()
    {
        var fa = Args[0].ImplicitFormat();
        var fb = Args[1].ImplicitFormat();
        if (fa.IsSet && fb.IsSet && fa.Kind != fb.Kind)
            throw new FormatConflictException(Text, Args[0], fa, Args[1], fb);
        return fa.IsSet ? fa : fb;
    }

    public override IEnumerable<string> UndefinedVariables() => Args.SelectMany(a => a.UndefinedVariables());
}

/// <summary>Two operands whose variables have different formats and no explicit format was given.</summary>
public sealed class FormatConflictException(string text, ExpressionNode a, ExpressionFormat fa, ExpressionNode b, ExpressionFormat fb)
    : Exception($"implicit format conflict between '{a.Text}' ({fa.Spec}) and '{b.Text}' ({fb.Spec}), need an explicit format specifier")
{
    public string ExpressionText { get; } = text;
}
