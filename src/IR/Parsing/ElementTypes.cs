namespace Lce.IR.Parsing;

/// <summary>
/// Which element types the builtin container types accept, as MLIR checks them when the type
/// is built from text (so `tensor&lt;2xtensor&lt;3xi8&gt;&gt;` is a parse error, not a type).
/// </summary>
internal static class ElementTypes
{
    /// <summary>
    /// TensorType::isValidElementType: complex, float, integer, index, vector and opaque types,
    /// or any type of a non-builtin dialect; not tensors, memrefs, tuples, functions or none.
    /// </summary>
    public static bool IsValidTensorElement(IRType t) =>
        t is IR.ComplexType or FloatType or IntegerType or IndexType or OpaqueType or VectorType or DialectType;

    /// <summary>
    /// MemRefType::isValidElementType: int/index/float, complex, vector and (ranked or unranked)
    /// memref types, or a dialect type implementing MemRefElementTypeInterface. Unregistered
    /// (opaque) types do not implement it, so `memref&lt;4x!foo.t&gt;` is rejected.
    /// </summary>
    public static bool IsValidMemRefElement(IRType t) =>
        t is IR.ComplexType or FloatType or IntegerType or IndexType or VectorType or MemRefType or UnrankedMemRefType
        || t is DialectType { IsValidMemRefElement: true };

    /// <summary>ComplexType::verify: integer or float element types only.</summary>
    public static bool IsValidComplexElement(IRType t) => t is FloatType or IntegerType;

    /// <summary>VectorElementTypeInterface: integer, index and float types (no opaque types), and dialect types that allow it.</summary>
    public static bool IsValidVectorElement(IRType t) => t is IntegerType or IndexType or FloatType || t is DialectType { IsValidVectorElement: true };
}
