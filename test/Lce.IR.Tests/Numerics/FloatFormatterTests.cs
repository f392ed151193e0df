using Lce.IR.Numerics;

namespace Lce.Tests.Numerics;

public class FloatFormatterTests
{
    private static string Mlir(string literal, string semantics)
    {
        var sem = FloatSemantics.FromName(semantics)!;
        return FloatFormatter.Format(FloatParser.ParseMlirLiteral(literal, sem), sem);
    }

    // Observed with mlir-opt 22.1.8 (see /work/shared/docs/mlir-textual-ir.md section 1.6).
    [Theory]
    [InlineData("1.0", "f64", "1.000000e+00")]
    [InlineData("0.1", "f32", "1.000000e-01")]
    [InlineData("0.1", "f64", "1.000000e-01")]
    [InlineData("-0.0", "f64", "-0.000000e+00")]
    [InlineData("1.788139e-07", "f16", "1.788140e-07")]
    [InlineData("4.940660e-324", "f64", "4.940660e-324")]
    [InlineData("0.33333333333300003", "f64", "0.33333333333300003")]
    [InlineData("123456.789", "f64", "123456.789")]
    [InlineData("1.00000012", "f32", "1.00000012")]
    [InlineData("0.123456702", "f32", "0.123456702")]
    [InlineData("1.2345678E+20", "f64", "1.2345678E+20")]
    [InlineData("1.2345669999999999E-10", "f64", "1.2345669999999999E-10")]
    [InlineData("16777217.0", "f64", "0x4170000010000000")]
    [InlineData("123456789.0", "f64", "0x419D6F3454000000")]
    [InlineData("1234567.0", "f32", "0x4996B438")]
    [InlineData("1.5e+300", "f32", "0x7F800000")]
    [InlineData("100000.0", "f16", "0x7C00")]
    [InlineData("0.1", "tf32", "9.997550e-02")]
    [InlineData("3.0e38", "bf16", "3.004060e+38")]
    [InlineData("1.0", "f80", "1.000000e+00")]
    [InlineData("0.1", "f128", "0.100000000000000005551115123125782702")]
    [InlineData("0.1", "f80", "0.100000000000000005551")]
    [InlineData("1000.0", "f8E5M2FNUZ", "1.024000e+03")]
    [InlineData("3.0", "f8E8M0FNU", "4.000000e+00")]
    [InlineData("100.0", "f6E3M2FN", "2.800000e+01")]
    public void PrintsLikeMlirOpt(string literal, string semantics, string expected) =>
        Assert.Equal(expected, Mlir(literal, semantics));

    [Theory]
    [InlineData(0x7FC00000UL, "f32", "0x7FC00000")]
    [InlineData(0xFF800000UL, "f32", "0xFF800000")]
    [InlineData(0x7C00UL, "f16", "0x7C00")]
    [InlineData(0x7FC0UL, "bf16", "0x7FC0")]
    [InlineData(0x7FF8000000000000UL, "f64", "0x7FF8000000000000")]
    [InlineData(0x7FFFFUL, "tf32", "0x7FFFF")]
    [InlineData(0x7FUL, "f8E4M3FN", "0x7F")]
    [InlineData(0x80UL, "f8E5M2FNUZ", "0x80")]
    [InlineData(0xFFUL, "f8E8M0FNU", "0xFF")]
    [InlineData(0x1UL, "f16", "5.960460e-08")]
    [InlineData(0x1UL, "bf16", "9.183550e-41")]
    public void PrintsBitPatterns(ulong bits, string semantics, string expected) =>
        Assert.Equal(expected, FloatFormatter.Format(bits, FloatSemantics.FromName(semantics)!));

    [Fact]
    public void WideNaNsPrintAllTheirBits()
    {
        Assert.Equal("0x7FFFC000000000000000",
            FloatFormatter.Format(UInt128.Parse("7FFFC000000000000000", System.Globalization.NumberStyles.HexNumber), FloatSemantics.X87Extended));
        Assert.Equal("0x7FFF8000000000000000000000000000",
            FloatFormatter.Format(new UInt128(0x7FFF800000000000, 0), FloatSemantics.Quad));
    }

    // Expectations from LLVM's APFloatTest toString unit test.
    [Theory]
    [InlineData(10.0, 6, 3, true, "10")]
    [InlineData(10.0, 6, 0, true, "1.0E+1")]
    [InlineData(1.01E+4, 5, 2, true, "10100")]
    [InlineData(1.01E+4, 4, 2, true, "1.01E+4")]
    [InlineData(1.01E+4, 5, 1, true, "1.01E+4")]
    [InlineData(1.01E-2, 5, 2, true, "0.0101")]
    [InlineData(1.01E-2, 4, 2, true, "0.0101")]
    [InlineData(1.01E-2, 5, 1, true, "1.01E-2")]
    [InlineData(0.78539816339744830961, 0, 3, true, "0.78539816339744828")]
    [InlineData(4.9406564584124654e-324, 0, 3, true, "4.9406564584124654E-324")]
    [InlineData(873.1834, 0, 1, true, "873.18340000000001")]
    [InlineData(873.1834, 0, 0, true, "8.7318340000000001E+2")]
    [InlineData(1.7976931348623157E+308, 0, 0, true, "1.7976931348623157E+308")]
    [InlineData(10.0, 6, 3, false, "10")]
    [InlineData(10.0, 6, 0, false, "1.000000e+01")]
    [InlineData(1.01E+4, 5, 2, false, "10100")]
    [InlineData(1.01E+4, 4, 2, false, "1.0100e+04")]
    [InlineData(1.01E+4, 5, 1, false, "1.01000e+04")]
    [InlineData(0.0, 6, 0, false, "0.000000e+00")]
    [InlineData(-0.0, 0, 0, true, "-0.0E+0")]
    [InlineData(0.0, 0, 3, true, "0")]
    [InlineData(double.PositiveInfinity, 0, 3, true, "+Inf")]
    [InlineData(double.NegativeInfinity, 0, 3, true, "-Inf")]
    [InlineData(double.NaN, 0, 3, true, "NaN")]
    public void ApFloatToStringMatchesLlvm(double value, int precision, int maxPadding, bool truncateZero, string expected) =>
        Assert.Equal(expected,
            FloatFormatter.ApFloatToString(BitConverter.DoubleToUInt64Bits(value), FloatSemantics.Double, precision, maxPadding, truncateZero));

    [Fact]
    public void ApFloatToStringHandlesLongPrecisions()
    {
        // The exact value of the smallest double has 751 significant digits; asking for 800 prints them all.
        string text = FloatFormatter.ApFloatToString(1, FloatSemantics.Double, 800, 0);
        Assert.StartsWith("4.940656458412465441765687928682213723650598026143247644255856825006755072702087518652998363616359923797965646954457177309266567103559397963987747960107818781263007131903114045278458171678489821036887186360569987307230500063874091535649843873124733972731696151400317153853980741262385655911710266585566867681870395603106249319452715914924553293054565444011274801297099995419319894090804165633245247571478690147267801593552386115501348035264934720193790268107107491703332226844753335720832431936092382893458368060106011506169809753078342277318329247904982524730776375927247874656084778203734469699533647017972677717585125660551199131504891101451037862738167250955837389733598993664809941164205702637090279242767544565229087538682506419718265533447265625E-324", text);
        Assert.Equal("5.9604644775390625E-8", FloatFormatter.ApFloatToString(1, FloatSemantics.Half, 40, 0));
    }

    [Fact]
    public void TryFormatAndAppendAgreeWithFormat()
    {
        Span<char> buffer = stackalloc char[FloatFormatter.MaxMlirLength];
        Assert.True(FloatFormatter.TryFormat(0x3DCCCCCD, FloatSemantics.Single, buffer, out int written));
        Assert.Equal("1.000000e-01", buffer[..written].ToString());
        Assert.False(FloatFormatter.TryFormat(0x3DCCCCCD, FloatSemantics.Single, buffer[..5], out _));
        var builder = FloatFormatter.AppendTo(new System.Text.StringBuilder("x="), 0x4996B438, FloatSemantics.Single);
        Assert.Equal("x=0x4996B438", builder.ToString());
        Assert.Equal("1.00000012", FloatFormatter.Format(1.00000012f));
        Assert.Equal("0x0", FloatFormatter.FormatHexBits(0));
    }
}
