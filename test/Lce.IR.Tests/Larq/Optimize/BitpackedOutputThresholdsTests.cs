namespace Lce.Tests.Larq.Optimize;

using FsCheck;
using FsCheck.Fluent;
using Lce.Transforms.Larq.Optimize;
using static ThresholdOracle;

/// <summary>
/// The bitpacked-output thresholds against the float output they replace: for every
/// accumulator value x in 0..K the written bit (x' &gt; T, with x' = K − x when the channel's
/// filter was negated) must equal sign(clamp_act(K − 2x)·m + b) &lt; 0. Exact where LCE's float
/// arithmetic is exact; otherwise wrong only for outputs within a few float roundings of 0 (or
/// NaN); and bit for bit LCE's formula everywhere.
/// </summary>
public sealed class BitpackedOutputThresholdsTests
{
    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(300);
    private static readonly string[] Activations = ["NONE", "RELU", "RELU6", "RELU_N1_TO_1"];

    /// <summary>K = Fh·Fw·Cin for small filters, up to 7·7·96.</summary>
    private static readonly Gen<int> KGen =
        from fh in Gen.Choose(1, 7)
        from fw in Gen.Choose(1, 7)
        from cin in Gen.Elements(1, 2, 3, 8, 31, 32, 33, 64, 96)
        select BitpackedOutputThresholds.BacktransformAdd([1, fh, fw, cin]);

    /// <summary>
    /// Multipliers ±2^e (and ±0) with biases (j/8)·|m|: then b/|m|, b/|m| + K and the range ends
    /// lo·|m| + b are all exact in float, so LCE's formula has no rounding to suffer from. j
    /// covers thresholds below 0, inside 0..K and above K, and integer and half-integer
    /// boundaries (where the output is exactly 0 for some x).
    /// </summary>
    private static readonly Gen<(int K, string Act, float M, float B)> ExactCase =
        from k in KGen
        from act in Gen.Elements(Activations)
        from sign in Gen.Elements(1f, -1f)
        from e in Gen.Choose(-3, 3)
        from zero in Gen.Frequency((1, Gen.Constant(true)), (9, Gen.Constant(false)))
        from j in Gen.Choose(-16 * k - 16, 16 * k + 16)
        let m = zero ? sign * 0f : sign * MathF.ScaleB(1f, e)
        let b = zero ? j / 8f : j / 8f * MathF.Abs(m)
        select (k, act, m, b);

    [Fact]
    public void ExactInputsGiveTheSignOfTheFloatOutputForEveryPopcount() =>
        Prop.ForAll(ExactCase.ToArbitrary(), c =>
        {
            int t = Threshold(c.K, c.Act, c.M, c.B);
            for (int x = 0; x <= c.K; x++)
                Assert.True(ExactBit(c.K, c.Act, c.M, c.B, x) == WrittenBit(c.K, c.M, t, x),
                    $"K={c.K} {c.Act} m={c.M:R} b={c.B:R} T={t} x={x}");
        }).Check(Many);

    /// <summary>
    /// Random normal multipliers and biases (magnitudes 2^-12..2^12, biases scaled to put the
    /// boundary anywhere in or around 0..K, some placed within a few ulps of a boundary). A
    /// written bit may differ from the sign of the float output only when that output is within
    /// 2^-21·(R·|m| + |b|) of 0, R the largest clamp magnitude: the rounding of b/|m|, of
    /// b/|m| + K and of the range ends, nothing else.
    /// </summary>
    [Fact]
    public void RoundingOnlyMattersForOutputsWithinRoundingOfZero() =>
        Prop.ForAll(RoundedCase.ToArbitrary(), c =>
        {
            int t = Threshold(c.K, c.Act, c.M, c.B);
            var (cmin, cmax) = BitpackedOutputThresholds.ClampRange(c.Act, c.K);
            double scale = Math.Max(c.K, Math.Max(Math.Abs(cmin), Math.Abs(cmax))) * Math.Abs((double)c.M) + Math.Abs((double)c.B);
            for (int x = 0; x <= c.K; x++)
            {
                if (ExactBit(c.K, c.Act, c.M, c.B, x) == WrittenBit(c.K, c.M, t, x)) continue;
                double y = Output(c.K, c.Act, c.M, c.B, x);
                Assert.True(Math.Abs(y) <= Math.ScaleB(scale, -21),
                    $"K={c.K} {c.Act} m={c.M:R} b={c.B:R} T={t} x={x}: output {y:R} is not within rounding of 0");
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));

    private static readonly Gen<float> Mantissa = Gen.Choose(0, (1 << 23) - 1).Select(bits => 1f + bits / (float)(1 << 23));

    private static readonly Gen<(int K, string Act, float M, float B)> RoundedCase =
        from k in KGen
        from act in Gen.Elements(Activations)
        from sign in Gen.Elements(1f, -1f)
        from mant in Mantissa
        from e in Gen.Choose(-12, 12)
        let m = sign * MathF.ScaleB(mant, e)
        from place in Gen.Frequency(
            (3, Gen.Choose(-2 * k - 4, 2 * k + 4).Select(i => (double)i)),                       // on an integer c·|m| + b = 0
            (3, Gen.Choose(-8 * k - 16, 8 * k + 16).Select(i => i / 4.0 + 1e-9 * (i % 7 - 3))),  // near quarter points
            (2, Gen.Choose(0, 1 << 30).Select(i => (i / (double)(1 << 30) - 0.5) * (4 * k + 8))))
        from ulps in Gen.Choose(-3, 3)
        let b0 = (float)(-place * Math.Abs((double)m))
        let b = StepUlps(b0, ulps)
        select (k, act, m, b);

    /// <summary><paramref name="f"/> moved by <paramref name="n"/> representable floats.</summary>
    private static float StepUlps(float f, int n)
    {
        for (; n > 0; n--) f = MathF.BitIncrement(f);
        for (; n < 0; n++) f = MathF.BitDecrement(f);
        return f;
    }

    /// <summary>Every float bit pattern class: specials, subnormals, huge, random bits, small values.</summary>
    private static readonly Gen<float> AnyFloat = Gen.Frequency(
        (2, Gen.Elements(0f, -0f, float.NaN, -float.NaN, float.PositiveInfinity, float.NegativeInfinity, float.Epsilon, -float.Epsilon,
            float.MaxValue, float.MinValue, 1f, -1f, 0.5f, 1e-30f, -1e30f)),
        (3, Gen.Choose(int.MinValue, int.MaxValue).Select(BitConverter.Int32BitsToSingle)),
        (5, Gen.Choose(-4000, 4000).Select(i => i / 16f)));

    [Fact]
    public void ImplementationIsLcesFormulaBitForBit() =>
        Prop.ForAll((from k in Gen.Frequency((4, KGen), (1, Gen.Elements(0, 1, 1 << 24, (1 << 24) + 1, int.MaxValue, int.MinValue + 1)))
                     from act in Gen.Elements("NONE", "RELU", "RELU6", "RELU_N1_TO_1", "TANH", "SIGN_BIT")
                     from m in AnyFloat
                     from b in AnyFloat
                     select (k, act, m, b)).ToArbitrary(), c =>
        {
            var (cmin, cmax) = BitpackedOutputThresholds.ClampRange(c.act, c.k);
            Assert.Equal(LceThreshold(c.k, cmin, cmax, c.m, c.b), BitpackedOutputThresholds.Threshold(c.m, c.b, c.k, cmin, cmax));
            Assert.Equal(LceSign(c.m), BitpackedOutputThresholds.FilterSign(c.m));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(5000));

    /// <summary>
    /// Open question 11, a concrete case: K = 1, m = 3, b = 3 − 2^-22. b/3 = 1 − 2^-22/3 rounds to
    /// 1 − 2^-24, and adding K gives 2 − 2^-24, a tie that rounds to 2.0, so T = ⌊1.0⌋ = 1 and
    /// x = 1 writes 0, while the float output (1 − 2)·3 + b = −2^-22 is negative.
    /// </summary>
    [Fact]
    public void FloatRoundingOfTheShiftedBiasCanMoveTheThresholdByOne()
    {
        float b = 3f - MathF.ScaleB(1f, -22);
        int t = BitpackedOutputThresholds.Threshold(3f, b, 1, -1, 1);
        Assert.Equal(1, t);
        Assert.False(BitpackedOutputThresholds.OutputBit(1, t));
        Assert.Equal(-Math.ScaleB(1.0, -22), Output(1, "NONE", 3f, b, 1));
        Assert.True(ExactBit(1, "NONE", 3f, b, 1));
    }

    /// <summary>
    /// NaN multipliers count as negative for the filter signs and reach the general formula
    /// (every comparison is false), whose ⌊NaN⌋ converts to 0: bits x' &gt; 0. The float output
    /// is NaN, which is not negative. A NaN bias gives T = 0 as well.
    /// </summary>
    [Fact]
    public void NanInputsGiveThresholdZero()
    {
        Assert.Equal(-1f, BitpackedOutputThresholds.FilterSign(float.NaN));
        Assert.Equal(0, BitpackedOutputThresholds.Threshold(float.NaN, 1f, 9, -9, 9));
        Assert.Equal(0, BitpackedOutputThresholds.Threshold(2f, float.NaN, 9, 0, 9));
        Assert.Equal(0, BitpackedOutputThresholds.Threshold(float.NaN, float.NaN, 9, 0, 6));
    }

    [Theory]
    // m == 0 (either sign): the bias alone; -0.0 and NaN biases are not negative.
    [InlineData(0f, -1f, BitpackedOutputThresholds.AlwaysOne)]
    [InlineData(-0f, -1e-30f, BitpackedOutputThresholds.AlwaysOne)]
    [InlineData(0f, 2f, BitpackedOutputThresholds.AlwaysZero)]
    [InlineData(-0f, -0f, BitpackedOutputThresholds.AlwaysZero)]
    [InlineData(0f, float.NaN, BitpackedOutputThresholds.AlwaysZero)]
    // K = 8, NONE: ⌊(b/|m| + 8)/2⌋.
    [InlineData(1f, 0f, 4)]
    [InlineData(-1f, 0f, 4)]
    [InlineData(2f, 3f, 4)]
    [InlineData(0.5f, -3.5f, 0)]
    [InlineData(0.5f, -4f, 0)]          // the range end 8·0.5 − 4 is 0: still the general case
    [InlineData(0.5f, -4.5f, BitpackedOutputThresholds.AlwaysOne)]
    [InlineData(1f, -8f, 0)]
    [InlineData(1f, -8.5f, BitpackedOutputThresholds.AlwaysOne)]
    [InlineData(1f, 8f, BitpackedOutputThresholds.AlwaysZero)]
    [InlineData(1f, 7.5f, 7)]
    [InlineData(float.PositiveInfinity, 5f, 4)]
    public void HandWorkedThresholds(float m, float b, int expected) =>
        Assert.Equal(expected, BitpackedOutputThresholds.Threshold(m, b, 8, -8, 8));

    [Fact]
    public void ClampRangesAndBacktransformAdd()
    {
        Assert.Equal((0, 27), BitpackedOutputThresholds.ClampRange("RELU", 27));
        Assert.Equal((-1, 1), BitpackedOutputThresholds.ClampRange("RELU_N1_TO_1", 27));
        Assert.Equal((0, 6), BitpackedOutputThresholds.ClampRange("RELU6", 27));
        Assert.Equal((-27, 27), BitpackedOutputThresholds.ClampRange("NONE", 27));
        Assert.Equal((-27, 27), BitpackedOutputThresholds.ClampRange("TANH", 27));
        Assert.Equal(27, BitpackedOutputThresholds.BacktransformAdd([64, 3, 3, 3]));
        // The product is taken in 64 bits and truncated to int32, as LCE's int32 variable holds it.
        Assert.Equal(0, BitpackedOutputThresholds.BacktransformAdd([1, 65536, 65536, 1]));
        Assert.Equal(-2147483648, BitpackedOutputThresholds.BacktransformAdd([1, 1 << 16, 1 << 15, 1]));
        Assert.Throws<ArgumentException>(() => BitpackedOutputThresholds.BacktransformAdd([8, 3, 3]));
    }

    [Fact]
    public void ComputeZipsToTheShorterList()
    {
        Assert.Equal([4, 4], BitpackedOutputThresholds.Compute([1f, 2f, 3f], [0f, 0f], 8, "NONE"));
        Assert.Empty(BitpackedOutputThresholds.Compute([], [1f], 8, "NONE"));
    }

    [Theory]
    [InlineData(3.0, 3)]
    [InlineData(-1.0, -1)]
    [InlineData(2147483648.0, int.MinValue)]   // 2^31 wraps in the 32-bit attribute
    [InlineData(4294967297.0, 1)]
    [InlineData(double.NaN, 0)]                // int64.MinValue, low 32 bits 0
    [InlineData(1e300, 0)]
    [InlineData(-1e300, 0)]
    [InlineData(double.PositiveInfinity, 0)]
    public void DoubleToAttributeConversionIsX86s(double value, int expected) =>
        Assert.Equal(expected, BitpackedOutputThresholds.Int32AttrOf(value));

    [Fact]
    public void OutputBitIsASignedGreaterThan()
    {
        Assert.True(BitpackedOutputThresholds.OutputBit(0, BitpackedOutputThresholds.AlwaysOne));
        Assert.False(BitpackedOutputThresholds.OutputBit(int.MaxValue, BitpackedOutputThresholds.AlwaysZero));
        Assert.False(BitpackedOutputThresholds.OutputBit(5, 5));
        Assert.True(BitpackedOutputThresholds.OutputBit(6, 5));
    }
}
