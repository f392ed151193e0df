using Lce.Dialects.Tf;
using Lce.IR;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Tf.PrepareTf;

/// <summary>
/// tf.FakeQuantWithMinMaxVarsPerChannel on a constant (a quantization-aware-trained weight, one
/// range per last-dimension channel) folds into a float constant holding the fake-quantized
/// values, as TF's constant folding of the op does before the quantization passes; prepare-quantize
/// then quantizes that weight per channel from its content (LCE relies on this: weight fake-quant
/// ops are folded away). The values follow TF's FakeQuant kernel in f32: the range is nudged so
/// that zero is a storage value, each input is clamped to it and rounded to the nearest step.
/// A non-constant input is left alone (the converter then reports the op).
/// </summary>
public sealed class FakeQuantPerChannelPattern() : RewritePattern("tf.FakeQuantWithMinMaxVarsPerChannel", 1)
{
    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        if (op.NumOperands != 3 || op.NumResults != 1) return false;
        if (!Constant(op.GetOperand(0), out var input) || !Constant(op.GetOperand(1), out var min) || !Constant(op.GetOperand(2), out var max)) return false;
        if (input.ShapedType is not RankedTensorType { HasStaticShape: true, Rank: > 0 } type) return false;
        int channels = (int)type.Shape[^1];
        float[] x = input.ToF32Array(), lo = min.ToF32Array(), hi = max.ToF32Array();
        if (lo.Length != channels || hi.Length != channels) return false;
        int bits = (int)(op.GetAttr("num_bits") is IntegerAttr n ? (long)n.Value : 8);
        if (bits is < 2 or > 16) return false;
        bool narrow = TfAttrs.Bool(op, "narrow_range") ?? false;
        float quantMin = narrow ? 1 : 0, quantMax = (1 << bits) - 1;
        var folded = new float[x.Length];
        for (int c = 0; c < channels; c++)
        {
            if (!(lo[c] <= hi[c])) return false;
            var (nudgedMin, nudgedMax, scale) = Nudge(lo[c], hi[c], quantMin, quantMax);
            float inverse = 1.0f / scale;
            for (int i = c; i < x.Length; i += channels)
            {
                float clamped = Math.Clamp(x[i], nudgedMin, nudgedMax) - nudgedMin;
                folded[i] = MathF.Floor(clamped * inverse + 0.5f) * scale + nudgedMin;
            }
        }
        rewriter.SetInsertionPoint(op);
        var value = DenseElementsValues.FromF32(rewriter.Context, type, folded);
        rewriter.ReplaceOp(op, [Lce.Dialects.Arith.ConstantOp.Build(rewriter, value, op.Location).GetResult(0)]);
        return true;
    }

    /// <summary>TF's Nudge: the zero point rounded into the storage range, and the range it implies.</summary>
    private static (float Min, float Max, float Scale) Nudge(float min, float max, float quantMin, float quantMax)
    {
        float scale = (max - min) / (quantMax - quantMin);
        if (scale == 0) return (0, 0, 1);
        float zeroPointFromMin = quantMin - min / scale;
        float nudgedZeroPoint = zeroPointFromMin < quantMin ? quantMin : zeroPointFromMin > quantMax ? quantMax : MathF.Round(zeroPointFromMin, MidpointRounding.AwayFromZero);
        return ((quantMin - nudgedZeroPoint) * scale, (quantMax - nudgedZeroPoint) * scale, scale);
    }

    private static bool Constant(Value v, out DenseElementsAttr attr)
    {
        attr = null!;
        if (!Matchers.MatchConstant(v, out var a) || a is not DenseElementsAttr d || !d.IsF32()) return false;
        attr = d;
        return true;
    }
}
