using FsCheck;
using FsCheck.Fluent;

namespace Lce.Tests.Numerics;

/// <summary>Uniform bit patterns and decimal literals for the property tests.</summary>
internal static class Generators
{
    private static readonly Gen<uint> Word = Gen.Choose(int.MinValue, int.MaxValue).Select(i => (uint)i);

    public static Gen<uint> UInt32Bits => Word;

    public static Gen<ulong> UInt64Bits =>
        from high in Word
        from low in Word
        select ((ulong)high << 32) | low;

    public static Gen<UInt128> UInt128Bits =>
        from high in UInt64Bits
        from low in UInt64Bits
        select new UInt128(high, low);

    /// <summary>Decimal literals with 1-30 significant digits and a wide exponent: <c>[-]d.ddde±x</c>.</summary>
    public static Gen<string> DecimalLiteral(int minExponent, int maxExponent) =>
        from negative in Gen.Elements(false, true)
        from digitCount in Gen.Choose(1, 30)
        from digits in Gen.ArrayOf(Gen.Choose(0, 9), digitCount)
        from lead in Gen.Choose(1, 9)
        from exponent in Gen.Choose(minExponent, maxExponent)
        select (negative ? "-" : "") + lead + "." + string.Concat(digits) + "e" + exponent;
}
