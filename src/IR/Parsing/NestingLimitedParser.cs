using Antlr4.Runtime;
using G = Lce.IR.Parsing.Generated;

namespace Lce.IR.Parsing;

/// <summary>
/// The generated parser with a bound on rule nesting, so that pathological input such as
/// 100,000 nested `tuple&lt;` becomes a diagnostic instead of a stack overflow.
/// </summary>
internal sealed class NestingLimitedParser(ITokenStream input, ParserSession session) : G.MlirParser(input)
{
    private int _depth;

    /// <summary>Nesting of rules currently active (reset by each entry from the C# parser).</summary>
    public void ResetDepth() => _depth = 0;

    public override void EnterRule(ParserRuleContext localctx, int state, int ruleIndex)
    {
        base.EnterRule(localctx, state, ruleIndex);
        // Most nesting levels of the source cost two or three rules (type -> nonFunctionType -> ...).
        if (++_depth > 3 * session.Options.MaxNestingDepth + 16)
            throw session.Error(CurrentToken, "nesting of types or attributes is too deep");
    }

    public override void ExitRule()
    {
        _depth--;
        base.ExitRule();
    }
}
