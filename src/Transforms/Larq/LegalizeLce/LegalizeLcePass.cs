using Lce.IR;
using Lce.IR.Rewrite;
using Lce.Serialization.CustomOptions;

namespace Lce.Transforms.Larq.LegalizeLce;

/// <summary>
/// `-tfl-legalize-lce` (LCE's LegalizeLCE): lq.Quantize, lq.Dequantize, lq.Bconv2d and
/// lq.BMaxPool2d become `tfl.custom` ops carrying LCE's FlexBuffers options. Options LCE cannot
/// write (TANH or SIGN_BIT activations, which its converter turns into undefined bytes) are an
/// error at the op, and the pass fails without rewriting anything.
/// </summary>
public sealed class LegalizeLcePass : GreedyPatternPass
{
    public override string Argument => "tfl-legalize-lce";
    public override string Name => "mlir::TFL::LegalizeLCE";
    public override string Description => "Legalize LCE ops in TensorFlow Lite dialect";

    protected override void Populate(RewritePatternSet patterns)
    {
        foreach (var name in LqCustomOps.OpNames) patterns.Add(new LegalizeToCustomOp(name) { DebugName = "LegalizeToCustomOp<" + name + ">" });
    }

    protected override void RunOnOperation()
    {
        if (!AllOptionsWritable(Operation))
        {
            SignalPassFailure();
            return;
        }
        base.RunOnOperation();
    }

    /// <summary>Emits an error at every lq op whose options cannot be encoded; true if there is none.</summary>
    private static bool AllOptionsWritable(Operation root)
    {
        bool ok = true;
        root.Walk(op =>
        {
            if (op.Name is not (LqCustomOps.Bconv2d or LqCustomOps.BMaxPool2d)) return;
            try { LqCustomOps.BuildCustomOptions(op); }
            catch (CustomOptionsException e)
            {
                op.EmitOpError("cannot be legalized to a TFLite custom op: " + e.Message);
                ok = false;
            }
        });
        return ok;
    }
}
