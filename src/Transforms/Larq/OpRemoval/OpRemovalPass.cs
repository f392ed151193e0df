using Lce.IR.Rewrite;

namespace Lce.Transforms.Larq.OpRemoval;

/// <summary>`lce-op-removal-tf` (LCE's OpRemoval): removes pass-through TensorFlow ops and turns static tf.Const into arith.constant.</summary>
public sealed class OpRemovalPass : GreedyPatternPass
{
    public override string Argument => "lce-op-removal-tf";
    // PassWrapper names a pass by its C++ type (llvm::getTypeName), as IR dump headers show.
    public override string Name => "mlir::TFL::OpRemoval";
    public override string Description => "Remove pass through TensorFlow ops";

    protected override void Populate(RewritePatternSet patterns) => OpRemovalPatterns.AddTo(patterns);
}
