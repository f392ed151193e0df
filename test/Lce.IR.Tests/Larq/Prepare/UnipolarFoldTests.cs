namespace Lce.Tests.Larq.Prepare;

using FsCheck;
using FsCheck.Fluent;
using Lce.Dialects;
using Lce.IR;
using Lce.Transforms.Larq.Prepare;

/// <summary>
/// The arithmetic of the unipolar rewrite: the packed bit of t − x is exactly x &gt; t (also for
/// signed zeros, subnormals and infinities, and for a kernel that packs the IEEE sign bit), and
/// the folded multiplier and bias turn the ±1 dot product into the {0, 1} one.
/// </summary>
public sealed class UnipolarFoldTests
{
    private static readonly IRContext Ctx = StandardDialects.CreateContext();

    private static readonly float[] Special =
    [
        0f, -0f, 0.5f, -0.5f, 1f, -1f, float.Epsilon, -float.Epsilon, 0.5f + 3e-8f, 0.5f - 3e-8f, BitConverter.Int32BitsToSingle(0x3EFFFFFF),
        BitConverter.Int32BitsToSingle(0x3F000001), float.MaxValue, float.MinValue, float.PositiveInfinity, float.NegativeInfinity, 0.75f, -0.75f,
    ];

    /// <summary>lq.Quantize's bit (x &lt; 0) and the IEEE sign bit of fl(t − x) both equal x &gt; t, for t of the three forms.</summary>
    [Fact]
    public void BitOfThresholdMinusXIsXAboveThreshold()
    {
        foreach (float t in new[] { 0f, 0.5f, 0.75f, -0.75f })
            foreach (float x in Special.Append(t))
            {
                float q = t - x;
                Assert.True(q < 0 == x > t, $"t = {t}, x = {x}");
                Assert.True(float.IsNegative(q) == x > t, $"sign bit: t = {t}, x = {x}");
            }
    }

    /// <summary>
    /// The same for any non-NaN floats, with the threshold's zero made +0.0 as the rewrite does:
    /// with t = −0.0, fl(−0.0 − (+0.0)) = −0.0 would carry the sign bit although x &gt; t is false.
    /// </summary>
    [Fact]
    public void BitOfThresholdMinusXIsXAboveThresholdForAnyFloats()
    {
        Assert.True(float.IsNegative(-0f - 0f));
        Assert.Equal(0, BitConverter.SingleToInt32Bits(UnipolarQuantizer.PositiveZero(-0f)));
        var floats = Arb.From(ArbMap.Default.GeneratorFor<float>().Where(f => !float.IsNaN(f)));
        Prop.ForAll(floats, floats, (threshold, x) =>
        {
            float t = UnipolarQuantizer.PositiveZero(threshold), q = t - x;
            return float.IsNaN(q) || (q < 0 == x > t && float.IsNegative(q) == x > t);
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>
    /// For a ±|scale| filter and any a ∈ {0, 1}: mult · Σ (1 − 2a)·B + bias = Σ a·F per output
    /// channel, with the multiplier and bias the rewrite builds (k = 1 and k = ½).
    /// </summary>
    [Fact]
    public void MultiplierAndBiasTurnTheSignDotIntoTheUnipolarDot()
    {
        long[] shape = [2, 2, 3, 2];
        float[] scales = [0.5f, -2f];
        var random = new Random(3);
        var values = new float[24];
        for (int i = 0; i < values.Length; i++) values[i] = (i < 2 ? 1 : random.Next(2) == 0 ? -1 : 1) * scales[i % 2];
        var filter = DenseElementsValues.FromF32(Ctx, RankedTensorType.Get(Ctx, shape, FloatType.F32(Ctx)), values);
        Assert.True(BinaryFilter.IsBinaryFilter(filter));
        var signs = UnipolarFilter.OhwiSigns(Ctx, filter);
        Assert.Equal([2L, 2, 2, 3], ((RankedTensorType)signs.ShapedType).Shape);
        foreach (double k in new[] { 1.0, 0.5 })
        {
            var mult = UnipolarFilter.Multiplier(Ctx, filter, k).ToF32Array();
            var bias = UnipolarFilter.Bias(Ctx, filter, k).ToF32Array();
            for (int trial = 0; trial < 20; trial++)
            {
                var a = Enumerable.Range(0, 12).Select(_ => random.Next(2)).ToArray();   // HWI
                for (int o = 0; o < 2; o++)
                {
                    double unipolar = 0, signDot = 0;
                    for (int hwi = 0; hwi < 12; hwi++)
                    {
                        unipolar += a[hwi] * values[hwi * 2 + o];
                        int h = hwi / 6, w = hwi / 3 % 2, i = hwi % 3;
                        signDot += (1 - 2 * a[hwi]) * signs.F32At(((o * 2 + h) * 2 + w) * 3 + i);
                    }
                    Assert.Equal(k * unipolar, mult[o] * signDot + bias[o], 6);
                }
            }
        }
    }

    [Fact]
    public void SignSumsCountNegativeWeightsAsMinusOne()
    {
        var filter = DenseElementsValues.FromF32(Ctx, RankedTensorType.Get(Ctx, [1, 1, 3, 2], FloatType.F32(Ctx)), [1f, -2f, -1f, -2f, -1f, 2f]);
        Assert.Equal([-1L, -1], UnipolarFilter.SignSums(filter));
        Assert.Equal([-0.5f, -1f], UnipolarFilter.Bias(Ctx, filter, 1).ToF32Array());
        Assert.Equal([-0.5f, -1f], UnipolarFilter.Multiplier(Ctx, filter, 1).ToF32Array());
    }
}
