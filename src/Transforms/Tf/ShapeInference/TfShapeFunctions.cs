using Lce.Dialects.Tf;
using Lce.IR;
using Broadcasting = Lce.Dialects.Tfl.Broadcast;

namespace Lce.Transforms.Tf.ShapeInference;

/// <summary>
/// The result shapes of the tf ops binarized networks use, from operand types and constant
/// operands, as TensorFlow's shape functions give them (a dimension that cannot be known is
/// dynamic). <see cref="Infer"/> returns one shape per result, or null when the op is not
/// covered or nothing can be said (e.g. an unranked operand).
/// </summary>
public static class TfShapeFunctions
{
    private const long Dyn = ShapedType.Dynamic;

    private static readonly HashSet<string> SameShape =
    [
        "tf.Relu", "tf.Relu6", "tf.Tanh", "tf.Sigmoid", "tf.Sign", "tf.Softmax", "tf.Identity", "tf.Cast",
        "tf.LogicalNot", "tf.StopGradient", "tf.Snapshot", "tf.CheckNumerics", "tf.PlaceholderWithDefault",
        "tf.FakeQuantWithMinMaxVars", "tf.Rsqrt", "tf.Sqrt", "tf.Neg", "tf.Abs", "tf.Square",
    ];

    private static readonly HashSet<string> Broadcasting2 =
    [
        "tf.Add", "tf.AddV2", "tf.Sub", "tf.Mul", "tf.Div", "tf.RealDiv", "tf.Maximum", "tf.Minimum",
        "tf.Greater", "tf.GreaterEqual", "tf.Less", "tf.LessEqual", "tf.Equal", "tf.NotEqual", "tf.SquaredDifference",
    ];

    public static long[]?[]? Infer(Operation op)
    {
        string name = op.Name;
        if (SameShape.Contains(name) || name is "tf.BiasAdd" or "tf.Select") return [Shape(op.GetOperand(name == "tf.Select" ? 1 : 0))];
        if (Broadcasting2.Contains(name)) return [BroadcastAll(op.GetOperand(0), op.GetOperand(1))];
        return name switch
        {
            "tf.SelectV2" => [BroadcastAll(op.GetOperand(0), op.GetOperand(1), op.GetOperand(2))],
            "tf.IdentityN" => op.Operands.Select(Shape).ToArray(),
            "tf.FusedBatchNormV3" => FusedBatchNorm(op),
            "tf.Conv2D" => [Conv2D(op)],
            "tf.DepthwiseConv2dNative" => [Depthwise(op)],
            "tf.MaxPool" or "tf.AvgPool" => [Pool(op)],
            "tf.MatMul" => [MatMul(op)],
            "tf.Mean" or "tf.Sum" or "tf.Max" or "tf.Min" or "tf.Prod" => [Reduce(op)],
            "tf.Reshape" => [Reshape(op)],
            "tf.Squeeze" => [Squeeze(op)],
            "tf.ExpandDims" => [ExpandDims(op)],
            "tf.Transpose" => [Transpose(op)],
            "tf.Pad" or "tf.PadV2" => [Pad(op)],
            "tf.ConcatV2" => [Concat(op)],
            "tf.Shape" => Shape(op.GetOperand(0)) is { } s ? [[s.Length]] : null,
            _ => null,
        };
    }

    /// <summary>The shape of a ranked tensor value, else null.</summary>
    public static long[]? Shape(Value v) => v.Type is RankedTensorType r ? r.Shape.ToArray() : null;

    private static long[]? BroadcastAll(params Value[] values)
    {
        long[]? result = [];
        foreach (var v in values)
        {
            if (Shape(v) is not { } s) return null;
            result = Broadcasting.Shape(result, s);
            if (result is null) return null;
        }
        return result;
    }

    private static long[]?[]? FusedBatchNorm(Operation op)
    {
        var channels = Shape(op.GetOperand(1)) is [var c] ? c : Dyn;
        var results = new long[]?[op.NumResults];
        results[0] = Shape(op.GetOperand(0));
        for (int i = 1; i < Math.Min(5, op.NumResults); i++) results[i] = [channels];
        return results;
    }

    private static long[]? Conv2D(Operation op) =>
        op.GetOperand(0).Type is ShapedType input && op.GetOperand(1).Type is ShapedType filter
        && Conv2DRules.InferResultType(op.Context, input, filter, TfAttrs.Conv(op)) is RankedTensorType r ? r.Shape.ToArray() : null;

    /// <summary>NHWC depthwise: channels = in · multiplier, spatial sizes as Conv2D.</summary>
    private static long[]? Depthwise(Operation op)
    {
        if (Shape(op.GetOperand(0)) is not [var n, var h, var w, _] || Shape(op.GetOperand(1)) is not [var kh, var kw, var cin, var mult]) return null;
        if ((TfAttrs.String(op, "data_format") ?? "NHWC") != "NHWC") return null;
        var strides = TfAttrs.I64Array(op, "strides") ?? [1, 1, 1, 1];
        var dilations = TfAttrs.I64Array(op, "dilations") ?? [1, 1, 1, 1];
        var explicitPads = TfAttrs.I64Array(op, "explicit_paddings") ?? [];
        string padding = TfAttrs.String(op, "padding") ?? "VALID";
        if (strides.Count != 4 || dilations.Count != 4) return null;
        long Spatial(long size, long k, int dim) =>
            size == Dyn || k == Dyn ? Dyn
            : Conv2DRules.WindowedOutputSize(size, k, dilations[dim], strides[dim], padding,
                explicitPads.Count == 8 ? explicitPads[2 * dim] : 0, explicitPads.Count == 8 ? explicitPads[2 * dim + 1] : 0) ?? Dyn;
        return [n, Spatial(h, kh, 1), Spatial(w, kw, 2), cin == Dyn || mult == Dyn ? Dyn : cin * mult];
    }

    private static long[]? Pool(Operation op)
    {
        if (Shape(op.GetOperand(0)) is not [var n, var h, var w, var c]) return null;
        if ((TfAttrs.String(op, "data_format") ?? "NHWC") != "NHWC") return null;
        if (TfAttrs.I64Array(op, "ksize") is not [1, var kh, var kw, 1] || TfAttrs.I64Array(op, "strides") is not [1, var sh, var sw, 1]) return null;
        string padding = TfAttrs.String(op, "padding") ?? "VALID";
        long Spatial(long size, long k, long s) => size == Dyn ? Dyn : Conv2DRules.WindowedOutputSize(size, k, 1, s, padding, 0, 0) ?? Dyn;
        return [n, Spatial(h, kh, sh), Spatial(w, kw, sw), c];
    }

    private static long[]? MatMul(Operation op)
    {
        if (Shape(op.GetOperand(0)) is not [var a0, var a1] || Shape(op.GetOperand(1)) is not [var b0, var b1]) return null;
        bool ta = TfAttrs.Bool(op, "transpose_a") ?? false, tb = TfAttrs.Bool(op, "transpose_b") ?? false;
        return [ta ? a1 : a0, tb ? b0 : b1];
    }

    /// <summary>Reductions over constant axes (negative axes count from the end).</summary>
    private static long[]? Reduce(Operation op)
    {
        if (Shape(op.GetOperand(0)) is not { } input || TfConstants.IntElements(op.GetOperand(1)) is not { } axes) return null;
        bool keep = TfAttrs.Bool(op, "keep_dims") ?? false;
        var reduced = new HashSet<long>();
        foreach (var a in axes)
        {
            long axis = a < 0 ? a + input.Length : a;
            if (axis < 0 || axis >= input.Length) return null;
            reduced.Add(axis);
        }
        var result = new List<long>();
        for (int i = 0; i < input.Length; i++)
            if (!reduced.Contains(i)) result.Add(input[i]);
            else if (keep) result.Add(1);
        return result.ToArray();
    }

    private static long[]? Reshape(Operation op) =>
        ReshapeRules.ExpectedType(op.Context, op.GetOperand(0), op.GetOperand(1), _ => false) is RankedTensorType r ? r.Shape.ToArray() : null;

    private static long[]? Squeeze(Operation op)
    {
        if (Shape(op.GetOperand(0)) is not { } input) return null;
        var dims = TfAttrs.I64Array(op, "squeeze_dims") ?? [];
        var squeezed = dims.Select(d => d < 0 ? d + input.Length : d).ToHashSet();
        if (squeezed.Count == 0 && input.Any(d => d == Dyn)) return null;
        var result = new List<long>();
        for (int i = 0; i < input.Length; i++)
            if (squeezed.Count == 0 ? input[i] != 1 : !squeezed.Contains(i)) result.Add(input[i]);
        return result.ToArray();
    }

    private static long[]? ExpandDims(Operation op)
    {
        if (Shape(op.GetOperand(0)) is not { } input || TfConstants.IntElements(op.GetOperand(1)) is not [var a]) return null;
        long axis = a < 0 ? a + input.Length + 1 : a;
        if (axis < 0 || axis > input.Length) return null;
        var result = input.ToList();
        result.Insert((int)axis, 1);
        return result.ToArray();
    }

    private static long[]? Transpose(Operation op)
    {
        if (Shape(op.GetOperand(0)) is not { } input || TfConstants.IntElements(op.GetOperand(1)) is not { } perm || perm.Length != input.Length) return null;
        if (perm.Any(p => p < 0 || p >= input.Length)) return null;
        return perm.Select(p => input[p]).ToArray();
    }

    private static long[]? Pad(Operation op)
    {
        if (Shape(op.GetOperand(0)) is not { } input || TfConstants.IntElements(op.GetOperand(1)) is not { } pads || pads.Length != 2 * input.Length) return null;
        return input.Select((d, i) => d == Dyn ? Dyn : d + pads[2 * i] + pads[2 * i + 1]).ToArray();
    }

    private static long[]? Concat(Operation op)
    {
        int n = op.NumOperands - 1;
        if (n < 1 || TfConstants.IntElements(op.GetOperand(n)) is not [var a]) return null;
        var shapes = new List<long[]>();
        for (int i = 0; i < n; i++) if (Shape(op.GetOperand(i)) is { } s) shapes.Add(s); else return null;
        int rank = shapes[0].Length;
        long axis = a < 0 ? a + rank : a;
        if (axis < 0 || axis >= rank || shapes.Any(s => s.Length != rank)) return null;
        var result = new long[rank];
        for (int d = 0; d < rank; d++)
        {
            if (d == axis) { result[d] = shapes.Any(s => s[d] == Dyn) ? Dyn : shapes.Sum(s => s[d]); continue; }
            result[d] = shapes.Select(s => s[d]).FirstOrDefault(x => x != Dyn, Dyn);
        }
        return result;
    }
}
