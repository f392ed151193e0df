using Lce.IR;
using Lce.IR.Passes;
using Lce.IR.Rewrite;
using Lce.Transforms.Larq;
using Lce.Transforms.Tfl.LegalizeTf;

namespace Lce.Transforms.Tf.PrepareTf;

/// <summary>
/// `tfl-prepare-tf` (TF 2.16's PrepareTFPass): rewrites tf ops into forms LegalizeTF turns into
/// tfl ops one for one, in TF's two greedy phases on each func.func:
/// 1. inference batch norm into mul/add (<see cref="FusedBatchNormPattern"/>), tf.Identity
///    removal, fake-quant ranges into tfl.quantize/dequantize;
/// 2. the pass-through and constant patterns of prepare_patterns.td, batch matmul unfolding
///    (with `unfold_batch_matmul`), and the convolutions (zero bias, HWIO filter to OHWI by a
///    tf.Transpose, depthwise filter reshaped, EXPLICIT padding as tf.Pad), shared with
///    `tfl-legalize-tf`.
/// </summary>
public sealed class PrepareTfPass : Pass
{
    private readonly Option<bool> _unfoldBatchMatMul;
    private readonly object _lock = new();
    private (IRContext Context, FrozenRewritePatternSet Phase1, FrozenRewritePatternSet Phase2)? _frozen;

    public PrepareTfPass()
    {
        _unfoldBatchMatMul = Option("unfold_batch_matmul", "Unfold BatchMatMul into individual MatMul ops.", true);
        Option("allow-bf16-and-f16-type-legalization", "Allow bf16 type legalization.", false);
        Option("use-fake-quant-num-bits", "Use quantization calculated from fake quant attributes.", false);
    }

    public override string Argument => "tfl-prepare-tf";
    public override string Name => "PrepareTFPass";
    public override string Description => "Prepare TF for legalization to TensorFlow Lite dialect.";
    public override string? AnchorName => "func.func";

    protected override void RunOnOperation()
    {
        var (phase1, phase2) = Patterns(Operation.Context);
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(Operation, phase1, GreedyPatternPass.LceConfig);
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(Operation, phase2, GreedyPatternPass.LceConfig);
    }

    public override Pass Clone()
    {
        var copy = (PrepareTfPass)base.Clone();
        lock (_lock) copy._frozen = _frozen;
        return copy;
    }

    private (FrozenRewritePatternSet, FrozenRewritePatternSet) Patterns(IRContext ctx)
    {
        lock (_lock)
        {
            if (_frozen is { } f && ReferenceEquals(f.Context, ctx)) return (f.Phase1, f.Phase2);
            var phase1 = new RewritePatternSet(ctx);
            phase1.Add(new FusedBatchNormPattern());
            phase1.Add(new RemoveIdentityPattern());
            phase1.Add(new FakeQuantPattern());
            phase1.Add(new FakeQuantArgsPattern());
            phase1.Add(new FakeQuantPerChannelPattern());

            var phase2 = new RewritePatternSet(ctx);
            phase2.Add(new ConvertTfConstPattern());
            foreach (var root in ToIdentityPattern.Roots) phase2.Add(new ToIdentityPattern(root));
            phase2.Add(new RemoveIdentityNPattern());
            if (_unfoldBatchMatMul.Value)
                foreach (var root in BatchMatMulPattern.Roots) phase2.Add(new BatchMatMulPattern(root));
            phase2.Add(new Conv2DPattern());
            phase2.Add(new DepthwiseConv2DPattern());
            _frozen = (ctx, phase1.Freeze(), phase2.Freeze());
            return (_frozen.Value.Phase1, _frozen.Value.Phase2);
        }
    }
}
