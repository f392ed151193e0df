namespace Lce.IR;

/// <summary>A type with an element type and (optionally) a shape: tensors, vectors, memrefs.</summary>
public abstract class ShapedType : IRType
{
    /// <summary>Marker for a dynamic dimension ('?'), as MLIR's ShapedType::kDynamic.</summary>
    public const long Dynamic = long.MinValue;

    public IRType ElementType { get; }
    protected ShapedType(IRType element) { ElementType = element; }

    public abstract bool HasRank { get; }
    /// <summary>The dimensions; empty for 0-d; throws for unranked types.</summary>
    public abstract IReadOnlyList<long> Shape { get; }
    public int Rank => Shape.Count;
    public bool HasStaticShape => HasRank && Shape.All(d => d != Dynamic);

    /// <summary>Element count of a static shape (product of dimensions).</summary>
    public long NumElements
    {
        get
        {
            long n = 1;
            foreach (var d in Shape) n = checked(n * d);
            return n;
        }
    }
}

public sealed class RankedTensorType : ShapedType
{
    private readonly long[] _shape;
    public override IReadOnlyList<long> Shape => _shape;
    public override bool HasRank => true;
    /// <summary>Optional encoding attribute, printed after the element type.</summary>
    public IRAttribute? Encoding { get; }
    private RankedTensorType(long[] shape, IRType e, IRAttribute? enc) : base(e) { _shape = shape; Encoding = enc; }
    public static RankedTensorType Get(IRContext ctx, IEnumerable<long> shape, IRType element, IRAttribute? encoding = null) =>
        ctx.Intern(new RankedTensorType(shape.ToArray(), element, encoding));
    public override bool Equals(object? o) => o is RankedTensorType t && ReferenceEquals(t.ElementType, ElementType)
        && ReferenceEquals(t.Encoding, Encoding) && t._shape.AsSpan().SequenceEqual(_shape);
    protected override int ComputeHash() => HashCode.Combine(Seq.Hash(10, _shape), ElementType, Encoding);
}

public sealed class UnrankedTensorType : ShapedType
{
    public override bool HasRank => false;
    public override IReadOnlyList<long> Shape => throw new InvalidOperationException("unranked tensor has no shape");
    private UnrankedTensorType(IRType e) : base(e) { }
    public static UnrankedTensorType Get(IRContext ctx, IRType element) => ctx.Intern(new UnrankedTensorType(element));
    public override bool Equals(object? o) => o is UnrankedTensorType t && ReferenceEquals(t.ElementType, ElementType);
    protected override int ComputeHash() => HashCode.Combine(11, ElementType);
}

public sealed class VectorType : ShapedType
{
    private readonly long[] _shape;
    private readonly bool[] _scalable;
    public override IReadOnlyList<long> Shape => _shape;
    /// <summary>Per dimension: whether it is scalable (printed in brackets, `[4]`).</summary>
    public IReadOnlyList<bool> ScalableDims => _scalable;
    public override bool HasRank => true;
    private VectorType(long[] shape, bool[] scalable, IRType e) : base(e) { _shape = shape; _scalable = scalable; }
    public static VectorType Get(IRContext ctx, IEnumerable<long> shape, IRType element, IEnumerable<bool>? scalable = null)
    {
        var s = shape.ToArray();
        var sc = scalable?.ToArray() ?? new bool[s.Length];
        if (sc.Length != s.Length) throw new ArgumentException("scalable flags must match the rank");
        return ctx.Intern(new VectorType(s, sc, element));
    }
    public override bool Equals(object? o) => o is VectorType t && ReferenceEquals(t.ElementType, ElementType)
        && t._shape.AsSpan().SequenceEqual(_shape) && t._scalable.AsSpan().SequenceEqual(_scalable);
    protected override int ComputeHash() => HashCode.Combine(Seq.Hash(12, _shape), Seq.Hash(0, _scalable), ElementType);
}

public sealed class MemRefType : ShapedType
{
    private readonly long[] _shape;
    public override IReadOnlyList<long> Shape => _shape;
    public override bool HasRank => true;
    /// <summary>Layout (affine map or strided layout); null for the identity layout.</summary>
    public IRAttribute? Layout { get; }
    /// <summary>Memory space; null for the default space (0 is normalized to null as MLIR does).</summary>
    public IRAttribute? MemorySpace { get; }
    private MemRefType(long[] shape, IRType e, IRAttribute? layout, IRAttribute? space) : base(e)
    { _shape = shape; Layout = layout; MemorySpace = space; }
    /// <summary>
    /// Identity affine-map layouts and the default memory space (integer 0) are normalized away,
    /// as MLIR does (strided layouts are kept as written), so `memref&lt;4xf32, affine_map&lt;(d0) -&gt; (d0)&gt;, 0&gt;` is `memref&lt;4xf32&gt;`.
    /// </summary>
    public static MemRefType Get(IRContext ctx, IEnumerable<long> shape, IRType element, IRAttribute? layout = null, IRAttribute? memorySpace = null)
    {
        var dims = shape.ToArray();
        if (IsIdentityLayout(layout, dims.Length)) layout = null;
        if (memorySpace is IntegerAttr { Value.IsZero: true }) memorySpace = null;
        return ctx.Intern(new MemRefType(dims, element, layout, memorySpace));
    }

    private static bool IsIdentityLayout(IRAttribute? layout, int rank) => layout switch
    {
        AffineMapAttr am => am.Map.IsIdentity && am.Map.NumDims == rank,
        _ => false
    };
    public override bool Equals(object? o) => o is MemRefType t && ReferenceEquals(t.ElementType, ElementType)
        && ReferenceEquals(t.Layout, Layout) && ReferenceEquals(t.MemorySpace, MemorySpace) && t._shape.AsSpan().SequenceEqual(_shape);
    protected override int ComputeHash() => HashCode.Combine(Seq.Hash(13, _shape), ElementType, Layout, MemorySpace);
}

public sealed class UnrankedMemRefType : ShapedType
{
    public override bool HasRank => false;
    public override IReadOnlyList<long> Shape => throw new InvalidOperationException("unranked memref has no shape");
    public IRAttribute? MemorySpace { get; }
    private UnrankedMemRefType(IRType e, IRAttribute? space) : base(e) { MemorySpace = space; }
    public static UnrankedMemRefType Get(IRContext ctx, IRType element, IRAttribute? memorySpace = null) =>
        ctx.Intern(new UnrankedMemRefType(element, memorySpace is IntegerAttr { Value.IsZero: true } ? null : memorySpace));
    public override bool Equals(object? o) => o is UnrankedMemRefType t && ReferenceEquals(t.ElementType, ElementType) && ReferenceEquals(t.MemorySpace, MemorySpace);
    protected override int ComputeHash() => HashCode.Combine(14, ElementType, MemorySpace);
}
