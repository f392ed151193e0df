namespace Lce.Dialects.Quant;

using Lce.IR;

/// <summary>
/// `!quant.uniform&lt;i8:f32, 2.343750e-02:-3&gt;`: per-tensor affine quantization, real value =
/// <see cref="Scale"/> * (stored - <see cref="ZeroPoint"/>) (MLIR's UniformQuantizedType).
/// </summary>
public sealed class UniformQuantizedType : QuantizedType
{
    public double Scale { get; }
    public long ZeroPoint { get; }

    /// <summary>The non-null expressed type (uniform types always have one).</summary>
    public new FloatType ExpressedType => base.ExpressedType!;

    /// <summary>The non-null storage type.</summary>
    public new IntegerType StorageType => base.StorageType!;

    private UniformQuantizedType(QuantDialect d, QuantizationFlags flags, IntegerType storage, FloatType expressed,
        double scale, long zeroPoint, long min, long max)
        : base(d, flags, storage, expressed, min, max) { Scale = scale; ZeroPoint = zeroPoint; }

    /// <summary>The interned type; throws <see cref="ArgumentException"/> with MLIR's message when the parameters are invalid.</summary>
    public static UniformQuantizedType Get(IRContext ctx, QuantizationFlags flags, IntegerType storage, FloatType expressed,
        double scale, long zeroPoint, long storageMin, long storageMax) =>
        TryGet(ctx, flags, storage, expressed, scale, zeroPoint, storageMin, storageMax, out var error) ?? throw new ArgumentException(error);

    /// <summary>
    /// The common case: the full range of a <paramref name="storageWidth"/>-bit signed or unsigned
    /// storage type, e.g. <c>Get(ctx, 8, true, f32, 0.0234375, 0)</c> for `!quant.uniform&lt;i8:f32, 2.343750e-02&gt;`.
    /// </summary>
    public static UniformQuantizedType Get(IRContext ctx, int storageWidth, bool isSigned, FloatType expressed, double scale, long zeroPoint)
    {
        var flags = isSigned ? QuantizationFlags.Signed : QuantizationFlags.None;
        return Get(ctx, flags, IntegerType.Get(ctx, storageWidth), expressed, scale, zeroPoint,
            DefaultMinimumForInteger(isSigned, storageWidth), DefaultMaximumForInteger(isSigned, storageWidth));
    }

    /// <summary>The interned type, or null with the verifier's message (MLIR's getChecked).</summary>
    public static UniformQuantizedType? TryGet(IRContext ctx, QuantizationFlags flags, IntegerType storage, FloatType expressed,
        double scale, long zeroPoint, long storageMin, long storageMax, out string? error)
    {
        error = QuantTypeRules.VerifyUniform(flags, storage, expressed, scale, storageMin, storageMax);
        return error is null
            ? ctx.Intern(new UniformQuantizedType(QuantDialect.Of(ctx), flags, storage, expressed, scale, zeroPoint, storageMin, storageMax))
            : null;
    }

    // Scales compare by bit pattern, so a NaN scale (which MLIR accepts) still interns.
    public override bool Equals(object? o) => o is UniformQuantizedType t && BaseEquals(t)
        && BitConverter.DoubleToInt64Bits(t.Scale) == BitConverter.DoubleToInt64Bits(Scale) && t.ZeroPoint == ZeroPoint;
    protected override int ComputeHash() => HashCode.Combine(BaseHash(0x0A72), BitConverter.DoubleToInt64Bits(Scale), ZeroPoint);
}
