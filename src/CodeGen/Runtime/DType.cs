namespace Lce.CodeGen.Runtime;

/// <summary>The element types the executor stores. Quantized tensors use their storage type (int8/uint8/int32).</summary>
public enum DType
{
    Float32,
    Int8,
    UInt8,
    Int32,
    Int64,
    Bool,
}

/// <summary>Sizes and names of <see cref="DType"/>s, as the JSON I/O and error messages spell them.</summary>
public static class DTypes
{
    /// <summary>Bytes per element (bool takes one byte, as TFLite stores it).</summary>
    public static int ByteSize(this DType t) => t switch
    {
        DType.Float32 or DType.Int32 => 4,
        DType.Int64 => 8,
        _ => 1,
    };

    public static string Name(this DType t) => t switch
    {
        DType.Float32 => "float32",
        DType.Int8 => "int8",
        DType.UInt8 => "uint8",
        DType.Int32 => "int32",
        DType.Int64 => "int64",
        _ => "bool",
    };

    public static bool TryParse(string name, out DType type)
    {
        foreach (var t in Enum.GetValues<DType>())
            if (t.Name() == name) { type = t; return true; }
        type = default;
        return false;
    }
}
