namespace Lce.Dialects.Quant;

using Lce.IR;

/// <summary>Bits of <see cref="QuantizedType.Flags"/> (MLIR's QuantizationFlags).</summary>
[Flags]
public enum QuantizationFlags : uint
{
    None = 0,
    /// <summary>The stored integers are signed (two's complement).</summary>
    Signed = 1,
}

/// <summary>
/// Base of the `quant` dialect's types (MLIR's quant::QuantizedType): a value stored as an
/// integer (<see cref="StorageType"/>, limited to [<see cref="StorageTypeMin"/>,
/// <see cref="StorageTypeMax"/>]) that stands for a real number of <see cref="ExpressedType"/>.
/// Instances are interned in their context like every type, so reference equality holds.
/// </summary>
public abstract class QuantizedType : DialectType
{
    /// <summary>MLIR's MaxStorageBits: wider storage types are rejected.</summary>
    public const int MaxStorageBits = 32;

    private readonly QuantDialect _dialect;
    public override Dialect Dialect => _dialect;

    public QuantizationFlags Flags { get; }

    /// <summary>The integer type holding the values; null only for <see cref="CalibratedQuantizedType"/>.</summary>
    public IntegerType? StorageType { get; }

    /// <summary>The real-valued type the integers stand for; null for `!quant.any` without one.</summary>
    public FloatType? ExpressedType { get; }

    public long StorageTypeMin { get; }
    public long StorageTypeMax { get; }

    private protected QuantizedType(QuantDialect dialect, QuantizationFlags flags, IntegerType? storage, FloatType? expressed, long min, long max)
    {
        _dialect = dialect; Flags = flags; StorageType = storage; ExpressedType = expressed; StorageTypeMin = min; StorageTypeMax = max;
    }

    public bool IsSigned => (Flags & QuantizationFlags.Signed) != 0;

    /// <summary>Quantized types do not implement VectorElementTypeInterface: `vector&lt;2x!quant.uniform&lt;...&gt;&gt;` is rejected.</summary>
    public override bool IsValidVectorElement => false;

    /// <summary>Nor MemRefElementTypeInterface: `memref&lt;2x!quant.uniform&lt;...&gt;&gt;` is rejected.</summary>
    public override bool IsValidMemRefElement => false;

    /// <summary>Bit width of the storage type (0 for calibrated types, which have none).</summary>
    public int StorageTypeIntegralWidth => StorageType?.Width ?? 0;

    /// <summary>Whether the storage range differs from the full range of the storage type (printed as `i8&lt;-127:127&gt;`).</summary>
    public bool HasStorageTypeBounds =>
        StorageTypeMin != DefaultMinimumForInteger(IsSigned, StorageTypeIntegralWidth)
        || StorageTypeMax != DefaultMaximumForInteger(IsSigned, StorageTypeIntegralWidth);

    /// <summary>The smallest value an integer of this signedness and width holds (getDefaultMinimumForInteger).</summary>
    public static long DefaultMinimumForInteger(bool isSigned, int width) =>
        isSigned ? width == 0 ? 0 : -(1L << (width - 1)) : 0;

    /// <summary>The largest value an integer of this signedness and width holds (getDefaultMaximumForInteger).</summary>
    public static long DefaultMaximumForInteger(bool isSigned, int width) =>
        isSigned ? width == 0 ? 0 : (long)((1UL << (width - 1)) - 1) : width >= 64 ? long.MaxValue : (long)((1UL << width) - 1);

    /// <summary>The quantized element type of a quantized type or of a shaped type of them, else null.</summary>
    public static QuantizedType? GetQuantizedElementType(IRType primitiveOrContainer) =>
        (primitiveOrContainer is ShapedType s ? s.ElementType : primitiveOrContainer) as QuantizedType;

    /// <summary>Whether <paramref name="candidate"/> (or its element type) is this type's expressed type.</summary>
    public bool IsCompatibleExpressedType(IRType candidate) =>
        ReferenceEquals(candidate is ShapedType s ? s.ElementType : candidate, ExpressedType);

    /// <summary>
    /// The storage-type counterpart of a quantized type or of a tensor/vector of them
    /// (`tensor&lt;4x!quant.uniform&lt;i8:f32, 1.0&gt;&gt;` becomes `tensor&lt;4xi8&gt;`); null when not applicable.
    /// </summary>
    public static IRType? CastToStorageType(IRType quantized)
    {
        if (quantized is QuantizedType q) return q.StorageType;
        if (quantized is not ShapedType { ElementType: QuantizedType e } || e.StorageType is not { } storage) return null;
        return e.ReplaceElement(quantized, storage);
    }

    /// <summary>The expressed-type counterpart of a quantized type or a tensor/vector of them; null when not applicable.</summary>
    public static IRType? CastToExpressedType(IRType quantized)
    {
        if (quantized is QuantizedType q) return q.ExpressedType;
        if (quantized is not ShapedType { ElementType: QuantizedType e } || e.ExpressedType is not { } expressed) return null;
        return e.ReplaceElement(quantized, expressed);
    }

    /// <summary>This type in place of the expressed type in <paramref name="candidate"/> (f32 or a tensor/vector of f32); else null.</summary>
    public IRType? CastFromExpressedType(IRType candidate)
    {
        if (ReferenceEquals(candidate, ExpressedType)) return this;
        if (candidate is ShapedType s && ReferenceEquals(s.ElementType, ExpressedType)) return ReplaceElement(candidate, this);
        return null;
    }

    /// <summary>
    /// MLIR's castFromStorageType, as it behaves: this type when <paramref name="candidate"/> is the
    /// storage type; for a ranked/unranked tensor or vector, the same container of the storage type
    /// (MLIR does not check the candidate's element type and does not put the quantized type in).
    /// </summary>
    public IRType? CastFromStorageType(IRType candidate)
    {
        if (ReferenceEquals(candidate, StorageType)) return this;
        if (StorageType is null) return null;
        return candidate is RankedTensorType or UnrankedTensorType or VectorType ? ReplaceElement(candidate, StorageType) : null;
    }

    /// <summary>castExpressedToStorageType: the storage type of the expressed-type container, else null.</summary>
    public IRType? CastExpressedToStorageType(IRType candidate) =>
        CastFromExpressedType(candidate) is { } q ? CastToStorageType(q) : null;

    /// <summary>The same kind of container (ranked/unranked tensor or vector) with another element type.</summary>
    private IRType? ReplaceElement(IRType container, IRType element) => container switch
    {
        RankedTensorType r => RankedTensorType.Get(_dialect.Context, r.Shape, element),
        UnrankedTensorType => UnrankedTensorType.Get(_dialect.Context, element),
        VectorType v => VectorType.Get(_dialect.Context, v.Shape, element),
        _ => null,
    };

    /// <summary>The storage range and flags part of the structural equality of every quantized type.</summary>
    private protected bool BaseEquals(QuantizedType o) =>
        o.Flags == Flags && ReferenceEquals(o.StorageType, StorageType) && ReferenceEquals(o.ExpressedType, ExpressedType)
        && o.StorageTypeMin == StorageTypeMin && o.StorageTypeMax == StorageTypeMax;

    private protected int BaseHash(int kind) => HashCode.Combine(kind, Flags, StorageType, ExpressedType, StorageTypeMin, StorageTypeMax);
}
