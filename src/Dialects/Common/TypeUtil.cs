namespace Lce.Dialects;

using Lce.IR;

/// <summary>Type helpers shared by the dialects (MLIR's TypeUtilities).</summary>
public static class TypeUtil
{
    /// <summary>The element type of a shaped type, or the type itself (getElementTypeOrSelf).</summary>
    public static IRType ElementTypeOrSelf(IRType t) => t is ShapedType s ? s.ElementType : t;

    /// <summary>Tensors (ranked or not) and vectors: the containers with value semantics.</summary>
    public static bool IsValueSemanticsContainer(IRType t) => t is RankedTensorType or UnrankedTensorType or VectorType;

    public static bool IsTensor(IRType t) => t is RankedTensorType or UnrankedTensorType;

    /// <summary>
    /// The type of the same shape (scalar, vector, tensor or memref) holding i1 elements
    /// (ArithOps.cpp getI1SameShape).
    /// </summary>
    public static IRType GetI1SameShape(IRContext ctx, IRType type)
    {
        var i1 = IntegerType.Get(ctx, 1);
        return type switch
        {
            RankedTensorType r => RankedTensorType.Get(ctx, r.Shape, i1, r.Encoding),
            UnrankedTensorType => UnrankedTensorType.Get(ctx, i1),
            VectorType v => VectorType.Get(ctx, v.Shape, i1, v.ScalableDims),
            MemRefType m => MemRefType.Get(ctx, m.Shape, i1, m.Layout, m.MemorySpace),
            UnrankedMemRefType u => UnrankedMemRefType.Get(ctx, i1, u.MemorySpace),
            _ => i1,
        };
    }

    /// <summary>
    /// MLIR's verifyCompatibleShape(Type, Type): both shaped or both not; unranked matches any
    /// rank; equal rank and each dimension equal or dynamic.
    /// </summary>
    public static bool AreCompatibleShapes(IRType a, IRType b)
    {
        var sa = a as ShapedType; var sb = b as ShapedType;
        if (sa is null || sb is null) return sa is null && sb is null;
        if (!sa.HasRank || !sb.HasRank) return true;
        if (sa.Rank != sb.Rank) return false;
        for (int i = 0; i < sa.Rank; i++)
        {
            long x = sa.Shape[i], y = sb.Shape[i];
            if (x != ShapedType.Dynamic && y != ShapedType.Dynamic && x != y) return false;
        }
        return true;
    }

    /// <summary>The shape as a list, empty for non-shaped and unranked types (used for shape-equality checks).</summary>
    public static IReadOnlyList<long> ShapeOrEmpty(IRType t) => t is ShapedType { HasRank: true } s ? s.Shape : [];

    /// <summary>Bit width of an integer or float type (index has none): -1 otherwise.</summary>
    public static int IntOrFloatWidth(IRType t) => t switch
    {
        IntegerType i => i.Width,
        FloatType f => f.Width,
        _ => -1,
    };

    public static bool IsSignlessInteger(IRType t) => t is IntegerType { IsSignless: true };
    public static bool IsSignlessInteger(IRType t, int width) => t is IntegerType { IsSignless: true } i && i.Width == width;

    /// <summary>"'t1', 't2'" as MLIR streams a TypeRange into a diagnostic.</summary>
    public static string Quoted(IEnumerable<IRType> types) => string.Join(", ", types.Select(t => $"'{t}'"));
}
