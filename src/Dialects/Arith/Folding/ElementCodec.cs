namespace Lce.Dialects.Arith.Folding;

using Lce.IR;
using Lce.IR.Numerics;

/// <summary>
/// How constant folders read and build the element values of one kind of attribute (MLIR's
/// AttrElementT/ElementValueT pairs: IntegerAttr/APInt and FloatAttr/APFloat): a scalar
/// attribute, or the elements of a dense attribute whose element type is of that kind.
/// </summary>
internal abstract class ElementCodec<T> where T : struct
{
    /// <summary>Reads a scalar attribute of this kind (IntegerAttr or FloatAttr).</summary>
    public abstract bool TryScalar(IRAttribute? attr, out T value);

    public abstract IRAttribute Scalar(IRContext ctx, IRType type, T value);

    /// <summary>Whether dense elements of this element type hold values of this kind.</summary>
    public abstract bool Accepts(IRType elementType);

    public abstract T Read(DenseElementsAttr attr, long index);

    /// <summary>Writes one element into its little-endian storage slot.</summary>
    public abstract void Write(Span<byte> slot, T value);

    /// <summary>Builds a dense attribute of <paramref name="type"/> (a splat when one value is given).</summary>
    public DenseElementsAttr Dense(IRContext ctx, ShapedType type, IReadOnlyList<T> values)
    {
        int width = DenseElementsAttr.ElementByteWidthOf(type.ElementType);
        var data = new byte[width * values.Count];
        for (int i = 0; i < values.Count; i++) Write(data.AsSpan(i * width, width), values[i]);
        return DenseElementsAttr.FromRaw(ctx, type, data, isSplat: values.Count == 1);
    }

    protected static void WriteBits(Span<byte> slot, UInt128 bits)
    {
        for (int i = 0; i < slot.Length; i++) { slot[i] = (byte)bits; bits >>= 8; }
    }
}

/// <summary>Integer and index elements as <see cref="ApInt"/> (index is 64 bits wide).</summary>
internal sealed class IntCodec : ElementCodec<ApInt>
{
    public static readonly IntCodec Instance = new();

    public static int WidthOf(IRType type) => type switch
    {
        IntegerType i => i.Width,
        IndexType => IndexType.StorageWidth,
        _ => throw new ArgumentException($"not an integer type: {type}"),
    };

    public override bool TryScalar(IRAttribute? attr, out ApInt value)
    {
        if (attr is IntegerAttr i) { value = new ApInt(WidthOf(i.Type), i.Value); return true; }
        value = default;
        return false;
    }

    public override IRAttribute Scalar(IRContext ctx, IRType type, ApInt value) => IntegerAttr.Get(ctx, type, value.Bits);

    public override bool Accepts(IRType elementType) => elementType is IntegerType or IndexType;

    public override ApInt Read(DenseElementsAttr attr, long index) =>
        new(WidthOf(attr.ShapedType.ElementType), attr.IntegerAt(index));

    public override void Write(Span<byte> slot, ApInt value)
    {
        var bytes = value.Bits.ToByteArray(isUnsigned: true, isBigEndian: false);
        slot.Clear();
        bytes.AsSpan(0, Math.Min(bytes.Length, slot.Length)).CopyTo(slot);
    }
}

/// <summary>Float elements as <see cref="ApFloat"/>.</summary>
internal sealed class FloatCodec : ElementCodec<ApFloat>
{
    public static readonly FloatCodec Instance = new();

    public override bool TryScalar(IRAttribute? attr, out ApFloat value)
    {
        if (attr is FloatAttr f) { value = new ApFloat(f.FloatType.Semantics, f.Bits); return true; }
        value = default;
        return false;
    }

    public override IRAttribute Scalar(IRContext ctx, IRType type, ApFloat value) =>
        FloatAttr.FromBits(ctx, (FloatType)type, value.Bits);

    public override bool Accepts(IRType elementType) => elementType is FloatType;

    public override ApFloat Read(DenseElementsAttr attr, long index) =>
        new(((FloatType)attr.ShapedType.ElementType).Semantics, DenseElementsAttr.ReadBits(attr.ElementBytes(index)));

    public override void Write(Span<byte> slot, ApFloat value) => WriteBits(slot, value.Bits);
}
