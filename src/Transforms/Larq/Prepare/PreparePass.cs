using Lce.IR.Passes;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Larq.Prepare;

/// <summary>
/// `tfl-prepare-lce` (LCE's PrepareLCE): turns the TensorFlow forms of binarization and binary
/// convolution into lq ops — ste_sign selects and the legacy sign into Quantize/Dequantize,
/// convolutions of dequantized input with ±scale filters into lq.Bconv2d (SAME zero padding on
/// arm only; SAME one padding from an explicit PadV2) — after TF's dilated-convolution rewrite
/// has folded SpaceToBatchND/BatchToSpaceND chains.
/// </summary>
public sealed class PreparePass : GreedyPatternPass
{
    private readonly Option<LceTarget> _target;

    public PreparePass() => _target = TargetOption.Add(Option);

    public override string Argument => "tfl-prepare-lce";
    // PassWrapper names a pass by its C++ type (llvm::getTypeName), as IR dump headers show.
    public override string Name => "mlir::TFL::PrepareLCE";
    public override string Description => "Inject LCE Ops";

    protected override void Populate(RewritePatternSet patterns) => PreparePatterns.AddTo(patterns, _target.Value);

    // HasValidFilterShape's errors are reported once per run on a function.
    protected override void RunOnOperation()
    {
        using var _ = OnceDiagnostics.Begin();
        base.RunOnOperation();
    }
}
