using Lce.IR;
using Lce.IR.Passes;
using Lce.IR.Rewrite;

namespace CustomPass;

/// <summary>
/// `custom-lower-double`: applies <see cref="LowerDoublePattern"/> greedily on each function,
/// counting the rewrites (`--mlir-pass-statistics`). With `keep-first`, the first
/// `custom.double` of each function is left alone (to show an option).
/// </summary>
public sealed class LowerDoublePass : Pass
{
    private readonly Option<bool> _keepFirst;
    private readonly PassStatistic _lowered;

    public LowerDoublePass()
    {
        _keepFirst = Option("keep-first", "Leave the first custom.double of each function in place", false);
        _lowered = Statistic("num-lowered", "Number of custom.double ops lowered");
    }

    public override string Argument => "custom-lower-double";
    public override string Name => "LowerDouble";
    public override string Description => "Lower custom.double to arith.addi";
    public override string? AnchorName => "func.func";

    protected override void RunOnOperation()
    {
        Operation? first = null;
        if (_keepFirst.Value)
            Operation.Walk(op =>
            {
                if (op.Name != "custom.double") return WalkResult.Advance;
                first = op;
                return WalkResult.Interrupt;
            }, WalkOrder.PreOrder);

        var patterns = new RewritePatternSet(Context);
        var lower = new LowerDoublePattern();
        patterns.Add("custom.double", (op, rewriter) =>
        {
            if (op == first || !lower.MatchAndRewrite(op, rewriter)) return false;
            _lowered.Add();
            return true;
        }, debugName: nameof(LowerDoublePattern));
        if (!GreedyPatternRewriteDriver.ApplyPatternsGreedily(Operation, patterns.Freeze(), null, out bool changed))
            SignalPassFailure();
        if (!changed) MarkAllAnalysesPreserved();
    }
}
