namespace Lce.IR.Numerics;

/// <summary>
/// Decimal text to float bits, round-to-nearest-even.
/// <list type="bullet">
/// <item><see cref="TryParseDecimal"/> is <c>APFloat(sem, text)</c>: one correct rounding straight into the
/// target format (what MLIR's printer uses to check that its short form round-trips).</item>
/// <item><see cref="TryParseMlirLiteral"/> is what MLIR's parser does with a float literal: it reads the text
/// as an f64 and then converts that double to the attribute's type, so for narrower types the result
/// is double-rounded (e.g. <c>1.00048828125000000000000001 : f16</c> is 1.0) and f80/f128 literals only
/// carry f64 precision. Out-of-range values become infinity/zero silently (NaN in NaN-only formats, the
/// largest value in finite-only ones).</item>
/// </list>
/// Accepted syntax (APFloat's decimal form): <c>[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?</c>.
/// Hex bit patterns are not handled here; see <see cref="FloatBits"/>.
/// </summary>
public static class FloatParser
{
    public static bool TryParseDecimal(ReadOnlySpan<char> text, FloatSemantics sem, out UInt128 bits)
    {
        bits = 0;
        if (!TryRound(text, sem, out var value))
            return false;
        bits = FloatEncoding.Encode(value, sem);
        return true;
    }

    /// <exception cref="FormatException">The text is not a decimal number.</exception>
    public static UInt128 ParseDecimal(string text, FloatSemantics sem) =>
        TryParseDecimal(text, sem, out var bits) ? bits : throw Invalid(text);

    public static bool TryParseMlirLiteral(ReadOnlySpan<char> text, FloatSemantics sem, out UInt128 bits)
    {
        bits = 0;
        if (!TryRound(text, FloatSemantics.Double, out var asDouble))
            return false;
        var converted = ReferenceEquals(sem, FloatSemantics.Double)
            ? asDouble
            : FloatRounding.Convert(asDouble, FloatSemantics.Double, sem);
        bits = FloatEncoding.Encode(converted, sem);
        return true;
    }

    /// <exception cref="FormatException">The text is not a decimal number.</exception>
    public static UInt128 ParseMlirLiteral(string text, FloatSemantics sem) =>
        TryParseMlirLiteral(text, sem, out var bits) ? bits : throw Invalid(text);

    /// <summary>
    /// Converts bits between formats like <c>APFloat::convert</c> with round-to-nearest-even. A NaN becomes
    /// the target's default NaN (keeping the sign where the format has one); payloads are not carried.
    /// </summary>
    public static UInt128 Convert(UInt128 bits, FloatSemantics from, FloatSemantics to)
    {
        var value = FloatEncoding.Decode(bits, from);
        if (value.Category == FloatCategory.NaN)
            return FloatEncoding.NaNBits(to, value.IsNegative);
        return FloatEncoding.Encode(FloatRounding.Convert(value, from, to), to);
    }

    private static bool TryRound(ReadOnlySpan<char> text, FloatSemantics sem, out DecodedFloat value)
    {
        value = default;
        if (!DecimalScanner.TryScan(text, out var scan))
            return false;

        int count = scan.SignificantDigitCount;
        Span<byte> digits = count <= 256 ? stackalloc byte[count] : new byte[count];
        scan.CopySignificantDigits(text, digits);
        value = DecimalToBinary.Round(sem, scan.Negative, digits, scan.Exponent);
        return true;
    }

    private static FormatException Invalid(string text) => new($"'{text}' is not a decimal floating-point number.");
}
