namespace Lce.IR.Numerics;

/// <summary>The class of a floating-point value, as APFloat categorises it.</summary>
public enum FloatCategory
{
    Zero,
    Normal,
    Infinity,
    NaN,
}

/// <summary>
/// A floating-point value split into its parts, in APFloat's convention: for <see cref="FloatCategory.Normal"/>
/// (which includes denormals) the value is <c>Significand * 2^(Exponent - (Precision - 1))</c>, where the
/// significand has <c>Precision</c> bits and its top bit is clear only for denormals (Exponent is then the
/// minimum exponent). For NaN the significand holds the stored payload bits.
/// </summary>
public readonly record struct DecodedFloat(FloatCategory Category, bool IsNegative, int Exponent, UInt128 Significand)
{
    public bool IsFinite => Category is FloatCategory.Zero or FloatCategory.Normal;

    /// <summary>
    /// Value equality in APFloat's <c>bitwiseIsEqual</c> sense: same category and sign, and for finite
    /// non-zero values the same exponent and significand. (NaN payloads are compared too.)
    /// </summary>
    public bool SameValueAs(in DecodedFloat other) =>
        Category == other.Category && IsNegative == other.IsNegative &&
        (Category is FloatCategory.Zero or FloatCategory.Infinity ||
         (Exponent == other.Exponent && Significand == other.Significand));
}
