using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Lce.IR.Numerics;

namespace Lce.Tests.Numerics;

public class FloatParserTests
{
    private static readonly Config ManyTests = Config.QuickThrowOnFailure.WithMaxTest(20_000);

    // .NET Core 3.0+ parses correctly rounded, which makes it an independent oracle for f32 and f64.
    [Fact]
    public void DoubleParsingMatchesDotNet() =>
        Prop.ForAll(Generators.DecimalLiteral(-345, 330).ToArbitrary(), text =>
            FloatParser.ParseDecimal(text, FloatSemantics.Double) ==
            BitConverter.DoubleToUInt64Bits(double.Parse(text, CultureInfo.InvariantCulture))).Check(ManyTests);

    [Fact]
    public void SingleParsingMatchesDotNet() =>
        Prop.ForAll(Generators.DecimalLiteral(-50, 45).ToArbitrary(), text =>
            FloatParser.ParseDecimal(text, FloatSemantics.Single) ==
            BitConverter.SingleToUInt32Bits(float.Parse(text, CultureInfo.InvariantCulture))).Check(ManyTests);

    [Fact]
    public void MlirLiteralOfF64IsTheDirectParse() =>
        Prop.ForAll(Generators.DecimalLiteral(-345, 330).ToArbitrary(), text =>
            FloatParser.ParseMlirLiteral(text, FloatSemantics.Double) ==
            FloatParser.ParseDecimal(text, FloatSemantics.Double)).Check(ManyTests);

    [Theory]
    [InlineData("1.00048828125000000000000001", "f16", 0x3C00)] // double-rounded through f64 by MLIR
    [InlineData("1.5e+300", "f32", 0x7F800000)]
    [InlineData("-1.0e400", "f64", 0xFFF0000000000000)]
    [InlineData("1.0e-400", "f64", 0x0)]
    [InlineData("1000.0", "f8E4M3FN", 0x7F)] // NaN-only formats overflow to NaN
    [InlineData("464.0", "f8E4M3FN", 0x7E)] // tie rounds to even 448, not to the NaN pattern
    [InlineData("465.0", "f8E4M3FN", 0x7F)]
    [InlineData("-1.0e300", "f8E4M3FNUZ", 0x80)]
    [InlineData("-0.0", "f8E5M2FNUZ", 0x00)] // no negative zero
    [InlineData("100.0", "f4E2M1FN", 0x7)] // finite-only formats saturate
    [InlineData("-1.0e-7", "f4E2M1FN", 0x8)]
    [InlineData("0.0", "f8E8M0FNU", 0x00)] // no zero: smallest value 2^-127
    [InlineData("3.0", "f8E8M0FNU", 0x81)]
    [InlineData("1.0e300", "f8E8M0FNU", 0xFF)]
    [InlineData("1.0e400", "f4E2M1FN", 0x0)] // infinity in a finite-only format: sign bit only, as mlir-opt does
    [InlineData("-1.0e400", "f6E3M2FN", 0x20)]
    [InlineData("1.0e300", "tf32", 0x3FC00)]
    public void MlirLiteralParsing(string text, string semantics, ulong expected) =>
        Assert.Equal((UInt128)expected, FloatParser.ParseMlirLiteral(text, FloatSemantics.FromName(semantics)!));

    [Fact]
    public void DirectParsingRoundsOnceAndMlirParsingTwice()
    {
        const string text = "1.00048828125000000000000001";
        Assert.Equal((UInt128)0x3C01, FloatParser.ParseDecimal(text, FloatSemantics.Half));
        Assert.Equal((UInt128)0x3C00, FloatParser.ParseMlirLiteral(text, FloatSemantics.Half));
    }

    [Fact]
    public void WideLiteralsCarryOnlyDoublePrecision()
    {
        Assert.Equal("0.100000000000000005551115123125782702",
            FloatFormatter.Format(FloatParser.ParseMlirLiteral("0.1", FloatSemantics.Quad), FloatSemantics.Quad));
        Assert.Equal("0.100000000000000005551",
            FloatFormatter.Format(FloatParser.ParseMlirLiteral("0.1", FloatSemantics.X87Extended), FloatSemantics.X87Extended));
        Assert.Equal("1.000000e-01",
            FloatFormatter.Format(FloatParser.ParseDecimal("0.1", FloatSemantics.Quad), FloatSemantics.Quad));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("+2.5E-3")]
    [InlineData("0000.000e99999999999999")]
    [InlineData("12345678901234567890123456789012345678901234567890e-40")]
    public void AcceptsApFloatDecimalForms(string text) =>
        Assert.True(FloatParser.TryParseDecimal(text, FloatSemantics.Double, out _));

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1e")]
    [InlineData("1.2.3")]
    [InlineData("0x1p3")]
    [InlineData("inf")]
    [InlineData("1e+")]
    [InlineData("1 ")]
    public void RejectsOtherText(string text) =>
        Assert.False(FloatParser.TryParseDecimal(text, FloatSemantics.Double, out _));

    [Fact]
    public void LongInputsRoundCorrectly()
    {
        // Exactly halfway between 1 and the next double, followed by a non-zero digit 800 places later.
        string half = "1.00000000000000011102230246251565404236316680908203125";
        Assert.Equal((UInt128)0x3FF0000000000000, FloatParser.ParseDecimal(half, FloatSemantics.Double));
        Assert.Equal((UInt128)0x3FF0000000000001, FloatParser.ParseDecimal(half + new string('0', 800) + "1", FloatSemantics.Double));
    }

    [Fact]
    public void ConvertRoundsBetweenFormats()
    {
        Assert.Equal((UInt128)0x3C00, FloatParser.Convert(0x3F800001, FloatSemantics.Single, FloatSemantics.Half));
        Assert.Equal((UInt128)0x7C00, FloatParser.Convert(0x47800000, FloatSemantics.Single, FloatSemantics.Half));
        Assert.Equal((UInt128)0x3F80, FloatParser.Convert(0x3F808000, FloatSemantics.Single, FloatSemantics.BFloat16));
        Assert.Equal((UInt128)0x3F82, FloatParser.Convert(0x3F818000, FloatSemantics.Single, FloatSemantics.BFloat16));
    }

    [Fact]
    public void HexAndDotNetBridges()
    {
        Assert.True(FloatBits.TryParseHex("0x7FC00000", FloatSemantics.Single, out var nan));
        Assert.Equal((UInt128)0x7FC00000, nan);
        Assert.False(FloatBits.TryParseHex("0x1FFFF", FloatSemantics.Half, out _));
        Assert.Equal(0.1f, FloatBits.ToSingle(FloatBits.FromSingle(0.1f), FloatSemantics.Single));
        Assert.Equal(448.0, FloatBits.ToDouble(0x7E, FloatSemantics.Float8E4M3FN));
        Assert.Equal(1.0, FloatBits.ToDouble(0x3F80, FloatSemantics.BFloat16));
        Assert.Equal((Half)0.5, FloatBits.ToHalf(FloatBits.FromDouble(0.5, FloatSemantics.Half), FloatSemantics.Half));
        Assert.True(double.IsNaN(FloatBits.ToDouble(0x80, FloatSemantics.Float8E5M2FNUZ)));
    }
}
