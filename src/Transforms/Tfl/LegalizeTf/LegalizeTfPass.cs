using Lce.IR.Conversion;
using Lce.IR.Passes;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Tfl.LegalizeTf;

/// <summary>
/// `tfl-legalize-tf` (TF 2.16's LegalizeTFPass): converts TF ops to TFL ops on each func.func
/// with a partial dialect conversion, in two stages of up to 15 rounds each (TF repeats the
/// conversion rather than rely on one walk): first the legalization patterns, then the same
/// plus explicit broadcasting of binary ops the first stage could not legalize. Ops without a
/// pattern stay; an op the target marks illegal (a tfl op failing runtime verification) that no
/// pattern fixes fails the pass.
/// </summary>
public sealed class LegalizeTfPass : Pass
{
    private const int MaxIterations = 15;

    private readonly Option<bool> _runtimeVerification;
    private readonly Option<bool> _preserveAssertOp;

    public LegalizeTfPass()
    {
        _runtimeVerification = Option("run-tfl-runtime-verification", "Allow tfl runtime verification.", true);
        _preserveAssertOp = Option("preserve-assert-op", "Preserve AssertOp during tfl legalization.", false);
    }

    public override string Argument => "tfl-legalize-tf";
    // TF declares the pass in TableGen, whose generated base names it by its record.
    public override string Name => "LegalizeTFPass";
    public override string Description => "Legalize from TensorFlow to TensorFlow Lite dialect.";
    public override string? AnchorName => "func.func";

    protected override void RunOnOperation()
    {
        var ctx = Operation.Context;
        var target = LegalizeTfTarget.Create(ctx, _runtimeVerification.Value);

        var stage1 = new RewritePatternSet(ctx);
        LegalizeTfPatterns.AddStage1(stage1, _preserveAssertOp.Value);
        if (!ApplyRepeatedly(target, stage1.Freeze())) { SignalPassFailure(); return; }

        // Explicit BroadcastTo ops only for what stage 1 left, so they are not added needlessly.
        var stage2 = new RewritePatternSet(ctx);
        LegalizeTfPatterns.AddStage2(stage2, _preserveAssertOp.Value);
        if (!ApplyRepeatedly(target, stage2.Freeze())) SignalPassFailure();
    }

    private bool ApplyRepeatedly(ConversionTarget target, FrozenRewritePatternSet patterns)
    {
        for (int i = 0; i < MaxIterations; i++)
            if (!DialectConversion.ApplyPartialConversion(Operation, target, patterns)) return false;
        return true;
    }
}
