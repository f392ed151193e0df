using System.Globalization;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using G = Lce.IR.Parsing.Generated;

namespace Lce.IR.Affine;

/// <summary>
/// Turns an Affine parse tree into a map or set, building expressions through the simplifying
/// operators in the same order as MLIR's parser (left to right, multiplicative operators first),
/// and performing MLIR's semantic checks with the same messages.
/// </summary>
internal sealed class AffineTreeBuilder
{
    private readonly Dictionary<string, AffineExpr> _identifiers = new(StringComparer.Ordinal);

    public static AffineParseResult Build(G.AffineParser.AffineMapOrSetEntryContext entry)
    {
        var builder = new AffineTreeBuilder();
        int numDims = builder.DeclareAll(entry.affineDimList().affineIdentifier(), AffineExpr.Dim);
        int numSymbols = entry.affineSymbolList() is { } syms ? builder.DeclareAll(syms.affineIdentifier(), AffineExpr.Symbol) : 0;

        if (entry.affineResultList() is { } results)
            return new AffineParseResult(AffineMap.Get(numDims, numSymbols, results.affineExpr().Select(builder.Expr).ToList()), null, null);

        var constraints = entry.affineConstraintList().affineConstraint().Select(builder.Constraint).ToList();
        // An empty constraint list is MLIR's degenerate "always true" set, spelled 0 == 0.
        var set = constraints.Count == 0 ? IntegerSet.Universe(numDims, numSymbols) : IntegerSet.Get(numDims, numSymbols, constraints);
        return new AffineParseResult(null, set, null);
    }

    private int DeclareAll(G.AffineParser.AffineIdentifierContext[] names, Func<int, AffineExpr> make)
    {
        for (int i = 0; i < names.Length; i++)
        {
            string name = names[i].GetText();
            if (_identifiers.ContainsKey(name))
                throw new AffineSemanticException($"redefinition of identifier '{name}'", names[i].Start.StartIndex);
            _identifiers[name] = make(i);
        }
        return names.Length;
    }

    private AffineConstraint Constraint(G.AffineParser.AffineConstraintContext c)
    {
        var lhs = Expr(c.affineExpr(0));
        var rhs = Expr(c.affineExpr(1));
        return c.affineRelation() switch
        {
            G.AffineParser.AffineGreaterEqualContext => new AffineConstraint(lhs - rhs, false),
            G.AffineParser.AffineLessEqualContext => new AffineConstraint(rhs - lhs, false),
            _ => new AffineConstraint(lhs - rhs, true),
        };
    }

    private AffineExpr Expr(G.AffineParser.AffineExprContext ctx)
    {
        var terms = ctx.affineTerm();
        var ops = ctx.affineAddOp();
        var result = Term(terms[0]);
        for (int i = 0; i < ops.Length; i++)
        {
            var rhs = Term(terms[i + 1]);
            result = ops[i].AFF_PLUS() is not null ? result + rhs : result - rhs;
        }
        return result;
    }

    private AffineExpr Term(G.AffineParser.AffineTermContext ctx)
    {
        var operands = ctx.affineOperand();
        var ops = ctx.affineMulOp();
        var result = Operand(operands[0]);
        for (int i = 0; i < ops.Length; i++)
        {
            var rhs = Operand(operands[i + 1]);
            // MLIR reports a bad combination at the operator that follows it, when there is one.
            int errorAt = (i + 1 < ops.Length ? ops[i + 1] : ops[i]).Start.StartIndex;
            result = Combine(ops[i].Start.Type, result, rhs, errorAt);
        }
        return result;
    }

    private static AffineExpr Combine(int op, AffineExpr lhs, AffineExpr rhs, int errorAt)
    {
        switch (op)
        {
            case G.AffineLexer.AFF_STAR:
                if (!lhs.IsSymbolicOrConstant && !rhs.IsSymbolicOrConstant)
                    throw new AffineSemanticException(
                        "non-affine expression: at least one of the multiply operands has to be either a constant or symbolic", errorAt);
                return lhs * rhs;
            case G.AffineLexer.AFF_FLOORDIV:
                RequireSymbolicDivisor(rhs, "floordiv", errorAt);
                return lhs.FloorDiv(rhs);
            case G.AffineLexer.AFF_CEILDIV:
                RequireSymbolicDivisor(rhs, "ceildiv", errorAt);
                return lhs.CeilDiv(rhs);
            default:
                RequireSymbolicDivisor(rhs, "mod", errorAt);
                return lhs % rhs;
        }
    }

    private static void RequireSymbolicDivisor(AffineExpr rhs, string op, int errorAt)
    {
        if (!rhs.IsSymbolicOrConstant)
            throw new AffineSemanticException(
                $"non-affine expression: right operand of {op} has to be either a constant or symbolic", errorAt);
    }

    private AffineExpr Operand(G.AffineParser.AffineOperandContext ctx)
    {
        switch (ctx)
        {
            case G.AffineParser.AffineParenOperandContext paren:
                return Expr(paren.affineExpr());
            case G.AffineParser.AffineNegOperandContext neg:
                // Negation is "-1 * operand", which the simplifier turns into operand * -1.
                return AffineExpr.Constant(-1) * Operand(neg.affineOperand());
            case G.AffineParser.AffineIntOperandContext integer:
                return Integer(integer.AFF_INT().Symbol);
            default:
                var id = ((G.AffineParser.AffineIdOperandContext)ctx).affineIdentifier();
                if (_identifiers.TryGetValue(id.GetText(), out var e)) return e;
                throw new AffineSemanticException("use of undeclared identifier", id.Start.StartIndex);
        }
    }

    private static AffineExpr Integer(IToken token)
    {
        string text = token.Text;
        bool ok = text.StartsWith("0x", StringComparison.Ordinal)
            ? ulong.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong value)
            : ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        if (!ok || value > long.MaxValue)
            throw new AffineSemanticException("constant too large for index", token.StartIndex);
        return AffineExpr.Constant((long)value);
    }
}
