using Lce.IR;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Larq.TranslateTfl;

/// <summary>
/// `-lce-translate-tfl` (LCE's TranslateToLCE), the inverse of `-tfl-legalize-lce`: `tfl.custom`
/// ops with the codes LceQuantize, LceDequantize, LceBconv2d and LceBMaxPool2d become lq ops.
/// Where LCE would read undefined data (malformed option bytes, missing entries, enum values
/// without a name, too few operands), the op gets an error and the pass fails without rewriting.
/// </summary>
public sealed class TranslateTflPass : GreedyPatternPass
{
    public override string Argument => "lce-translate-tfl";
    public override string Name => "mlir::TFL::TranslateToLCE";
    public override string Description => "Translate TFL custom ops to LCE ops";

    protected override void Populate(RewritePatternSet patterns) =>
        patterns.Add(new TranslateToLqOp { DebugName = "TranslateToLCEPattern" });

    protected override void RunOnOperation()
    {
        if (!AllTranslatable(Operation))
        {
            SignalPassFailure();
            return;
        }
        base.RunOnOperation();
    }

    /// <summary>Emits an error at every LCE custom op that cannot be translated; true if there is none.</summary>
    private static bool AllTranslatable(Operation root)
    {
        bool ok = true;
        root.Walk(op =>
        {
            if (op.Name != "tfl.custom" || LceCustomOpReader.Read(op, out var error) is not null || error is null) return;
            op.EmitOpError("cannot be translated to an lq op: " + error);
            ok = false;
        });
        return ok;
    }
}
