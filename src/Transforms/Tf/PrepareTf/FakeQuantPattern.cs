using Lce.Dialects.Quant;
using Lce.Dialects.Tf;
using Lce.Dialects.Tfl;
using Lce.IR;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Tf.PrepareTf;

/// <summary>
/// PrepareTF's fake-quant conversion (InsertTFLQuantOpsAfterTFFakeQuantOp, per tensor): a
/// tf.FakeQuantWithMinMaxVars whose min and max are scalar f32 constants becomes
/// `tfl.dequantize(tfl.quantize(x))` with the uniform type the range gives (unsigned storage
/// of `num_bits`, narrow range from 1). A range that does not straddle zero has no such type and
/// the op stays (TF reports the same failure by not rewriting).
/// </summary>
public sealed class FakeQuantPattern() : RewritePattern("tf.FakeQuantWithMinMaxVars", 1)
{
    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        if (op.NumOperands != 3 || op.NumResults != 1) return false;
        if (Scalar(op.GetOperand(1)) is not { } min || Scalar(op.GetOperand(2)) is not { } max) return false;
        return Rewrite(op, rewriter, min, max);
    }

    /// <summary>Replaces a fake-quant op (input operand 0, `num_bits`, `narrow_range`) by quantize/dequantize of the range's type.</summary>
    internal static bool Rewrite(Operation op, PatternRewriter rewriter, double min, double max)
    {
        var input = op.GetOperand(0);
        if (input.Type is not ShapedType { ElementType: FloatType expressed } inputType) return false;
        int bits = (int)(op.GetAttr("num_bits") is IntegerAttr n ? (long)n.Value : 8);
        bool narrow = TfAttrs.Bool(op, "narrow_range") ?? false;
        if (FakeQuantRange.ToType(rewriter.Context, expressed, min, max, bits, narrow) is not { } element) return false;

        var ctx = rewriter.Context;
        IRType qtype = inputType is RankedTensorType r ? RankedTensorType.Get(ctx, r.Shape, element) : UnrankedTensorType.Get(ctx, element);
        rewriter.SetInsertionPoint(op);
        var quantized = TflBuild.Quantize(rewriter, op.Location, input, qtype);
        var dequantized = TflBuild.Dequantize(rewriter, op.Location, op.GetResult(0).Type, quantized);
        rewriter.ReplaceOp(op, [dequantized]);
        return true;
    }

    private static double? Scalar(Value v) =>
        Matchers.MatchConstant(v, out var attr) && attr is DenseElementsAttr { NumElements: 1 } d && d.IsF32() ? d.F32At(0) : null;
}

/// <summary>
/// MLIR's fakeQuantAttrsToType: the uniform quantized type of a fake-quant range, with the
/// zero point nudged to an integer of the storage range as TensorFlow's FakeQuant kernels do.
/// </summary>
public static class FakeQuantRange
{
    public static UniformQuantizedType? ToType(IRContext ctx, FloatType expressed, double rmin, double rmax, int bits, bool narrowRange, bool signed = false)
    {
        if (bits is < 2 or > 16 || rmin > 0.0 || rmax < 0.0 || rmin > rmax) return null;
        long qmin = signed ? -(1L << (bits - 1)) : 0, qmax = signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
        if (narrowRange) qmin++;
        var flags = signed ? QuantizationFlags.Signed : QuantizationFlags.None;
        var storage = IntegerType.Get(ctx, bits);
        // All values zero: scale 1 and the zero point at the bottom of the range.
        if (Math.Abs(rmax - rmin) < 2.220446049250313e-16)
            return UniformQuantizedType.TryGet(ctx, flags, storage, expressed, 1.0, qmin, qmin, qmax, out _);
        var (scale, zeroPoint) = NudgedScaleAndZeroPoint(qmin, qmax, rmin, rmax);
        return UniformQuantizedType.TryGet(ctx, flags, storage, expressed, scale, zeroPoint, qmin, qmax, out _);
    }

    /// <summary>The scale of the range and the zero point, from whichever end loses less precision, rounded into [qmin, qmax].</summary>
    public static (double Scale, long ZeroPoint) NudgedScaleAndZeroPoint(long qmin, long qmax, double rmin, double rmax)
    {
        double scale = (rmax - rmin) / (qmax - qmin);
        double fromMin = qmin - rmin / scale, fromMinError = Math.Abs((double)qmin) + Math.Abs(rmin / scale);
        double fromMax = qmax - rmax / scale, fromMaxError = Math.Abs((double)qmax) + Math.Abs(rmax / scale);
        double zero = fromMinError < fromMaxError ? fromMin : fromMax;
        long nudged = zero < qmin ? qmin : zero > qmax ? qmax : (long)Math.Round(zero, MidpointRounding.AwayFromZero);
        return (scale, nudged);
    }
}
