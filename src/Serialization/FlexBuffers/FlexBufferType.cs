namespace Lce.Serialization.FlexBuffers;

/// <summary>
/// The value type stored in the high six bits of a packed type byte (<c>type &lt;&lt; 2 | width</c>).
/// A reader may meet other codes in malformed data; they read as opaque values.
/// </summary>
public enum FlexBufferType : byte
{
    Null = 0,
    Int = 1,
    UInt = 2,
    Float = 3,
    // Everything below is stored as an offset to the value.
    Key = 4,
    String = 5,
    IndirectInt = 6,
    IndirectUInt = 7,
    IndirectFloat = 8,
    Map = 9,
    /// <summary>An untyped vector: slots followed by one packed type byte per element.</summary>
    Vector = 10,
    VectorInt = 11,
    VectorUInt = 12,
    VectorFloat = 13,
    VectorKey = 14,
    /// <summary>Deprecated: the strings' length widths are lost; read as a vector of keys.</summary>
    VectorStringDeprecated = 15,
    VectorInt2 = 16,
    VectorUInt2 = 17,
    VectorFloat2 = 18,
    VectorInt3 = 19,
    VectorUInt3 = 20,
    VectorFloat3 = 21,
    VectorInt4 = 22,
    VectorUInt4 = 23,
    VectorFloat4 = 24,
    Blob = 25,
    Bool = 26,
    /// <summary>Bool's typed vector; 36 keeps <c>VectorInt + (Bool - Int)</c>.</summary>
    VectorBool = 36,
}

/// <summary>Classification of <see cref="FlexBufferType"/> codes, as the format defines it.</summary>
public static class FlexBufferTypes
{
    /// <summary>Null, Int, UInt, Float and Bool are stored in the slot itself; all others by offset.</summary>
    public static bool IsInline(FlexBufferType t) => t <= FlexBufferType.Float || t == FlexBufferType.Bool;

    /// <summary>Types a typed vector may hold (String only for the deprecated string vector).</summary>
    public static bool IsTypedVectorElement(FlexBufferType t) =>
        (t >= FlexBufferType.Int && t <= FlexBufferType.String) || t == FlexBufferType.Bool;

    public static bool IsTypedVector(FlexBufferType t) =>
        (t >= FlexBufferType.VectorInt && t <= FlexBufferType.VectorStringDeprecated) || t == FlexBufferType.VectorBool;

    public static bool IsFixedTypedVector(FlexBufferType t) =>
        t >= FlexBufferType.VectorInt2 && t <= FlexBufferType.VectorFloat4;

    /// <summary>Whether the code names a type (the deprecated string vector included).</summary>
    public static bool IsKnown(FlexBufferType t) => t <= FlexBufferType.Bool || t == FlexBufferType.VectorBool;

    /// <summary>
    /// The typed vector type for an element type; <paramref name="fixedLength"/> 0 means a
    /// length-prefixed vector, 2–4 a fixed one (Int, UInt or Float elements only).
    /// </summary>
    public static FlexBufferType ToTypedVector(FlexBufferType element, int fixedLength = 0)
    {
        if (!IsTypedVectorElement(element))
            throw new ArgumentException($"{element} cannot be the element type of a typed vector", nameof(element));
        int rel = element - FlexBufferType.Int;
        if (fixedLength == 0) return (FlexBufferType)((int)FlexBufferType.VectorInt + rel);
        if (fixedLength is < 2 or > 4)
            throw new ArgumentOutOfRangeException(nameof(fixedLength), fixedLength, "a fixed-length typed vector has 2, 3 or 4 elements");
        if (element > FlexBufferType.Float)
            throw new ArgumentException($"a fixed-length typed vector holds Int, UInt or Float, not {element}", nameof(element));
        return (FlexBufferType)((int)FlexBufferType.VectorInt2 + 3 * (fixedLength - 2) + rel);
    }

    /// <summary>The element type of a length-prefixed typed vector.</summary>
    public static FlexBufferType TypedVectorElement(FlexBufferType vector)
    {
        if (!IsTypedVector(vector)) throw new ArgumentException($"{vector} is not a typed vector type", nameof(vector));
        return (FlexBufferType)((int)FlexBufferType.Int + (vector - FlexBufferType.VectorInt));
    }

    /// <summary>The element type and length of a fixed-length typed vector.</summary>
    public static (FlexBufferType Element, int Length) FixedTypedVectorElement(FlexBufferType vector)
    {
        if (!IsFixedTypedVector(vector)) throw new ArgumentException($"{vector} is not a fixed typed vector type", nameof(vector));
        int rel = vector - FlexBufferType.VectorInt2;
        return ((FlexBufferType)((int)FlexBufferType.Int + rel % 3), rel / 3 + 2);
    }

    /// <summary>The packed type byte: <c>type &lt;&lt; 2 | width</c>.</summary>
    public static byte Pack(FlexBufferType type, BitWidth width) => (byte)(((int)type << 2) | (int)width);
}
