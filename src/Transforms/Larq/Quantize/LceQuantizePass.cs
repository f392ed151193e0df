using Lce.IR.Rewrite;
using Lce.IR.Rewrite.Pdll;

namespace Lce.Transforms.Larq.Quantize;

/// <summary>
/// `-lce-quantize` (LCE's LCEQuantizePass): folds TFLite quantization into lq ops
/// (Quantize.pdll): fake-quantized Bconv2d multipliers and biases lose their quantize/dequantize
/// pair, and a tfl.quantize of a Bconv2d or lq.Dequantize result, or a tfl.dequantize feeding
/// lq.Quantize, is absorbed into the lq op.
/// </summary>
public sealed class LceQuantizePass : GreedyPatternPass
{
    public override string Argument => "lce-quantize";
    public override string Name => "mlir::TFL::LCEQuantizePass";
    public override string Description => "Apply hybrid quantization on models in TensorFlow Lite dialect";

    private static readonly PdllPatternFile Patterns = new("Larq/Quantize/Quantize.pdll", new NativeRegistry().AddDrrNatives());

    /// <summary>Adds the pass's patterns (its PDLL file, in LCE's order) to <paramref name="patterns"/>.</summary>
    public static void PopulatePatterns(RewritePatternSet patterns) => Patterns.AddAll(patterns);

    protected override void Populate(RewritePatternSet patterns) => PopulatePatterns(patterns);
}
