namespace Lce.Tests.Larq.Prepare;

using FsCheck;
using FsCheck.Fluent;
using Lce.Dialects;
using Lce.IR;
using Lce.Transforms.Larq.Prepare;

/// <summary>LCE's binary-filter test and the per-channel scales and constants the binary convolution is built from.</summary>
public sealed class BinaryFilterTests
{
    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(300);
    private static readonly IRContext Ctx = StandardDialects.CreateContext();

    private static DenseElementsAttr Filter(long[] shape, float[] values, IRType? element = null) =>
        DenseElementsValues.FromF32(Ctx, RankedTensorType.Get(Ctx, shape, element ?? FloatType.F32(Ctx)), values);

    /// <summary>An HWIO filter with weight sign(h,w,i,o) · scale[o].</summary>
    private static float[] Weights(long[] shape, float[] scales, Func<int, bool> negative)
    {
        var values = new float[shape.Aggregate(1L, (a, b) => a * b)];
        for (int k = 0; k < values.Length; k++) values[k] = (negative(k) ? -1 : 1) * scales[k % scales.Length];
        return values;
    }

    [Fact]
    public void SignsTimesPerChannelScalesAreBinary()
    {
        long[] shape = [2, 3, 2, 3];
        var values = Weights(shape, [0.25f, -3f, 1f], k => k % 5 == 1);
        Assert.True(BinaryFilter.IsBinaryFilter(Filter(shape, values)));
        Assert.Equal([0.25f, 3f, 1f], BinaryFilter.ScaleVector(Ctx, Filter(shape, values)).ToF32Array());
    }

    [Theory]
    [InlineData(1.004f, true)]
    [InlineData(0.996f, true)]
    [InlineData(1.0055f, false)]
    [InlineData(0.994f, false)]
    [InlineData(0f, false)]
    public void EachWeightMayDifferFromItsScaleByHalfAPercent(float factor, bool binary)
    {
        long[] shape = [1, 2, 2, 2];
        var values = Weights(shape, [0.5f, 2f], _ => false);
        values[5] *= factor; // h=0, w=1, i=0, o=1
        Assert.Equal(binary, BinaryFilter.IsBinaryFilter(Filter(shape, values)));
    }

    [Fact]
    public void AScaleAtMostFltEpsilonIsRejected()
    {
        long[] shape = [1, 1, 1, 2];
        Assert.False(BinaryFilter.IsBinaryFilter(Filter(shape, [BinaryFilter.FltEpsilon, 1f])));
        Assert.False(BinaryFilter.IsBinaryFilter(Filter(shape, [1f, -0f])));
        float above = MathF.BitIncrement(BinaryFilter.FltEpsilon);
        Assert.True(BinaryFilter.IsBinaryFilter(Filter(shape, [above, -above])));
        // C's FLT_EPSILON, not .NET's smallest denormal.
        Assert.Equal(1.1920929e-7f, BinaryFilter.FltEpsilon);
    }

    [Fact]
    public void NaNWeightsPassAsInLce()
    {
        // Every comparison with NaN is false, so LCE's loop never rejects a NaN weight or scale.
        Assert.True(BinaryFilter.IsBinaryFilter(Filter([1, 1, 2, 2], [float.NaN, 1f, 5f, -1f])));
        Assert.False(BinaryFilter.IsBinaryFilter(Filter([1, 1, 2, 2], [float.NaN, 1f, 5f, -2f])));
    }

    [Fact]
    public void OnlyNonEmptyRank4F32DenseFiltersQualify()
    {
        Assert.False(BinaryFilter.IsBinaryFilter(Filter([2, 2, 2], Enumerable.Repeat(1f, 8).ToArray())));
        Assert.False(BinaryFilter.IsBinaryFilter(Filter([1, 0, 2, 2], [])));
        var f16 = DenseElementsAttr.FromRaw(Ctx, RankedTensorType.Get(Ctx, [1, 1, 1, 1], FloatType.F16(Ctx)), [0x00, 0x3c], isSplat: true);
        Assert.False(BinaryFilter.IsBinaryFilter(f16));
        Assert.False(BinaryFilter.IsBinaryFilter(IntegerAttr.Get(Ctx, 32, 1)));
        var splat = DenseElementsValues.SplatF32(Ctx, RankedTensorType.Get(Ctx, [3, 3, 64, 16], FloatType.F32(Ctx)), -0.75f);
        Assert.True(BinaryFilter.IsBinaryFilter(splat));
        var scales = BinaryFilter.ScaleVector(Ctx, splat);
        Assert.True(scales.IsSplat);
        Assert.Equal("tensor<16xf32>", scales.Type.ToString());
        Assert.Equal(0.75f, scales.F32At(0));
    }

    [Fact]
    public void ConstantVectorHasOneEntryPerOutputChannel()
    {
        var zeros = BinaryFilter.ConstantVector(Ctx, Filter([1, 1, 1, 5], [1, 1, 1, 1, 1]), 0f);
        Assert.True(zeros.IsSplat);
        Assert.Equal("tensor<5xf32>", zeros.Type.ToString());
        Assert.Equal(0f, zeros.F32At(0));
    }

    private static readonly Gen<(long[] Shape, float[] Scales, bool[] Signs)> Binary =
        from h in Gen.Choose(1, 3)
        from w in Gen.Choose(1, 3)
        from i in Gen.Choose(1, 4)
        from o in Gen.Choose(1, 4)
        from scales in (from a in Gen.Choose(1, 4000) from sign in Gen.Elements(1f, -1f) select sign * a / 64f).ArrayOf(o)
        from signs in Gen.Elements(true, false).ArrayOf(h * w * i * o)
        select (new long[] { h, w, i, o }, scales, signs);

    [Fact]
    public void AnySignPatternTimesPerChannelScalesIsBinaryAndYieldsTheAbsoluteScales() =>
        Prop.ForAll(Binary.ToArbitrary(), c =>
        {
            // Weight (h,w,i,o) = ±|scale[o]| relative to the first row, whose sign fixes the scale's sign.
            var values = new float[c.Signs.Length];
            int channels = c.Scales.Length;
            for (int k = 0; k < values.Length; k++)
                values[k] = k < channels ? c.Scales[k] : (c.Signs[k] ? -1 : 1) * c.Scales[k % channels];
            var filter = Filter(c.Shape, values);
            Assert.True(BinaryFilter.IsBinaryFilter(filter));
            Assert.Equal(c.Scales.Select(MathF.Abs), BinaryFilter.ScaleVector(Ctx, filter).ToF32Array());
        }).Check(Many);

    [Fact]
    public void ScalingOneWeightByMoreThanTheToleranceBreaksIt() =>
        Prop.ForAll((from c in Binary
                     from k in Gen.Choose(0, c.Signs.Length - 1)
                     from factor in Gen.Elements(1.01f, 0.98f, 2f, 0.5f, 0f)
                     select (c, k, factor)).ToArbitrary(), t =>
        {
            var (c, k, factor) = t;
            int channels = c.Scales.Length;
            var values = new float[c.Signs.Length];
            for (int j = 0; j < values.Length; j++) values[j] = (j >= channels && c.Signs[j] ? -1 : 1) * c.Scales[j % channels];
            values[k] *= factor;
            // Scaling a first-row weight changes the channel's scale: the channel stays binary only without other rows.
            bool onlyRow = k < channels && values.Length == channels;
            Assert.Equal(onlyRow && factor != 0f, BinaryFilter.IsBinaryFilter(Filter(c.Shape, values)));
        }).Check(Many);
}
