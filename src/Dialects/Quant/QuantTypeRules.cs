namespace Lce.Dialects.Quant;

using System.Globalization;
using Lce.IR;
using Lce.IR.Numerics;

/// <summary>
/// The invariants MLIR 22 checks when a quantized type is built (the verifyInvariants of each
/// type), with its messages. Each check returns the error text, or null when the parameters are valid.
/// </summary>
public static class QuantTypeRules
{
    /// <summary>QuantizedType::verifyInvariants: integral storage of 1..32 bits and a non-empty range inside it.</summary>
    public static string? VerifyStorage(QuantizationFlags flags, IRType? storage, long min, long max)
    {
        if (storage is not IntegerType integer) return "storage type must be integral";
        int width = integer.Width;
        if (width == 0 || width > QuantizedType.MaxStorageBits) return $"illegal storage type size: {width}";
        bool signed = (flags & QuantizationFlags.Signed) != 0;
        long defaultMin = QuantizedType.DefaultMinimumForInteger(signed, width);
        long defaultMax = QuantizedType.DefaultMaximumForInteger(signed, width);
        // max - min <= 0, computed without the overflow C++ would have for extreme values.
        if (max <= min || min < defaultMin || max > defaultMax)
            return $"illegal storage min and storage max: ({min}:{max})";
        return null;
    }

    /// <summary>AnyQuantizedType::verifyInvariants.</summary>
    public static string? VerifyAny(QuantizationFlags flags, IRType? storage, IRType? expressed, long min, long max) =>
        VerifyStorage(flags, storage, min, max)
        ?? (expressed is not null and not FloatType ? "expressed type must be floating point" : null);

    /// <summary>UniformQuantizedType::verifyInvariants.</summary>
    public static string? VerifyUniform(QuantizationFlags flags, IRType? storage, IRType? expressed, double scale, long min, long max) =>
        VerifyStorage(flags, storage, min, max) ?? VerifyExpressed(expressed) ?? VerifyScales(expressed!, [scale]);

    /// <summary>UniformQuantizedPerAxisType::verifyInvariants.</summary>
    public static string? VerifyPerAxis(QuantizationFlags flags, IRType? storage, IRType? expressed,
        IReadOnlyList<double> scales, IReadOnlyList<long> zeroPoints, int quantizedDimension, long min, long max)
    {
        var error = VerifyStorage(flags, storage, min, max) ?? VerifyExpressed(expressed);
        if (error is not null) return error;
        if (scales.Count != zeroPoints.Count) return $"illegal number of scales and zeroPoints: {scales.Count}, {zeroPoints.Count}";
        return VerifyScales(expressed!, scales)
            ?? (quantizedDimension < 0 ? $"illegal quantized dimension: {quantizedDimension}" : null);
    }

    /// <summary>UniformQuantizedSubChannelType::verifyInvariants (the checks mlir-opt 22 is seen to make).</summary>
    public static string? VerifySubChannel(QuantizationFlags flags, IRType? storage, IRType? expressed,
        int scaleCount, int zeroPointCount, IReadOnlyList<(int Axis, long BlockSize)> blockSizes, long min, long max)
    {
        var error = VerifyStorage(flags, storage, min, max) ?? VerifyExpressed(expressed);
        if (error is not null) return error;
        if (scaleCount != zeroPointCount) return $"illegal number of scales and zeroPoints: {scaleCount}, {zeroPointCount}";
        foreach (var (axis, block) in blockSizes)
        {
            if (axis < 0) return $"illegal quantized dimension: {axis}";
            if (block <= 0) return $"illegal block size: {block}";
        }
        return null;
    }

    /// <summary>CalibratedQuantizedType::verifyInvariants.</summary>
    public static string? VerifyCalibrated(IRType? expressed, double min, double max)
    {
        if (expressed is not FloatType) return "expressed type must be floating point";
        // `max <= min` is false for NaN operands in C++ as well.
        if (max <= min) return $"illegal min and max: ({FormatDiagnosticDouble(min)}:{FormatDiagnosticDouble(max)})";
        return null;
    }

    private static string? VerifyExpressed(IRType? expressed) =>
        expressed is null ? "uniform quantization requires expressed type"
        : expressed is not FloatType ? "expressed type must be floating point" : null;

    private static string? VerifyScales(IRType expressed, IEnumerable<double> scales)
    {
        var (lo, hi) = ScaleRange((FloatType)expressed);
        // NaN compares false both ways and passes, as in MLIR.
        foreach (var s in scales)
            if (s < lo || s > hi)
                return $"scale out of expressed type range [{FormatDiagnosticDouble(lo)}, {FormatDiagnosticDouble(hi)}]";
        return null;
    }

    /// <summary>
    /// The scales a type of this expressed type accepts: from the smallest positive value of the
    /// float format (a denormal where it has them) to its largest finite value, both as doubles.
    /// </summary>
    public static (double Min, double Max) ScaleRange(FloatType expressed)
    {
        var sem = expressed.Semantics;
        // Bit pattern 1 is the smallest denormal; formats without a stored significand (f8E8M0FNU) have 2^emin at 0.
        UInt128 smallestBits = sem.StoredSignificandBits == 0 ? UInt128.Zero : UInt128.One;
        return (FloatBits.ToDouble(smallestBits, sem), ApFloat.Largest(sem).ToDouble());
    }

    /// <summary>
    /// A double as MLIR's diagnostics print it (raw_ostream's `%e`: six decimals, a two-digit
    /// exponent at least, `INF`/`-INF` and `nan` for the non-finite values).
    /// </summary>
    public static string FormatDiagnosticDouble(double value)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsInfinity(value)) return value < 0 ? "-INF" : "INF";
        var text = value.ToString("E6", CultureInfo.InvariantCulture); // d.ddddddE+ddd
        int e = text.IndexOf('E');
        var mantissa = text[..e];
        char sign = text[e + 1];
        var digits = text[(e + 2)..].TrimStart('0');
        if (digits.Length < 2) digits = digits.PadLeft(2, '0');
        return $"{mantissa}e{sign}{digits}";
    }
}
