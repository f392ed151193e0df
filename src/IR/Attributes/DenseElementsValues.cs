using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Lce.IR;

/// <summary>
/// Typed views of dense element attributes for transformations that compute on constants
/// (folders, weight packing): f32 and i32 elements read and built as .NET arrays, splats
/// expanded. Storage is little-endian, as MLIR's.
/// </summary>
public static class DenseElementsValues
{
    public static bool IsF32(this DenseElementsAttr a) => a.ShapedType.ElementType is FloatType { Width: 32 } f && f.Semantics == Numerics.FloatSemantics.Single;
    public static bool IsI32(this DenseElementsAttr a) => a.ShapedType.ElementType is IntegerType { Width: 32 };

    /// <summary>Element <paramref name="i"/> of an f32 attribute.</summary>
    public static float F32At(this DenseElementsAttr a, long i) => BinaryPrimitives.ReadSingleLittleEndian(a.ElementBytes(i));

    /// <summary>All elements of an f32 attribute (a splat expanded to the element count).</summary>
    public static float[] ToF32Array(this DenseElementsAttr a)
    {
        if (!a.IsF32()) throw new InvalidOperationException($"expected f32 elements, got {a.ShapedType.ElementType}");
        var result = new float[checked((int)a.NumElements)];
        if (a.IsSplat) Array.Fill(result, a.F32At(0));
        else MemoryMarshal.Cast<byte, float>(a.RawData).CopyTo(result);
        return result;
    }

    /// <summary>All elements of an i32 attribute (a splat expanded to the element count).</summary>
    public static int[] ToI32Array(this DenseElementsAttr a)
    {
        if (!a.IsI32()) throw new InvalidOperationException($"expected i32 elements, got {a.ShapedType.ElementType}");
        var result = new int[checked((int)a.NumElements)];
        if (a.IsSplat) Array.Fill(result, BinaryPrimitives.ReadInt32LittleEndian(a.ElementBytes(0)));
        else MemoryMarshal.Cast<byte, int>(a.RawData).CopyTo(result);
        return result;
    }

    public static DenseElementsAttr FromF32(IRContext ctx, ShapedType type, ReadOnlySpan<float> values) =>
        DenseElementsAttr.FromRaw(ctx, type, MemoryMarshal.AsBytes(values).ToArray(), isSplat: false);

    public static DenseElementsAttr FromI32(IRContext ctx, ShapedType type, ReadOnlySpan<int> values) =>
        DenseElementsAttr.FromRaw(ctx, type, MemoryMarshal.AsBytes(values).ToArray(), isSplat: false);

    /// <summary>A splat of one f32 value.</summary>
    public static DenseElementsAttr SplatF32(IRContext ctx, ShapedType type, float value) =>
        DenseElementsAttr.FromRaw(ctx, type, BitConverter.GetBytes(value), isSplat: true);
}
