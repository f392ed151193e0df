namespace Lce.Dialects.Quant;

using Lce.IR;

/// <summary>
/// `!quant.calibrated&lt;f32&lt;-0.5:1.0&gt;&gt;`: an observed real range of a value, before a storage
/// type is chosen (MLIR's CalibratedQuantizedType). It has no storage type and no flags.
/// </summary>
public sealed class CalibratedQuantizedType : QuantizedType
{
    public double Min { get; }
    public double Max { get; }

    /// <summary>The non-null expressed type.</summary>
    public new FloatType ExpressedType => base.ExpressedType!;

    private CalibratedQuantizedType(QuantDialect d, FloatType expressed, double min, double max)
        : base(d, QuantizationFlags.None, null, expressed, 0, 0) { Min = min; Max = max; }

    /// <summary>The interned type; throws <see cref="ArgumentException"/> with MLIR's message when min is not below max.</summary>
    public static CalibratedQuantizedType Get(IRContext ctx, FloatType expressed, double min, double max) =>
        TryGet(ctx, expressed, min, max, out var error) ?? throw new ArgumentException(error);

    /// <summary>The interned type, or null with the verifier's message.</summary>
    public static CalibratedQuantizedType? TryGet(IRContext ctx, FloatType expressed, double min, double max, out string? error)
    {
        error = QuantTypeRules.VerifyCalibrated(expressed, min, max);
        return error is null ? ctx.Intern(new CalibratedQuantizedType(QuantDialect.Of(ctx), expressed, min, max)) : null;
    }

    public override bool Equals(object? o) => o is CalibratedQuantizedType t && BaseEquals(t)
        && BitConverter.DoubleToInt64Bits(t.Min) == BitConverter.DoubleToInt64Bits(Min)
        && BitConverter.DoubleToInt64Bits(t.Max) == BitConverter.DoubleToInt64Bits(Max);
    protected override int ComputeHash() => HashCode.Combine(BaseHash(0x0A75), BitConverter.DoubleToInt64Bits(Min), BitConverter.DoubleToInt64Bits(Max));
}
