using Lce.IR.Passes;
using Lce.IR.Rewrite;
using Lce.Transforms.Larq;

namespace Lce.Transforms.Tfl.Optimize;

/// <summary>
/// `tfl-optimize` (TF 2.16's TFL::OptimizePass), the fusions binarized models rely on: activation
/// functions into the op before them, per-channel add/sub/mul/div constants into convolution and
/// fully connected weights and bias (batch-norm folding), with the greedy driver folding the tfl
/// ops on constants. With `enable-canonicalization` (as LCE's pipeline runs it) the registered
/// canonicalization patterns join, e.g. tfl.reshape's folding of consecutive reshapes.
/// </summary>
public sealed class OptimizeTflPass : GreedyPatternPass
{
    private readonly Option<bool> _canonicalize;

    public OptimizeTflPass()
    {
        _canonicalize = Option("enable-canonicalization", "Enable canonicalization during optimization pass.", false);
    }

    public override string Argument => "tfl-optimize";
    public override string Name => "OptimizePass";
    public override string Description => "Optimize within the TensorFlow Lite dialect.";

    protected override void Populate(RewritePatternSet set)
    {
        if (_canonicalize.Value) CanonicalizePass.AddCanonicalizationPatterns(set);
        foreach (var (op, fused) in ActivationFusionPattern.Activations) set.Add(new ActivationFusionPattern(op, fused));
        foreach (var op in AffineFusionPattern.BinaryOps) set.Add(new AffineFusionPattern(op));
    }
}
