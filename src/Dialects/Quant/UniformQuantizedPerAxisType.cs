namespace Lce.Dialects.Quant;

using Lce.IR;

/// <summary>
/// `!quant.uniform&lt;i8:f32:3, {2.0:1, 3.0}&gt;`: one scale and zero point per slice along
/// <see cref="QuantizedDimension"/> of the tensor holding it (MLIR's UniformQuantizedPerAxisType).
/// </summary>
public sealed class UniformQuantizedPerAxisType : QuantizedType
{
    private readonly double[] _scales;
    private readonly long[] _zeroPoints;

    public IReadOnlyList<double> Scales => _scales;
    public IReadOnlyList<long> ZeroPoints => _zeroPoints;
    public int QuantizedDimension { get; }

    /// <summary>The non-null expressed type.</summary>
    public new FloatType ExpressedType => base.ExpressedType!;

    /// <summary>The non-null storage type.</summary>
    public new IntegerType StorageType => base.StorageType!;

    private UniformQuantizedPerAxisType(QuantDialect d, QuantizationFlags flags, IntegerType storage, FloatType expressed,
        double[] scales, long[] zeroPoints, int dim, long min, long max)
        : base(d, flags, storage, expressed, min, max) { _scales = scales; _zeroPoints = zeroPoints; QuantizedDimension = dim; }

    /// <summary>The interned type; throws <see cref="ArgumentException"/> with MLIR's message when the parameters are invalid.</summary>
    public static UniformQuantizedPerAxisType Get(IRContext ctx, QuantizationFlags flags, IntegerType storage, FloatType expressed,
        IEnumerable<double> scales, IEnumerable<long> zeroPoints, int quantizedDimension, long storageMin, long storageMax) =>
        TryGet(ctx, flags, storage, expressed, scales, zeroPoints, quantizedDimension, storageMin, storageMax, out var error)
        ?? throw new ArgumentException(error);

    /// <summary>The interned type, or null with the verifier's message (MLIR's getChecked).</summary>
    public static UniformQuantizedPerAxisType? TryGet(IRContext ctx, QuantizationFlags flags, IntegerType storage, FloatType expressed,
        IEnumerable<double> scales, IEnumerable<long> zeroPoints, int quantizedDimension, long storageMin, long storageMax, out string? error)
    {
        var s = scales.ToArray();
        var z = zeroPoints.ToArray();
        error = QuantTypeRules.VerifyPerAxis(flags, storage, expressed, s, z, quantizedDimension, storageMin, storageMax);
        return error is null
            ? ctx.Intern(new UniformQuantizedPerAxisType(QuantDialect.Of(ctx), flags, storage, expressed, s, z, quantizedDimension, storageMin, storageMax))
            : null;
    }

    public override bool Equals(object? o) => o is UniformQuantizedPerAxisType t && BaseEquals(t)
        && t.QuantizedDimension == QuantizedDimension && t._zeroPoints.AsSpan().SequenceEqual(_zeroPoints)
        && t._scales.Length == _scales.Length && t._scales.Select(BitConverter.DoubleToInt64Bits).SequenceEqual(_scales.Select(BitConverter.DoubleToInt64Bits));

    protected override int ComputeHash()
    {
        var h = new HashCode();
        h.Add(BaseHash(0x0A73));
        h.Add(QuantizedDimension);
        foreach (var s in _scales) h.Add(BitConverter.DoubleToInt64Bits(s));
        foreach (var z in _zeroPoints) h.Add(z);
        return h.ToHashCode();
    }
}
