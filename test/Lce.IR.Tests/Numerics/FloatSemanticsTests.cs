using Lce.IR.Numerics;

namespace Lce.Tests.Numerics;

public class FloatSemanticsTests
{
    [Theory]
    [InlineData("f16", 16, 11, 15, -14, true, true)]
    [InlineData("bf16", 16, 8, 127, -126, true, true)]
    [InlineData("f32", 32, 24, 127, -126, true, true)]
    [InlineData("f64", 64, 53, 1023, -1022, true, true)]
    [InlineData("f80", 80, 64, 16383, -16382, true, true)]
    [InlineData("f128", 128, 113, 16383, -16382, true, true)]
    [InlineData("tf32", 19, 11, 127, -126, true, true)]
    [InlineData("f8E5M2", 8, 3, 15, -14, true, true)]
    [InlineData("f8E4M3FN", 8, 4, 8, -6, false, true)]
    [InlineData("f8E5M2FNUZ", 8, 3, 15, -15, false, true)]
    [InlineData("f8E8M0FNU", 8, 1, 127, -127, false, true)]
    [InlineData("f4E2M1FN", 4, 2, 2, 0, false, false)]
    public void DescribesFormats(string name, int width, int precision, int maxExp, int minExp, bool inf, bool nan)
    {
        var sem = FloatSemantics.FromName(name)!;
        Assert.Equal((width, precision, maxExp, minExp, inf, nan),
            (sem.BitWidth, sem.Precision, sem.MaxExponent, sem.MinExponent, sem.HasInfinity, sem.HasNaN));
    }

    [Fact]
    public void UnknownNamesAreNull() => Assert.Null(FloatSemantics.FromName("f7"));

    [Fact]
    public void EverySmallPatternSurvivesDecodeEncode()
    {
        foreach (var sem in FloatSemantics.All.Where(s => s.BitWidth <= 16 || s == FloatSemantics.TF32))
        {
            for (uint bits = 0; bits < 1u << sem.BitWidth; bits++)
            {
                var value = FloatEncoding.Decode(bits, sem);
                if (value.Category != FloatCategory.NaN || sem.NanEncoding == NanEncoding.Ieee)
                    Assert.Equal((UInt128)bits, FloatEncoding.Encode(value, sem));
            }
        }
    }

    [Theory]
    [InlineData("f8E4M3FN", 0x7F, FloatCategory.NaN)]
    [InlineData("f8E4M3FN", 0x7E, FloatCategory.Normal)]
    [InlineData("f8E4M3FN", 0x78, FloatCategory.Normal)]
    [InlineData("f8E5M2FNUZ", 0x80, FloatCategory.NaN)]
    [InlineData("f8E5M2FNUZ", 0x7C, FloatCategory.Normal)]
    [InlineData("f8E5M2", 0x7C, FloatCategory.Infinity)]
    [InlineData("f8E8M0FNU", 0x00, FloatCategory.Normal)]
    [InlineData("f4E2M1FN", 0x8, FloatCategory.Zero)]
    [InlineData("f80", 0, FloatCategory.Infinity)] // bits built below: 0x7FFF8000000000000000
    public void ClassifiesPatterns(string name, ulong bits, FloatCategory expected)
    {
        var sem = FloatSemantics.FromName(name)!;
        UInt128 wide = name == "f80" ? new UInt128(0x7FFF, 0x8000000000000000) : bits;
        Assert.Equal(expected, FloatEncoding.Decode(wide, sem).Category);
    }

    [Fact]
    public void X87UnnormalsAreNaNAndPseudoDenormalsAreNormal()
    {
        var sem = FloatSemantics.X87Extended;
        Assert.Equal(FloatCategory.NaN, FloatEncoding.Decode(new UInt128(0x3FFF, 0x4000000000000000), sem).Category);
        var pseudo = FloatEncoding.Decode(new UInt128(0, 0x8000000000000000), sem);
        Assert.Equal((FloatCategory.Normal, -16382), (pseudo.Category, pseudo.Exponent));
    }
}
