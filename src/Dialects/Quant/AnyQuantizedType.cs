namespace Lce.Dialects.Quant;

using Lce.IR;

/// <summary>
/// `!quant.any&lt;i8:f32&gt;`: a storage type and range with no quantization parameters yet
/// (MLIR's AnyQuantizedType). The expressed type is optional: `!quant.any&lt;i8&gt;`.
/// </summary>
public sealed class AnyQuantizedType : QuantizedType
{
    private AnyQuantizedType(QuantDialect d, QuantizationFlags flags, IntegerType storage, FloatType? expressed, long min, long max)
        : base(d, flags, storage, expressed, min, max) { }

    /// <summary>The interned type; throws <see cref="ArgumentException"/> with MLIR's message when the parameters are invalid.</summary>
    public static AnyQuantizedType Get(IRContext ctx, QuantizationFlags flags, IntegerType storage, FloatType? expressed, long storageMin, long storageMax) =>
        TryGet(ctx, flags, storage, expressed, storageMin, storageMax, out var error) ?? throw new ArgumentException(error);

    /// <summary>The full storage range of <paramref name="storage"/>.</summary>
    public static AnyQuantizedType Get(IRContext ctx, QuantizationFlags flags, IntegerType storage, FloatType? expressed = null)
    {
        bool signed = (flags & QuantizationFlags.Signed) != 0;
        return Get(ctx, flags, storage, expressed, DefaultMinimumForInteger(signed, storage.Width), DefaultMaximumForInteger(signed, storage.Width));
    }

    /// <summary>The interned type, or null with the verifier's message (MLIR's getChecked).</summary>
    public static AnyQuantizedType? TryGet(IRContext ctx, QuantizationFlags flags, IntegerType storage, FloatType? expressed,
        long storageMin, long storageMax, out string? error)
    {
        error = QuantTypeRules.VerifyAny(flags, storage, expressed, storageMin, storageMax);
        return error is null ? ctx.Intern(new AnyQuantizedType(QuantDialect.Of(ctx), flags, storage, expressed, storageMin, storageMax)) : null;
    }

    public override bool Equals(object? o) => o is AnyQuantizedType t && BaseEquals(t);
    protected override int ComputeHash() => BaseHash(0x0A71);
}
