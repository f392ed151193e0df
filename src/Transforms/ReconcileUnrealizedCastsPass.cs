using Lce.IR.Conversion;
using Lce.IR.Passes;

namespace Lce.Transforms;

/// <summary>
/// `reconcile-unrealized-casts`: folds chains of `builtin.unrealized_conversion_cast` that
/// round-trip to the original types and erases dead casts (MLIR's ReconcileUnrealizedCastsPass).
/// </summary>
public sealed class ReconcileUnrealizedCastsPass : Pass
{
    public override string Argument => "reconcile-unrealized-casts";
    public override string Name => "ReconcileUnrealizedCastsPass";
    public override string Description => "Simplify and eliminate unrealized conversion casts";

    protected override void RunOnOperation() => UnrealizedCasts.ReconcileAll(Operation);
}
