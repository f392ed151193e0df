using Lce.IR;

namespace Lce.Transforms.Larq.Prepare;

/// <summary>
/// LCE's test for convolution weights that a binary convolution can take over (prepare_tf.cc
/// IsBinaryFilter, GetScaleVector, GetConstantVector). A filter is HWIO f32; output channel o
/// is binary with scale F[0,0,0,o] when every weight of that channel is ±scale within 0.5 %.
/// The arithmetic is single precision as in C++, so NaN weights pass (every comparison with
/// NaN is false) exactly as they do in LCE.
/// </summary>
public static class BinaryFilter
{
    /// <summary>C's FLT_EPSILON (not .NET's float.Epsilon, the smallest denormal).</summary>
    public const float FltEpsilon = 1.1920928955078125e-07f;

    /// <summary>How far |w / scale| may be from 1.</summary>
    public const float Tolerance = 0.005f;

    /// <summary>
    /// Whether <paramref name="filter"/> is a rank-4 f32 dense attribute whose channels are
    /// binary: for every output channel o, |F[0,0,0,o]| &gt; FLT_EPSILON and every
    /// | |F[h,w,i,o] / F[0,0,0,o]| − 1 | ≤ 0.005. A filter without elements is rejected (LCE
    /// would accept it and then read the scale out of bounds).
    /// </summary>
    public static bool IsBinaryFilter(IRAttribute filter)
    {
        if (filter is not DenseElementsAttr dense || !dense.IsF32()) return false;
        if (dense.ShapedType is not RankedTensorType { Rank: 4, HasStaticShape: true } type || type.NumElements == 0) return false;
        long channels = type.Shape[3];
        var values = dense.ToF32Array();
        for (long i = 0; i < values.Length; i++)
        {
            float scale = values[i % channels];
            if (MathF.Abs(scale) <= FltEpsilon) return false;
            if (MathF.Abs(MathF.Abs(values[i] / scale) - 1.0f) > Tolerance) return false;
        }
        return true;
    }

    /// <summary>
    /// The per-output-channel scales |F[0,0,0,o]| as an f32 vector of length O (GetScaleVector);
    /// equal scales give a splat, as DenseElementsAttr::get does.
    /// </summary>
    public static DenseElementsAttr ScaleVector(IRContext ctx, DenseElementsAttr filter)
    {
        var type = (RankedTensorType)filter.ShapedType;
        int channels = checked((int)type.Shape[3]);
        var scales = new float[channels];
        for (int o = 0; o < channels; o++) scales[o] = MathF.Abs(filter.F32At(filter.IsSplat ? 0 : o));
        return DenseElementsValues.FromF32(ctx, VectorType(ctx, type), scales);
    }

    /// <summary>A splat of <paramref name="value"/> with one element per output channel (GetConstantVector).</summary>
    public static DenseElementsAttr ConstantVector(IRContext ctx, DenseElementsAttr filter, float value) =>
        DenseElementsValues.SplatF32(ctx, VectorType(ctx, (RankedTensorType)filter.ShapedType), value);

    private static RankedTensorType VectorType(IRContext ctx, RankedTensorType filter) =>
        RankedTensorType.Get(ctx, [filter.Shape[3]], filter.ElementType);
}
