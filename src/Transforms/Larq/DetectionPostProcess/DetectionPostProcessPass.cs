using Lce.IR.Rewrite;

namespace Lce.Transforms.Larq.DetectionPostProcess;

/// <summary>
/// `-detection-postprocess-int` (LCE's DetectionPostProcess): lets TFLite's detection
/// post-processing custom op read its int8 inputs directly (RemoveDequantizeBeforePostProcess).
/// </summary>
public sealed class DetectionPostProcessPass : GreedyPatternPass
{
    public override string Argument => "detection-postprocess-int";
    public override string Name => "mlir::TFL::DetectionPostProcess";
    public override string Description => "Make detection postprocessing op run with int8 input";

    protected override void Populate(RewritePatternSet patterns) => patterns.Add(new RemoveDequantizeBeforePostProcess());
}
