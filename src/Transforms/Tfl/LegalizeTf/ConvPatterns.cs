using Lce.Dialects.Tf;
using Lce.Dialects.Tfl;
using Lce.IR;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Tfl.LegalizeTf;

/// <summary>
/// TF's convolution conversions (ConvertTFConv2D and ConvertTFDepthwiseConv2dNative, which TF
/// 2.16 runs in its PrepareTF pass just before LegalizeTF). An NHWC f32 convolution with
/// strides (and dilations, else 1) of the form [1, h, w, 1] and a static rank-4 filter becomes
/// the tfl op with a zero bias `tf.Const` (one per output channel), the filter rearranged by tf
/// ops that the same conversion then legalizes, and EXPLICIT padding turned into a tf.Pad
/// before a VALID convolution. The tf ops are created in TF's order: bias, padding, filter.
/// </summary>
public abstract class ConvPattern(string root) : RewritePattern(root, 1)
{
    /// <summary>The conversion's parameters, read from the tf op (TF's ConvertTFConvOpMatchState).</summary>
    protected sealed record Window(int StrideH, int StrideW, int DilationH, int DilationW, string Padding);

    protected abstract long BiasDim(IReadOnlyList<long> filterShape);

    protected abstract Value CreateTflOp(PatternRewriter rewriter, Location loc, IRType resultType, Value input, Value filter, Value bias, Window window);

    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        var input = op.GetOperand(0);
        var filter = op.GetOperand(1);
        if (!IsF32Tensor(input.Type) || LegalizeTfNatives.DataFormat(op) != "NHWC") return false;
        if (IntList1XY1(op, "strides") is not var (strideH, strideW)) return false;
        var (dilationH, dilationW) = IntList1XY1(op, "dilations") ?? (1, 1);
        var padding = (op.GetAttr("padding") as StringAttr)?.Value ?? "";
        if (filter.Type is not RankedTensorType { Rank: 4, HasStaticShape: true } filterType) return false;
        if (input.Type is not RankedTensorType { Rank: >= 4 } inputType || inputType.Shape[3] == ShapedType.Dynamic) return false;
        // Channels that are not a multiple of the filter's input depth cannot be a (grouped) convolution.
        if (filterType.Shape[2] == 0 || inputType.Shape[3] % filterType.Shape[2] != 0) return false;

        var ctx = rewriter.Context;
        var loc = op.Location;
        rewriter.SetInsertionPoint(op);
        var biasType = RankedTensorType.Get(ctx, [BiasDim(filterType.Shape)], filterType.ElementType);
        var bias = TfBuild.Const(rewriter, Zero(ctx, biasType), biasType, loc).GetResult(0);
        if (padding == "EXPLICIT")
        {
            input = PadExplicitly(rewriter, loc, op, input, filterType);
            padding = "VALID";
        }
        var window = new Window((int)strideH, (int)strideW, (int)dilationH, (int)dilationW, padding);
        rewriter.ReplaceOp(op, [CreateTflOp(rewriter, loc, op.GetResult(0).Type, input, filter, bias, window)]);
        return true;
    }

    /// <summary>A tf.Pad of the input by `explicit_paddings` (as a [rank, 2] i32 constant), of unranked type.</summary>
    private static Value PadExplicitly(PatternRewriter rewriter, Location loc, Operation op, Value input, RankedTensorType filterType)
    {
        var ctx = rewriter.Context;
        var values = TfAttrs.I64Array(op, "explicit_paddings") ?? [];
        var type = RankedTensorType.Get(ctx, [filterType.Rank, 2], IntegerType.Get(ctx, 32));
        var paddings = TfBuild.Const(rewriter, DenseElementsValues.FromI32(ctx, type, values.Select(v => unchecked((int)v)).ToArray()), type, loc);
        return TfBuild.Op(rewriter, "Pad", loc, [input, paddings.GetResult(0)], [UnrankedTensorType.Get(ctx, filterType.ElementType)]).GetResult(0);
    }

    /// <summary>TFIntListIs1XY1(op, name, &amp;x, &amp;y): the middle entries of a [1, x, y, 1] list.</summary>
    private static (long, long)? IntList1XY1(Operation op, string name) =>
        TfAttrs.I64Array(op, name) is [1, var x, var y, 1] ? (x, y) : null;

    private static bool IsF32Tensor(IRType t) =>
        LegalizeTfNatives.TensorElement(t) is FloatType { Width: 32 } f && ReferenceEquals(f.Semantics, IR.Numerics.FloatSemantics.Single);

    private static DenseElementsAttr Zero(IRContext ctx, RankedTensorType type) =>
        DenseElementsAttr.FromRaw(ctx, type, new byte[DenseElementsAttr.ElementByteWidthOf(type.ElementType)], isSplat: true);

    /// <summary>A 1-D i32 tf.Const.</summary>
    protected static Value I32Const(PatternRewriter rewriter, Location loc, int[] values)
    {
        var ctx = rewriter.Context;
        var type = RankedTensorType.Get(ctx, [values.Length], IntegerType.Get(ctx, 32));
        return TfBuild.Const(rewriter, DenseElementsValues.FromI32(ctx, type, values), type, loc).GetResult(0);
    }
}

/// <summary>tf.Conv2D → tfl.conv_2d; the HWIO filter is transposed to OHWI by a tf.Transpose.</summary>
public sealed class Conv2DPattern() : ConvPattern("tf.Conv2D")
{
    private static readonly int[] Perm = [3, 0, 1, 2];

    protected override long BiasDim(IReadOnlyList<long> filterShape) => filterShape[^1];

    protected override Value CreateTflOp(PatternRewriter rewriter, Location loc, IRType resultType, Value input, Value filter, Value bias, Window w)
    {
        var perm = I32Const(rewriter, loc, Perm);
        var type = (RankedTensorType)filter.Type;
        var ohwi = RankedTensorType.Get(rewriter.Context, Perm.Select(d => type.Shape[d]), type.ElementType);
        var transposed = TfBuild.Op(rewriter, "Transpose", loc, [filter, perm], [ohwi]).GetResult(0);
        return TflBuild.Conv2D(rewriter, loc, resultType, input, transposed, bias, w.DilationH, w.DilationW, TflEnums.None,
            w.Padding, w.StrideH, w.StrideW);
    }
}

/// <summary>
/// tf.DepthwiseConv2dNative → tfl.depthwise_conv_2d; the [h, w, in, multiplier] filter is
/// reshaped to [1, h, w, in * multiplier] by a tf.Reshape and the multiplier becomes
/// `depth_multiplier`.
/// </summary>
public sealed class DepthwiseConv2DPattern() : ConvPattern("tf.DepthwiseConv2dNative")
{
    protected override long BiasDim(IReadOnlyList<long> filterShape) => filterShape[2] * filterShape[3];

    protected override Value CreateTflOp(PatternRewriter rewriter, Location loc, IRType resultType, Value input, Value filter, Value bias, Window w)
    {
        var type = (RankedTensorType)filter.Type;
        long multiplier = type.Shape[3];
        long[] shape = [1, type.Shape[0], type.Shape[1], type.Shape[2] * type.Shape[3]];
        var shapeConst = I32Const(rewriter, loc, shape.Select(d => d == ShapedType.Dynamic ? -1 : (int)d).ToArray());
        var reshapedType = RankedTensorType.Get(rewriter.Context, shape, type.ElementType);
        var reshaped = TfBuild.Op(rewriter, "Reshape", loc, [filter, shapeConst], [reshapedType]).GetResult(0);
        return TflBuild.DepthwiseConv2D(rewriter, loc, resultType, input, reshaped, bias, w.DilationH, w.DilationW, TflEnums.None,
            w.Padding, w.StrideH, w.StrideW, (int)multiplier);
    }
}
