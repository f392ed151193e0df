namespace Lce.Dialects.Tfl;

using Lce.IR;

/// <summary>
/// How the tfl dialect sees quantized element types (`!quant.uniform&lt;...&gt;` and friends) and
/// TensorFlow's `!tf_type.quint8`/`!tf_type.string`. TFL's predicates only need three facts about
/// a quantized type: that it is one, its storage type (`QuantizedType::castToStorageType`) and
/// whether the storage is signed.
/// </summary>
public static class TflQuantTypes
{
    /// <summary>Storage facts of a quantized element type.</summary>
    public readonly record struct QuantStorage(IRType StorageType, int Width, bool IsSigned);

    /// <summary>Whether <paramref name="elementType"/> is a quantized type (`quant::QuantizedType`).</summary>
    public static bool IsQuantized(IRType elementType) => elementType is Quant.QuantizedType;

    /// <summary>The storage facts of a quantized type, or null when it is not quantized.</summary>
    public static QuantStorage? Storage(IRType elementType) =>
        elementType is Quant.QuantizedType { StorageType: { } st } q ? new QuantStorage(st, q.StorageTypeIntegralWidth, q.IsSigned) : null;

    /// <summary>Whether two quantized element types have the same storage type (TFL's comparison of `castToStorageType` results).</summary>
    public static bool SameStorage(IRType a, IRType b)
    {
        if (!IsQuantized(a) || !IsQuantized(b)) return false;
        if (ReferenceEquals(a, b)) return true;
        return Storage(a) is { } sa && Storage(b) is { } sb && ReferenceEquals(sa.StorageType, sb.StorageType);
    }

    /// <summary>A quantized type with the given storage width and signedness (QI8, QUI8, QI16, ...).</summary>
    public static bool IsQuantizedWith(IRType elementType, int width, bool signed) =>
        Storage(elementType) is { } s && s.Width == width && s.IsSigned == signed;

    /// <summary>TensorFlow's `!tf_type.quint8` (TFL_Quint8).</summary>
    public static bool IsTfQuint8(IRType t) => IsTfType(t, "quint8");

    /// <summary>TensorFlow's `!tf_type.string` (TFL_Str).</summary>
    public static bool IsTfString(IRType t) => IsTfType(t, "string");

    private static bool IsTfType(IRType t, string mnemonic) =>
        IsOfDialect(t, "tf_type") && t.ToString() == "!tf_type." + mnemonic;

    private static bool IsOfDialect(IRType t, string ns) => t switch
    {
        DialectType d => d.Dialect.Namespace == ns,
        OpaqueType o => o.DialectNamespace == ns,
        _ => false,
    };
}
