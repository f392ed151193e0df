using Lce.IR.Passes;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Larq.Optimize;

/// <summary>
/// `tfl-optimize-lce` (LCE's OptimizeLCE): simplifies quantized comparisons, folds constant
/// arithmetic and activations that follow a binary convolution into it, reorders max-pool and
/// quantize into a binary max-pool (arm), and makes binary convolutions whose output is only
/// bitpacked write bitpacked output through per-channel thresholds.
/// </summary>
public sealed class OptimizeLcePass : GreedyPatternPass
{
    private static readonly Lce.IR.Rewrite.Pdll.NativeRegistry Natives = OptimizeNatives.Create();
    private static readonly PdllPatternFile Common = new("Larq/Optimize/OptimizeCommon.pdll", Natives);
    private static readonly PdllPatternFile ArmOnly = new("Larq/Optimize/OptimizeTargetArm.pdll", Natives);
    private static readonly PdllPatternFile BitpackActivations = new("Larq/Optimize/BitpackActivations.pdll", Natives);

    private readonly Option<LceTarget> _target;

    public OptimizeLcePass() => _target = TargetOption.Add(Option);

    /// <summary>The pass for <paramref name="target"/> (LCE's CreateOptimizeLCEPass).</summary>
    public OptimizeLcePass(LceTarget target) : this() => _target.Value = target;

    public override string Argument => "tfl-optimize-lce";
    // PassWrapper names a pass by its C++ type (llvm::getTypeName), as IR dump headers show.
    public override string Name => "mlir::TFL::OptimizeLCE";
    public override string Description => "Optimize within the TensorFlow Lite dialect";

    /// <summary>The platform whose kernels the rewritten IR targets.</summary>
    public LceTarget Target => _target.Value;

    /// <summary>
    /// Adds the patterns for <paramref name="target"/> in LCE's order, as optimize.cc selects
    /// them: the common patterns, then (arm only) the binary max-pool pattern (LCE's arm file
    /// includes the common one), then the bitpack-activation patterns, which every target gets.
    /// </summary>
    public static void PopulatePatterns(RewritePatternSet patterns, LceTarget target)
    {
        Common.AddAll(patterns);
        if (target == LceTarget.Arm) ArmOnly.AddAll(patterns);
        BitpackActivations.AddAll(patterns);
    }

    protected override void Populate(RewritePatternSet patterns) => PopulatePatterns(patterns, _target.Value);
}
