using Lce.Dialects.Tf;
using Lce.IR;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Tf.PrepareTf;

/// <summary>
/// TF's FusedBatchNormV3Pat for inference (`is_training = false`): y = x·m + (offset − mean·m)
/// with m = scale / sqrt(variance + epsilon). TF builds the arithmetic as tf ops
/// (Add, Rsqrt, Mul, Sub) and relies on TF's constant folding to collapse them; this tf dialect
/// has no such folding (nor Rsqrt), so when scale, offset, mean and variance are constants — the
/// case of every frozen inference graph — the pattern computes the two per-channel constants
/// itself, in f32 as TF's kernels do, and emits `tf.Mul(x, m)` and `tf.AddV2(_, b)` (TF's
/// canonicalization turns its tf.Add into AddV2). The conditions are TF's: f32 x, NHWC or NDHWC,
/// the five auxiliary results unused, and channel dimensions that agree.
/// </summary>
public sealed class FusedBatchNormPattern() : RewritePattern("tf.FusedBatchNormV3", 1)
{
    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        if (TfAttrs.Bool(op, "is_training") != false) return false;
        var x = op.GetOperand(0);
        if (x.Type is not ShapedType { ElementType: FloatType { Width: 32 } }) return false;
        var format = TfAttrs.String(op, "data_format") ?? "NHWC";
        if (format is not ("NHWC" or "NDHWC")) return false;
        for (int i = 1; i < op.NumResults; i++) if (op.GetResult(i).HasUses) return false;
        var epsilon = (float)(TfAttrs.Float(op, "epsilon") ?? 0.0001);

        var parameters = new float[4][];
        for (int i = 0; i < 4; i++)
        {
            if (!Matchers.MatchConstant(op.GetOperand(i + 1), out var attr) || attr is not DenseElementsAttr d || !d.IsF32()) return false;
            parameters[i] = d.ToF32Array();
        }
        if (BatchNormFolding.ChannelCount(x.Type, parameters) is not { } channels) return false;
        var (multiplier, bias) = BatchNormFolding.Fold(parameters[0], parameters[1], parameters[2], parameters[3], epsilon, channels);

        var ctx = rewriter.Context;
        var loc = op.Location;
        var type = RankedTensorType.Get(ctx, [channels], FloatType.F32(ctx));
        rewriter.SetInsertionPoint(op);
        var m = TfBuild.Const(rewriter, DenseElementsValues.FromF32(ctx, type, multiplier), type, loc).GetResult(0);
        var b = TfBuild.Const(rewriter, DenseElementsValues.FromF32(ctx, type, bias), type, loc).GetResult(0);
        var resultType = op.GetResult(0).Type;
        var scaled = TfBuild.Op(rewriter, "Mul", loc, [x, m], [x.Type]).GetResult(0);
        var y = TfBuild.Op(rewriter, "AddV2", loc, [scaled, b], [resultType]).GetResult(0);
        // The unused auxiliary results are replaced by x, as TF does.
        var replacements = new List<Value> { y };
        for (int i = 1; i < op.NumResults; i++) replacements.Add(x);
        rewriter.ReplaceOp(op, replacements);
        return true;
    }
}

/// <summary>The arithmetic of batch-norm folding, in f32 as TF's kernels compute it.</summary>
public static class BatchNormFolding
{
    /// <summary>
    /// The channel count the operands agree on: x's last dimension (when static) and the length of
    /// each 1-D parameter (a one-element parameter broadcasts); null when they disagree.
    /// </summary>
    public static long? ChannelCount(IRType x, IReadOnlyList<float[]> parameters)
    {
        long channels = x is RankedTensorType { Rank: > 0 } r ? r.Shape[^1] : ShapedType.Dynamic;
        foreach (var p in parameters)
        {
            if (p.Length == 1) continue;
            if (channels != ShapedType.Dynamic && channels != p.Length) return null;
            channels = p.Length;
        }
        return channels == ShapedType.Dynamic ? parameters.Max(p => p.Length) : channels;
    }

    /// <summary>m = scale · rsqrt(variance + ε); b = offset − mean · m (each parameter broadcast to the channels).</summary>
    public static (float[] Multiplier, float[] Bias) Fold(float[] scale, float[] offset, float[] mean, float[] variance, float epsilon, long channels)
    {
        var m = new float[channels];
        var b = new float[channels];
        for (int c = 0; c < channels; c++)
        {
            float rsqrt = 1.0f / MathF.Sqrt(At(variance, c) + epsilon);
            m[c] = At(scale, c) * rsqrt;
            b[c] = At(offset, c) - At(mean, c) * m[c];
        }
        return (m, b);
    }

    private static float At(float[] values, int c) => values.Length == 1 ? values[0] : values[c];
}
