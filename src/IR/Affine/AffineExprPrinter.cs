using System.Globalization;
using System.Text;

namespace Lce.IR.Affine;

/// <summary>
/// Prints affine expressions the way mlir-opt does: identifiers as d0/s0, "+ x * -c" as "- x * c",
/// "+ -c" as "- c", "x * -1" as "-x", and parentheses only where an operand of a
/// multiplicative operator is itself a binary expression.
/// </summary>
public static class AffineExprPrinter
{
    public static string Print(AffineExpr expr)
    {
        var sb = new StringBuilder();
        Print(sb, expr);
        return sb.ToString();
    }

    public static void Print(StringBuilder sb, AffineExpr expr) => PrintInternal(sb, expr, strong: false);

    private static void PrintInternal(StringBuilder sb, AffineExpr expr, bool strong)
    {
        switch (expr)
        {
            case AffineDimExpr d: sb.Append('d').Append(d.Position); return;
            case AffineSymbolExpr s: sb.Append('s').Append(s.Position); return;
            case AffineConstantExpr c: sb.Append(c.Value.ToString(CultureInfo.InvariantCulture)); return;
        }
        var bin = (AffineBinaryOpExpr)expr;
        if (strong) sb.Append('(');
        if (bin.Kind == AffineExprKind.Add) PrintSum(sb, bin);
        else PrintMultiplicative(sb, bin);
        if (strong) sb.Append(')');
    }

    private static void PrintMultiplicative(StringBuilder sb, AffineBinaryOpExpr bin)
    {
        if (bin.Kind == AffineExprKind.Mul && bin.Rhs.IsConstant(-1))
        {
            sb.Append('-');
            PrintInternal(sb, bin.Lhs, strong: true);
            return;
        }
        PrintInternal(sb, bin.Lhs, strong: true);
        sb.Append(bin.Kind switch
        {
            AffineExprKind.Mul => " * ",
            AffineExprKind.FloorDiv => " floordiv ",
            AffineExprKind.CeilDiv => " ceildiv ",
            _ => " mod ",
        });
        PrintInternal(sb, bin.Rhs, strong: true);
    }

    /// <summary>
    /// A sum's left operand is always printed without parentheses, so the chain of left-nested
    /// additions is walked with a loop: long sums are left-deep trees and recursion on them could
    /// exhaust the stack.
    /// </summary>
    private static void PrintSum(StringBuilder sb, AffineBinaryOpExpr sum)
    {
        var spine = new List<AffineBinaryOpExpr>();
        AffineExpr node = sum;
        while (node is AffineBinaryOpExpr { Kind: AffineExprKind.Add } add)
        {
            spine.Add(add);
            node = add.Lhs;
        }
        PrintInternal(sb, node, strong: false);
        for (int i = spine.Count - 1; i >= 0; i--) PrintAddend(sb, spine[i].Rhs);
    }

    private static void PrintAddend(StringBuilder sb, AffineExpr rhs)
    {
        if (rhs is AffineBinaryOpExpr { Kind: AffineExprKind.Mul, Rhs: AffineConstantExpr factor } product)
        {
            if (factor.Value == -1)
            {
                sb.Append(" - ");
                // A negated sum keeps its parentheses: "a - (b + c)".
                PrintInternal(sb, product.Lhs, strong: product.Lhs.Kind == AffineExprKind.Add);
                return;
            }
            if (factor.Value < -1)
            {
                sb.Append(" - ");
                PrintInternal(sb, product.Lhs, strong: true);
                sb.Append(" * ").Append(unchecked(-factor.Value).ToString(CultureInfo.InvariantCulture));
                return;
            }
        }
        if (rhs is AffineConstantExpr { Value: < 0 } negative)
        {
            sb.Append(" - ").Append(unchecked(-negative.Value).ToString(CultureInfo.InvariantCulture));
            return;
        }
        sb.Append(" + ");
        PrintInternal(sb, rhs, strong: false);
    }
}
