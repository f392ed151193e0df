using FsCheck;
using FsCheck.Fluent;
using Lce.Dialects.Lq;

namespace Lce.Tests.Larq.Lq;

/// <summary>LCE's bitpacking convention (spec §1): bit order, padding bits, sign rules, round trips.</summary>
public class BitpackingTests
{
    private static int Scale =>
        int.TryParse(Environment.GetEnvironmentVariable("LCE_PROPERTY_SCALE"), out int k) && k > 0 ? k : 1;

    [Fact]
    public void ElementJGoesToBitJMod32OfWordJDiv32()
    {
        var values = Enumerable.Repeat(1f, 70).ToArray();
        values[0] = -1f; values[31] = -2f; values[32] = -0.5f; values[69] = -3f;
        var packed = Bitpacking.PackF32(values, 70);
        Assert.Equal([1 | int.MinValue, 1, 1 << 5], packed);
    }

    [Fact]
    public void ZeroNegativeZeroAndNaNPackAsPlusOne()
    {
        Assert.Equal([0], Bitpacking.PackF32([0f, -0f, float.NaN, float.PositiveInfinity], 4));
        Assert.Equal([0b1000], Bitpacking.PackF32([0f, -0f, float.NaN, float.NegativeInfinity], 4));
    }

    [Fact]
    public void RowsArePackedSeparatelyWithZeroPaddingBits()
    {
        var values = Enumerable.Repeat(-1f, 3 * 33).ToArray();
        Assert.Equal([-1, 1, -1, 1, -1, 1], Bitpacking.PackF32(values, 33));
    }

    [Fact]
    public void Int8ComparesAgainstTheZeroPoint()
    {
        sbyte[] q = [-128, -3, -2, 0, 127];
        Assert.Equal([0b00011], Bitpacking.PackInt8(q, 5, zeroPoint: -2));
        Assert.Equal([0], Bitpacking.PackInt8(q, 5, zeroPoint: -128));
        // A zero point above the int8 range makes every real value negative; padding stays 0.
        Assert.Equal([0b11111], Bitpacking.PackInt8(q, 5, zeroPoint: 128));
    }

    [Fact]
    public void TrueIsPlusOneAndFalseIsMinusOne() =>
        Assert.Equal([0b0110], Bitpacking.PackBool([true, false, false, true], 4));

    [Fact]
    public void PackedSizeIsCeilingDivisionBy32()
    {
        Assert.Equal(1, Bitpacking.PackedSize(1));
        Assert.Equal(1, Bitpacking.PackedSize(32));
        Assert.Equal(2, Bitpacking.PackedSize(33));
        Assert.Equal(5, Bitpacking.PackedSize(130));
    }

    /// <summary>Random ±1 tensors of 1..4 rows round-trip for every channel count 1..130.</summary>
    [Fact]
    public void PlusMinusOneTensorsRoundTripForEveryChannelCount()
    {
        for (int channels = 1; channels <= 130; channels++)
        {
            int c = channels;
            var gen = from rows in Gen.Choose(1, 4)
                      from signs in Gen.ArrayOf(Gen.Elements(1f, -1f), rows * c)
                      select signs;
            Prop.ForAll(gen.ToArbitrary(), values =>
            {
                var packed = Bitpacking.PackF32(values, c);
                int words = Bitpacking.PackedSize(c);
                bool paddingZero = Enumerable.Range(0, packed.Length / words).All(r =>
                    c % 32 == 0 || ((uint)packed[r * words + words - 1] >> (c % 32)) == 0);
                return paddingZero && packed.Length == values.Length / c * words
                    && Bitpacking.UnpackF32(packed, c).SequenceEqual(values);
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(20 * Scale));
        }
    }

    /// <summary>Packing any floats equals packing their signs (x &lt; 0 ↦ -1).</summary>
    [Fact]
    public void PackingDependsOnlyOnTheSign()
    {
        var gen = from c in Gen.Choose(1, 100)
                  from xs in Gen.ArrayOf(ArbMap.Default.GeneratorFor<float>(), c * 2)
                  select (c, xs);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var signs = t.xs.Select(x => x < 0 ? -1f : 1f).ToArray();
            return Bitpacking.PackF32(t.xs, t.c).SequenceEqual(Bitpacking.PackF32(signs, t.c));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200 * Scale));
    }
}
