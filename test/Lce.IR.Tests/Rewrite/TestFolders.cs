namespace Lce.Tests.Rewrite;

using Lce.IR;
using Lce.IR.Rewrite;

/// <summary>
/// Small folders installed by rewrite unit tests (`setup: "addi-fold"`), independent of the
/// dialect's own folders: arith.addi folds `x + 0` to `x` and adds two scalar integer constants
/// (a subset of MLIR's fold).
/// </summary>
internal static class TestFolders
{
    public static void Install(IRContext ctx, string setup)
    {
        foreach (var name in setup.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            switch (name)
            {
                case "addi-fold": InstallAddI(ctx); break;
                default: throw new ArgumentException($"unknown test setup '{name}'");
            }
        }
    }

    private static void InstallAddI(IRContext ctx)
    {
        var addi = ctx.GetDialect("arith")!.Operations.Single(o => o.Name == "arith.addi");
        addi.Fold((op, operands) =>
        {
            if (Matchers.IsZero(op.GetOperand(1))) return [op.GetOperand(0)];
            if (operands[0] is IntegerAttr l && operands[1] is IntegerAttr r && ReferenceEquals(l.Type, r.Type))
                return [IntegerAttr.Get(ctx, l.Type, l.Value + r.Value)];
            return null;
        });
    }
}
