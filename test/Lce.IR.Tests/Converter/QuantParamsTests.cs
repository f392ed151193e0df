namespace Lce.Tests.ConverterPasses;

using FsCheck;
using FsCheck.Fluent;
using Lce.Dialects.Quant;
using Lce.IR;
using Lce.Transforms.Tfl.Quantize;

/// <summary>The int8 passes' parameter arithmetic (TF's quantization utilities) and constant quantization.</summary>
public sealed class QuantParamsTests
{
    private static readonly IRContext Ctx = Lce.Dialects.StandardDialects.CreateContext();
    private static FloatType F32 => FloatType.F32(Ctx);

    private static Gen<float[]> Weights(int count) =>
        Gen.ArrayOf(Gen.Choose(-20000, 20000).Select(v => v / 10000f), count);

    private static double Real(QuantizedType t, long stored, int channel = 0) => t switch
    {
        UniformQuantizedType u => u.Scale * (stored - u.ZeroPoint),
        UniformQuantizedPerAxisType p => p.Scales[channel] * (stored - p.ZeroPoints[channel]),
        _ => throw new ArgumentException(t.ToString()),
    };

    /// <summary>The signed twin represents the same reals: every stored value moves down by 128.</summary>
    [Theory]
    [InlineData("!quant.uniform<u8:f32, 0.5:128>", "!quant.uniform<i8:f32, 5.000000e-01>")]
    [InlineData("!quant.uniform<u8<1:255>:f32, 0.25:200>", "!quant.uniform<i8<-127:127>:f32, 2.500000e-01:72>")]
    [InlineData("!quant.uniform<u8:f32:0, {0.5:3,0.25:255}>", "!quant.uniform<i8:f32:0, {5.000000e-01:-125,2.500000e-01:127}>")]
    public void UnsignedToSigned(string unsigned, string signed)
    {
        var type = (QuantizedType)Lce.IR.Parsing.MlirParser.ParseType(Ctx, unsigned);
        var converted = QuantParams.ToSigned(Ctx, type)!;
        Assert.Equal(signed, converted.ToString());
        Assert.Equal(type.StorageTypeMin - 128, converted.StorageTypeMin);
        for (long q = type.StorageTypeMin; q <= type.StorageTypeMax; q += 17)
            Assert.Equal(Real(type, q), Real(converted, q - 128));
        Assert.Null(QuantParams.ToSigned(Ctx, converted));
    }

    /// <summary>Signed per-tensor weights are symmetric (zero point 0) and reproduce each weight within half a step.</summary>
    [Fact]
    public void PerTensorWeightsRoundTrip()
    {
        Prop.ForAll(Weights(12).ToArbitrary(), w =>
        {
            var type = (UniformQuantizedType)QuantParams.ForWeight(Ctx, F32, w, symmetric: true, signed: true, narrowRange: true)!;
            Assert.Equal(0, type.ZeroPoint);
            Assert.Equal(-127, type.StorageTypeMin);
            var stored = Quantize(w, [12], type);
            for (int i = 0; i < w.Length; i++)
                Assert.True(Math.Abs(Real(type, stored[i]) - w[i]) <= type.Scale / 2 + 1e-9, $"w[{i}] = {w[i]} stored {stored[i]} scale {type.Scale}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    /// <summary>Per-channel weights: each channel's largest magnitude is stored as ±127 and every weight comes back within half its channel's step.</summary>
    [Fact]
    public void PerChannelWeightsRoundTrip()
    {
        Prop.ForAll(Weights(24).ToArbitrary(), Gen.Elements(0, 3).ToArbitrary(), (w, dim) =>
        {
            long[] shape = dim == 0 ? [4, 1, 2, 3] : [1, 2, 3, 4];
            var type = (UniformQuantizedPerAxisType)QuantParams.ForWeightPerAxis(Ctx, F32, w, shape, dim, signed: true)!;
            Assert.Equal(dim, type.QuantizedDimension);
            Assert.All(type.ZeroPoints, z => Assert.Equal(0, z));
            var stored = Quantize(w, shape, type);
            long inner = dim == 0 ? 6 : 1;
            var largest = new long[4];
            for (int i = 0; i < w.Length; i++)
            {
                int c = (int)(i / inner % 4);
                largest[c] = Math.Max(largest[c], Math.Abs(stored[i]));
                Assert.True(Math.Abs(Real(type, stored[i], c) - w[i]) <= type.Scales[c] / 2 + 1e-9, $"w[{i}] = {w[i]} channel {c}");
            }
            for (int c = 0; c < 4; c++)
                if (type.Scales[c] != 1.0) Assert.Equal(127, largest[c]);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    [Fact]
    public void BiasScaleIsTheProductOfItsOperands()
    {
        var input = UniformQuantizedType.Get(Ctx, 8, true, F32, 0.5, -3);
        var weights = (UniformQuantizedPerAxisType)QuantParams.ForWeightPerAxis(Ctx, F32, [1f, -2f, 0.5f, 0f], [2, 2], 0, signed: true)!;
        var bias = (UniformQuantizedPerAxisType)QuantParams.ForBias(Ctx, [input, weights])!;
        Assert.Equal(32, bias.StorageTypeIntegralWidth);
        Assert.Equal([0.5 * 2.0 / 127, 0.5 * 0.5 / 127], bias.Scales);
        Assert.Equal([0L, 0L], bias.ZeroPoints);
        var perTensor = (UniformQuantizedType)QuantParams.ForBias(Ctx, [input, UniformQuantizedType.Get(Ctx, 8, true, F32, 0.25, 0)])!;
        Assert.Equal("!quant.uniform<i32:f32, 1.250000e-01>", perTensor.ToString());
    }

    /// <summary>Ties round away from zero and values beyond the range clamp to the storage limits.</summary>
    [Fact]
    public void ConstantsRoundHalfAwayAndClamp()
    {
        var type = UniformQuantizedType.Get(Ctx, QuantizationFlags.Signed, IntegerType.Get(Ctx, 8), F32, 0.5, 1, -127, 127);
        Assert.Equal([2, -1, 3, -2, 127, -127], Quantize([0.25f, -0.75f, 0.75f, -1.25f, 1000f, -1000f], [6], type));
    }

    private static long[] Quantize(float[] values, long[] shape, QuantizedType type)
    {
        var attr = DenseElementsValues.FromF32(Ctx, RankedTensorType.Get(Ctx, shape, F32), values);
        var stored = ConstantQuantizer.Quantize(Ctx, attr, type)!;
        return [.. Enumerable.Range(0, values.Length).Select(i => (long)(sbyte)stored.RawData[i])];
    }
}
