using System.Numerics;

namespace Lce.IR;

/// <summary>Common base of `dense&lt;...&gt;` attributes over a shaped (tensor or vector) type.</summary>
public abstract class ElementsAttr : IRAttribute, ITypedAttribute
{
    public ShapedType ShapedType { get; }
    public IRType Type => ShapedType;
    protected ElementsAttr(ShapedType type) { ShapedType = type; }
    public long NumElements => ShapedType.NumElements;
}

/// <summary>
/// Dense integer, index, float or complex elements. Storage: each element in
/// <see cref="ElementByteWidth"/> little-endian bytes (i1 as one byte 0/1; complex as two parts);
/// a splat stores a single element.
/// </summary>
public sealed class DenseElementsAttr : ElementsAttr
{
    // Usually a whole array; a view of foreign memory only when built with FromRawMemory.
    private readonly ReadOnlyMemory<byte> _data;
    private byte[]? _array;
    public bool IsSplat { get; }
    public ReadOnlySpan<byte> RawData => _data.Span;
    public ReadOnlyMemory<byte> RawDataMemory => _data;

    /// <summary>The storage as an array (a view's bytes are copied once, on first request).</summary>
    public byte[] RawDataArray => _array ??= System.Runtime.InteropServices.MemoryMarshal.TryGetArray(_data, out var seg)
        && seg.Offset == 0 && seg.Count == seg.Array!.Length ? seg.Array : _data.ToArray();

    private DenseElementsAttr(ShapedType type, ReadOnlyMemory<byte> data, bool splat) : base(type) { _data = data; IsSplat = splat; }

    /// <summary>
    /// Builds from raw storage (one element for a splat, else all elements). A non-splat whose
    /// elements are all equal is stored as a splat, as MLIR detects splats on construction.
    /// </summary>
    public static DenseElementsAttr FromRaw(IRContext ctx, ShapedType type, byte[] data, bool isSplat)
    {
        int ew = ElementByteWidthOf(type.ElementType);
        // A splat of a dynamically shaped type is what a release build of MLIR folds into
        // (`dense<0> : tensor<?xi32>`); it has no element count.
        long n = isSplat && !type.HasStaticShape ? 1 : type.NumElements;
        if (!isSplat && n > 0 && (long)data.Length != n * ew)
            throw new ArgumentException($"dense data has {data.Length} bytes, expected {n * ew}");
        if (!isSplat && n >= 1 && AllSame(data, ew)) { data = data[..ew]; isSplat = true; }
        if (isSplat && n == 0 && data.Length == 0) isSplat = false;
        return ctx.Intern(new DenseElementsAttr(type, data, isSplat));
    }

    /// <summary>
    /// A non-splat attribute over memory that stays unchanged for the attribute's lifetime (for
    /// example the weights of a file being imported): no copy is made. All-equal data becomes a
    /// splat (copying one element), as in <see cref="FromRaw"/>.
    /// </summary>
    public static DenseElementsAttr FromRawMemory(IRContext ctx, ShapedType type, ReadOnlyMemory<byte> data)
    {
        int ew = ElementByteWidthOf(type.ElementType);
        long n = type.NumElements;
        if ((long)data.Length != n * ew) throw new ArgumentException($"dense data has {data.Length} bytes, expected {n * ew}");
        if (n >= 1 && AllSame(data.Span, ew)) return ctx.Intern(new DenseElementsAttr(type, data[..ew].ToArray(), true));
        return ctx.Intern(new DenseElementsAttr(type, data, false));
    }

    private static bool AllSame(ReadOnlySpan<byte> d, int ew)
    {
        var first = d[..ew];
        for (int i = ew; i < d.Length; i += ew)
            if (!d.Slice(i, ew).SequenceEqual(first)) return false;
        return true;
    }

    /// <summary>Bytes per stored element (i1 takes one byte; complex counts both parts).</summary>
    public int ElementByteWidth => ElementByteWidthOf(ShapedType.ElementType);

    public static int ElementByteWidthOf(IRType element) => element switch
    {
        IntegerType it => Math.Max(1, (it.Width + 7) / 8),
        IndexType => 8,
        FloatType ft => (ft.Width + 7) / 8,
        ComplexType ct => 2 * ElementByteWidthOf(ct.ElementType),
        _ => throw new ArgumentException($"unsupported dense element type {element}")
    };

    /// <summary>Raw bytes of element <paramref name="i"/> (any index maps to the one stored value of a splat).</summary>
    public ReadOnlySpan<byte> ElementBytes(long i)
    {
        int ew = ElementByteWidth;
        return IsSplat ? _data.Span[..ew] : _data.Span.Slice(checked((int)(i * ew)), ew);
    }

    /// <summary>An integer element read with the element type's signedness.</summary>
    public BigInteger IntegerAt(long i) => ReadInteger(ElementBytes(i), ShapedType.ElementType);

    public static BigInteger ReadInteger(ReadOnlySpan<byte> bytes, IRType type)
    {
        var v = new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
        return IntegerAttr.Normalize(type, v);
    }

    public static UInt128 ReadBits(ReadOnlySpan<byte> bytes)
    {
        UInt128 v = 0;
        for (int k = bytes.Length - 1; k >= 0; k--) v = (v << 8) | bytes[k];
        return v;
    }

    public override bool Equals(object? o) => o is DenseElementsAttr a && ReferenceEquals(a.ShapedType, ShapedType)
        && a.IsSplat == IsSplat && a._data.Span.SequenceEqual(_data.Span);
    protected override int ComputeHash()
    {
        var h = new HashCode(); h.Add(301); h.Add(ShapedType); h.Add(IsSplat);
        h.AddBytes(_data.Length <= 4096 ? _data.Span : _data.Span[..4096]);
        h.Add(_data.Length);
        return h.ToHashCode();
    }
}

/// <summary>`dense&lt;["a", "b"]&gt;`: elements that are byte strings.</summary>
public sealed class DenseStringElementsAttr : ElementsAttr
{
    private readonly byte[][] _values;
    public IReadOnlyList<byte[]> Values => _values;
    public bool IsSplat { get; }
    private DenseStringElementsAttr(ShapedType type, byte[][] values, bool splat) : base(type) { _values = values; IsSplat = splat; }
    public static DenseStringElementsAttr Get(IRContext ctx, ShapedType type, IReadOnlyList<byte[]> values)
    {
        var vals = values.ToArray();
        bool splat = vals.Length == 1 || (vals.Length > 1 && vals.All(v => v.AsSpan().SequenceEqual(vals[0])));
        if (splat && vals.Length > 1) vals = [vals[0]];
        return ctx.Intern(new DenseStringElementsAttr(type, vals, splat && type.NumElements > 0));
    }
    public override bool Equals(object? o)
    {
        if (o is not DenseStringElementsAttr a || !ReferenceEquals(a.ShapedType, ShapedType) || a._values.Length != _values.Length) return false;
        for (int i = 0; i < _values.Length; i++) if (!a._values[i].AsSpan().SequenceEqual(_values[i])) return false;
        return true;
    }
    protected override int ComputeHash()
    {
        var h = new HashCode(); h.Add(302); h.Add(ShapedType);
        foreach (var v in _values) h.AddBytes(v);
        return h.ToHashCode();
    }
}

/// <summary>`array&lt;i32: 1, 2&gt;`: a dense array of integers or floats (not a shaped elements attr).</summary>
public sealed class DenseArrayAttr : IRAttribute
{
    public IRType ElementType { get; }
    public int Size { get; }
    private readonly byte[] _data;
    public ReadOnlySpan<byte> RawData => _data;
    private DenseArrayAttr(IRType e, int size, byte[] data) { ElementType = e; Size = size; _data = data; }
    public static DenseArrayAttr Get(IRContext ctx, IRType elementType, int size, byte[] data) =>
        ctx.Intern(new DenseArrayAttr(elementType, size, data));
    public static DenseArrayAttr GetI32(IRContext ctx, IEnumerable<int> values)
    {
        var v = values.ToArray();
        var data = new byte[v.Length * 4];
        for (int i = 0; i < v.Length; i++) BitConverter.TryWriteBytes(data.AsSpan(i * 4), v[i]);
        return Get(ctx, IntegerType.Get(ctx, 32), v.Length, data);
    }
    public static DenseArrayAttr GetI64(IRContext ctx, IEnumerable<long> values)
    {
        var v = values.ToArray();
        var data = new byte[v.Length * 8];
        for (int i = 0; i < v.Length; i++) BitConverter.TryWriteBytes(data.AsSpan(i * 8), v[i]);
        return Get(ctx, IntegerType.Get(ctx, 64), v.Length, data);
    }
    public int ElementByteWidth => Size == 0 ? 0 : _data.Length / Size;
    public ReadOnlySpan<byte> ElementBytes(int i) => _data.AsSpan(i * ElementByteWidth, ElementByteWidth);
    public override bool Equals(object? o) => o is DenseArrayAttr a && ReferenceEquals(a.ElementType, ElementType) && a.Size == Size && a._data.AsSpan().SequenceEqual(_data);
    protected override int ComputeHash() { var h = new HashCode(); h.Add(303); h.Add(ElementType); h.AddBytes(_data); return h.ToHashCode(); }
}
