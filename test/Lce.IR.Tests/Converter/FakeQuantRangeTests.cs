namespace Lce.Tests.ConverterPasses;

using FsCheck;
using FsCheck.Fluent;
using Lce.Transforms.Tf.PrepareTf;

/// <summary>The uniform types prepare-tf gives fake-quant ranges (MLIR's fakeQuantAttrsToType).</summary>
public sealed class FakeQuantRangeTests
{
    private static readonly IR.IRContext Ctx = Lce.Dialects.StandardDialects.CreateContext();
    private static IR.FloatType F32 => IR.FloatType.F32(Ctx);

    [Theory]
    [InlineData(-1.0, 3.0, 8, false, "!quant.uniform<u8:f32, 0.015686274509803921:64>")]
    [InlineData(-2.0, 2.0, 8, true, "!quant.uniform<u8<1:255>:f32, 0.015748031496062992:128>")]
    [InlineData(0.0, 6.0, 8, false, "!quant.uniform<u8:f32, 0.023529411764705882>")]
    [InlineData(-6.0, 0.0, 8, false, "!quant.uniform<u8:f32, 0.023529411764705882:255>")]
    [InlineData(0.0, 0.0, 8, false, "!quant.uniform<u8:f32, 1.000000e+00>")]
    [InlineData(-1.0, 1.0, 4, false, "!quant.uniform<u4:f32, 0.13333333333333333:8>")]
    public void Types(double min, double max, int bits, bool narrow, string expected) =>
        Assert.Equal(expected, FakeQuantRange.ToType(Ctx, F32, min, max, bits, narrow)!.ToString());

    [Theory]
    [InlineData(0.5, 2.0)]
    [InlineData(-3.0, -1.0)]
    [InlineData(2.0, -2.0)]
    public void RangesWithoutZeroHaveNoType(double min, double max) =>
        Assert.Null(FakeQuantRange.ToType(Ctx, F32, min, max, 8, false));

    /// <summary>Zero is exact (the zero point is an integer in range) and each end is within one step.</summary>
    [Fact]
    public void NudgedZeroPointKeepsTheRange()
    {
        var gen = from lo in Gen.Choose(-100000, 0)
                  from hi in Gen.Choose(1, 100000)
                  from narrow in Gen.Elements(true, false)
                  select (lo / 1000.0, hi / 1000.0, narrow);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (lo, hi, narrow) = t;
            long qmin = narrow ? 1 : 0, qmax = 255;
            var (scale, zp) = FakeQuantRange.NudgedScaleAndZeroPoint(qmin, qmax, lo, hi);
            Assert.InRange(zp, qmin, qmax);
            Assert.True(Math.Abs(scale * (qmin - zp) - lo) <= scale, $"[{lo}, {hi}]: low end {scale * (qmin - zp)}");
            Assert.True(Math.Abs(scale * (qmax - zp) - hi) <= scale, $"[{lo}, {hi}]: high end {scale * (qmax - zp)}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }
}
