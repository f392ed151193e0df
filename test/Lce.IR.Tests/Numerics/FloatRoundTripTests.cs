using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Lce.IR.Numerics;

namespace Lce.Tests.Numerics;

/// <summary>Printing then reading back gives the same value, exhaustively for 16-bit formats.</summary>
public class FloatRoundTripTests
{
    private static readonly Config ManyTests = Config.QuickThrowOnFailure.WithMaxTest(20_000);

    /// <summary>
    /// Format, then parse with APFloat's direct conversion (the check MLIR's printer itself relies on). Hex
    /// output is only legal for NaN, infinity and integral values whose default form has no '.'.
    /// </summary>
    private static string? RoundTripFailure(UInt128 bits, FloatSemantics sem)
    {
        string text = FloatFormatter.Format(bits, sem);
        var value = FloatEncoding.Decode(bits, sem);
        if (text.StartsWith("0x", StringComparison.Ordinal))
        {
            bool integral = value.Category == FloatCategory.Normal &&
                            value.Exponent >= sem.Precision - 1 - (int)UInt128.TrailingZeroCount(value.Significand);
            return value.IsFinite && !integral ? $"{sem} 0x{bits:X}: unexpected hex '{text}'" : null;
        }
        var reparsed = FloatEncoding.Decode(FloatParser.ParseDecimal(text, sem), sem);
        return reparsed.SameValueAs(value) ? null : $"{sem} 0x{bits:X}: '{text}' reads back as {reparsed}";
    }

    [Theory]
    [InlineData("f16")]
    [InlineData("bf16")]
    public void EveryPatternOfA16BitFormatRoundTrips(string name)
    {
        var sem = FloatSemantics.FromName(name)!;
        var failures = new List<string>();
        for (uint bits = 0; bits <= 0xFFFF; bits++)
        {
            if (RoundTripFailure(bits, sem) is { } failure)
                failures.Add(failure);
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public void EverySmallFormatPatternRoundTrips()
    {
        foreach (var sem in FloatSemantics.All.Where(s => s.BitWidth <= 8))
        {
            for (uint bits = 0; bits < 1u << sem.BitWidth; bits++)
                Assert.Null(RoundTripFailure(bits, sem));
        }
    }

    [Fact]
    public void RandomSingleBitsRoundTrip() =>
        Prop.ForAll(Generators.UInt32Bits.ToArbitrary(), bits => RoundTripFailure(bits, FloatSemantics.Single) is null)
            .Check(ManyTests);

    [Fact]
    public void RandomDoubleBitsRoundTrip() =>
        Prop.ForAll(Generators.UInt64Bits.ToArbitrary(), bits => RoundTripFailure(bits, FloatSemantics.Double) is null)
            .Check(ManyTests);

    [Fact]
    public void RandomWideFormatBitsRoundTrip() =>
        Prop.ForAll(Generators.UInt128Bits.ToArbitrary(), bits =>
                RoundTripFailure(bits, FloatSemantics.Quad) is null &&
                RoundTripFailure(bits & FloatSemantics.X87Extended.BitMask, FloatSemantics.X87Extended) is null)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(2_000));

    [Fact]
    public void DoubleFormatMatchesDotNetValue() =>
        Prop.ForAll(Generators.UInt64Bits.ToArbitrary(), bits =>
        {
            double d = BitConverter.UInt64BitsToDouble(bits);
            string text = FloatFormatter.Format(d);
            return !double.IsFinite(d) || text.StartsWith("0x", StringComparison.Ordinal) ||
                   double.Parse(text, CultureInfo.InvariantCulture) == d;
        }).Check(ManyTests);
}
