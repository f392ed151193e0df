using FsCheck;
using FsCheck.Fluent;
using Lce.CodeGen.Reference;
using Lce.Dialects.Lq;

namespace Lce.Tests.CodeGen.LceKernels;

/// <summary>LceQuantize / LceDequantize: bit meanings, padding bits, round trips, the int8 offset.</summary>
public class QuantizeDequantizeTests
{
    private static readonly Gen<(int Rows, int Channels, int Seed)> Shape =
        from rows in Gen.Choose(1, 5)
        from channels in Gen.Choose(1, 130)
        from seed in Gen.Choose(int.MinValue, int.MaxValue)
        select (rows, channels, seed);

    private static Config Cases => Config.QuickThrowOnFailure.WithMaxTest(200);

    [Fact]
    public void FloatRoundTripGivesTheSign() =>
        Prop.ForAll(Shape.ToArbitrary(), s =>
        {
            var rng = new Random(s.Seed);
            float[] specials = [0f, -0f, float.NaN, float.NegativeInfinity, float.PositiveInfinity, -1e-30f];
            var x = new float[s.Rows * s.Channels];
            for (int i = 0; i < x.Length; i++)
                x[i] = rng.Next(5) == 0 ? specials[rng.Next(specials.Length)] : (float)(rng.NextDouble() * 4 - 2);
            var packed = new int[s.Rows * Bitpacking.PackedSize(s.Channels)];
            LceQuantize.Float(x, s.Channels, packed);
            CheckPaddingBits(packed, s.Channels);
            var back = new float[x.Length];
            LceDequantize.Float(packed, s.Channels, back);
            for (int i = 0; i < x.Length; i++) Assert.Equal(x[i] < 0f ? -1f : 1f, back[i]);
        }).Check(Cases);

    [Fact]
    public void Int8RoundTripKeepsTheSideOfTheZeroPoint() =>
        Prop.ForAll(Shape.ToArbitrary(), Gen.Choose(-127, 127).ToArbitrary(), Gen.Choose(1, 40).ToArbitrary(), (s, zp, steps) =>
        {
            // scales up to 2 give an offset of at least round(0.5) = 1, so both results leave the zero point.
            float scale = steps / 20f;
            var rng = new Random(s.Seed);
            var q = new sbyte[s.Rows * s.Channels];
            for (int i = 0; i < q.Length; i++) q[i] = (sbyte)rng.Next(-128, 128);
            var packed = new int[s.Rows * Bitpacking.PackedSize(s.Channels)];
            LceQuantize.Int8(q, s.Channels, zp, packed);
            CheckPaddingBits(packed, s.Channels);
            var back = new sbyte[q.Length];
            LceDequantize.Int8(packed, s.Channels, scale, zp, back);
            int offset = (int)Math.Round((double)(1f / scale), MidpointRounding.AwayFromZero);
            for (int i = 0; i < q.Length; i++)
            {
                Assert.Equal(q[i] < zp, back[i] < zp);
                Assert.Equal(q[i] < zp ? Math.Max(-128, zp - offset) : Math.Min(127, zp + offset), back[i]);
            }
        }).Check(Cases);

    [Fact]
    public void BoolRoundTripIsExact() =>
        Prop.ForAll(Shape.ToArbitrary(), s =>
        {
            var rng = new Random(s.Seed);
            var v = new bool[s.Rows * s.Channels];
            for (int i = 0; i < v.Length; i++) v[i] = rng.Next(2) == 0;
            var packed = new int[s.Rows * Bitpacking.PackedSize(s.Channels)];
            LceQuantize.Bool(v, s.Channels, packed);
            CheckPaddingBits(packed, s.Channels);
            for (int i = 0; i < v.Length; i++)
                Assert.Equal(!v[i], Bitpacking.IsMinusOne(packed, s.Channels, i / s.Channels, i % s.Channels));
            var back = new bool[v.Length];
            LceDequantize.Bool(packed, s.Channels, back);
            Assert.Equal(v, back);
        }).Check(Cases);

    [Fact]
    public void QuantizeMatchesTheSharedPackingConvention() =>
        Prop.ForAll(Shape.ToArbitrary(), Gen.Choose(-140, 140).ToArbitrary(), (s, zp) =>
        {
            var rng = new Random(s.Seed);
            var q = new sbyte[s.Rows * s.Channels];
            for (int i = 0; i < q.Length; i++) q[i] = (sbyte)rng.Next(-128, 128);
            var packed = new int[s.Rows * Bitpacking.PackedSize(s.Channels)];
            LceQuantize.Int8(q, s.Channels, zp, packed);
            Assert.Equal(Bitpacking.PackInt8(q, s.Channels, zp), packed);
        }).Check(Cases);

    [Fact]
    public void Int8DequantizeOffsetRoundsHalfAwayAndSaturates()
    {
        var back = new sbyte[2];
        // 1/2 = 0.5 rounds to 1 (ties to even would give 0).
        LceDequantize.Int8([0b10], 2, 2f, 5, back);
        Assert.Equal(new sbyte[] { 6, 4 }, back);
        // 1/0.01 = 100 saturates at both ends around zero point 100.
        LceDequantize.Int8([0b10], 2, 0.01f, 100, back);
        Assert.Equal(new sbyte[] { 127, 0 }, back);
        LceDequantize.Int8([0b10], 2, 0.01f, -100, back);
        Assert.Equal(new sbyte[] { 0, -128 }, back);
    }

    [Fact]
    public void ShapesAndSizesAreChecked()
    {
        Assert.Equal([2, 3, 5], LceQuantize.OutputShape([2, 3, 130]));
        Assert.Equal([1], LceQuantize.OutputShape([32]));
        Assert.Throws<ArgumentException>(() => LceQuantize.OutputShape([]));
        Assert.Throws<ArgumentException>(() => LceQuantize.Float(new float[33], 33, new int[1]));
        Assert.Throws<ArgumentException>(() => LceDequantize.Float(new int[3], 33, new float[66]));
    }

    private static void CheckPaddingBits(int[] packed, int channels)
    {
        int words = Bitpacking.PackedSize(channels);
        if (channels % 32 == 0) return;
        for (int r = 0; r < packed.Length / words; r++)
            Assert.Equal(0, packed[r * words + words - 1] >>> (channels % 32));
    }
}
