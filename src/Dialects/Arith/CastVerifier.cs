namespace Lce.Dialects.Arith;

using Lce.IR;
using Lce.Dialects.Traits;

/// <summary>
/// Verification of arith casts, in MLIR's order: SameInputOutputTensorDims, then the
/// CastOpInterface compatibility check ("... are cast incompatible"), then the op's own
/// verifier (extension must widen, truncation must narrow).
/// </summary>
internal static class CastVerifier
{
    public static bool Verify(Operation op, Func<IRType, IRType, bool> compatible)
    {
        var input = op.GetOperand(0).Type;
        var output = op.GetResult(0).Type;
        // SameInputOutputTensorDims: tensor shapes must be identical (not merely compatible).
        if (op.NumOperands == 1 && !TensorDims(input).SequenceEqual(TensorDims(output)))
        {
            op.EmitOpError("failed to verify that input and output have the same tensor dimensions");
            return false;
        }
        // Native traits (SameOperandsAndResultShape, Elementwise) come after the ODS predicates.
        if (op.NumOperands == 1 && !(SameOperandsAndResultShape.Check(op) && ElementwiseMappable.Check(op))) return false;
        if (!compatible(input, output))
        {
            var ins = op.OperandTypes.ToList();
            op.EmitOpError($"operand type{(ins.Count > 1 ? "s" : "")} {TypeUtil.Quoted(ins)} and result type {TypeUtil.Quoted(op.ResultTypes)} are cast incompatible");
            return false;
        }
        return true;
    }

    private static IReadOnlyList<long> TensorDims(IRType t) => t is RankedTensorType r ? r.Shape : [];

    /// <summary>areValidCastInputsAndOutputs: same tensor encoding and compatible shapes.</summary>
    private static bool ValidInOut(IRType a, IRType b)
    {
        if (a is RankedTensorType ra && b is RankedTensorType rb && !ReferenceEquals(ra.Encoding, rb.Encoding)) return false;
        return TypeUtil.AreCompatibleShapes(a, b);
    }

    /// <summary>getTypeIfLike: the element type when the type is T or a vector/tensor of T.</summary>
    private static IRType? IfLike<T>(IRType t, bool allowMemRef = false) where T : IRType
    {
        if (t is ShapedType s && !(TypeUtil.IsValueSemanticsContainer(t) || (allowMemRef && t is MemRefType or UnrankedMemRefType))) return null;
        var e = TypeUtil.ElementTypeOrSelf(t);
        return e is T ? e : null;
    }

    /// <summary>checkWidthChangeCast: wider (extensions) or narrower (truncations) element type.</summary>
    public static Func<IRType, IRType, bool> WidthChange<T>(bool wider) where T : IRType => (a, b) =>
    {
        if (!ValidInOut(a, b)) return false;
        if (IfLike<T>(a) is not { } src || IfLike<T>(b) is not { } dst) return false;
        int ws = TypeUtil.IntOrFloatWidth(src), wd = TypeUtil.IntOrFloatWidth(dst);
        return wider ? wd > ws : wd < ws;
    };

    /// <summary>checkIntFloatCast.</summary>
    public static bool IntFloat<TFrom, TTo>(IRType a, IRType b) where TFrom : IRType where TTo : IRType =>
        ValidInOut(a, b) && IfLike<TFrom>(a) is not null && IfLike<TTo>(b) is not null;

    /// <summary>areIndexCastCompatible: index to signless integer or back (memrefs too).</summary>
    public static bool IndexCast(IRType a, IRType b)
    {
        if (!ValidInOut(a, b)) return false;
        var src = IfLikeIntOrIndex(a); var dst = IfLikeIntOrIndex(b);
        if (src is null || dst is null) return false;
        return (src is IndexType && TypeUtil.IsSignlessInteger(dst)) || (TypeUtil.IsSignlessInteger(src) && dst is IndexType);
    }

    private static IRType? IfLikeIntOrIndex(IRType t) => (IRType?)IfLike<IntegerType>(t, true) ?? IfLike<IndexType>(t, true);

    /// <summary>BitcastOp::areCastCompatible: equal element bit widths.</summary>
    public static bool Bitcast(IRType a, IRType b)
    {
        if (!ValidInOut(a, b)) return false;
        var src = (IRType?)IfLike<IntegerType>(a, true) ?? IfLike<FloatType>(a, true);
        var dst = (IRType?)IfLike<IntegerType>(b, true) ?? IfLike<FloatType>(b, true);
        return src is not null && dst is not null && TypeUtil.IntOrFloatWidth(src) == TypeUtil.IntOrFloatWidth(dst);
    }

    /// <summary>verifyExtOp: "result type 'i16' must be wider than operand type 'i32'" (emitError, no op prefix).</summary>
    public static bool ExtOp(Operation op) => CheckWidth(op, wider: true);

    /// <summary>verifyTruncateOp: "result type 'i64' must be shorter than operand type 'i32'".</summary>
    public static bool TruncOp(Operation op) => CheckWidth(op, wider: false);

    private static bool CheckWidth(Operation op, bool wider)
    {
        var src = TypeUtil.ElementTypeOrSelf(op.GetOperand(0).Type);
        var dst = TypeUtil.ElementTypeOrSelf(op.GetResult(0).Type);
        int ws = TypeUtil.IntOrFloatWidth(src), wd = TypeUtil.IntOrFloatWidth(dst);
        if (wider ? ws < wd : ws > wd) return true;
        op.EmitError($"result type '{dst}' must be {(wider ? "wider" : "shorter")} than operand type '{src}'");
        return false;
    }
}
