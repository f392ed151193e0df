namespace Lce.Dialects.Tf;

using Lce.IR;

/// <summary>
/// MLIR's ResultsBroadcastableShape (verifyCompatibleOperandBroadcast): the ranked operands
/// broadcast together, and each ranked result ends with a shape compatible with theirs.
/// </summary>
public sealed class ResultsBroadcastableShape : OpTrait
{
    public static readonly ResultsBroadcastableShape Instance = new();

    public override bool Verify(Operation op)
    {
        bool tensors = op.OperandTypes.Concat(op.ResultTypes).Any(t => t is RankedTensorType or UnrankedTensorType);
        bool vectors = op.OperandTypes.Concat(op.ResultTypes).Any(t => t is VectorType);
        if (tensors && vectors) { op.EmitError("cannot broadcast vector with tensor"); return false; }
        var ranked = op.OperandTypes.OfType<RankedTensorType>().ToList();
        if (ranked.Count == 0) return true;
        long[]? shape = ranked[0].Shape.ToArray();
        foreach (var t in ranked)
        {
            shape = TfTypeUtil.BroadcastedShape(shape, t.Shape);
            if (shape is null) { op.EmitOpError("operands don't have broadcast-compatible shapes"); return false; }
        }
        foreach (var r in op.ResultTypes.OfType<RankedTensorType>())
        {
            var suffix = r.Shape.Skip(Math.Max(0, r.Rank - shape.Length)).ToArray();
            bool ok = suffix.Length == shape.Length && suffix.Zip(shape).All(p =>
                p.First == ShapedType.Dynamic || p.Second == ShapedType.Dynamic || p.First == p.Second);
            if (!ok)
            {
                op.EmitOpError($"result type {TfTypeUtil.ShapeString(r.Shape)} not broadcast compatible with broadcasted operands's shapes {TfTypeUtil.ShapeString(shape)}");
                return false;
            }
        }
        return true;
    }
}

/// <summary>TF_SameOperandsAndResultElementTypeResolveRef: one element type for all operands and results, reference types resolved.</summary>
public sealed class SameOperandsAndResultElementTypeResolveRef : OpTrait
{
    public static readonly SameOperandsAndResultElementTypeResolveRef Instance = new();

    public override bool Verify(Operation op) => Check(op);

    public static bool Check(Operation op)
    {
        var ctx = op.Context;
        IRType? element = op.NumResults > 0 ? op.GetResult(0).Type : op.NumOperands > 0 ? op.GetOperand(0).Type : null;
        if (element is null) return true;
        element = TfTypeUtil.ElementTypeOrSelfResolveRef(ctx, element);
        foreach (var t in op.ResultTypes.Concat(op.OperandTypes))
        {
            if (ReferenceEquals(TfTypeUtil.ElementTypeOrSelfResolveRef(ctx, t), element)) continue;
            op.EmitOpError("requires compatible element types for all operands and results");
            return false;
        }
        return true;
    }
}

/// <summary>
/// TF_SameOperandsAndResultTypeResolveRef: the result type is inferred from the first operand
/// (InferTensorType, checked first, with MLIR's two errors when incompatible), then all shapes
/// must be compatible and all element types equal after resolving reference types.
/// </summary>
public sealed class SameOperandsAndResultTypeResolveRef : OpTrait
{
    public static readonly SameOperandsAndResultTypeResolveRef Instance = new();

    public override bool Verify(Operation op)
    {
        if (op.NumOperands == 0) return true;
        var ctx = op.Context;
        var operand = op.GetOperand(0).Type;
        var element = TfTypeUtil.ElementTypeOrSelfResolveRef(ctx, operand);
        IRType inferred = operand is RankedTensorType r ? RankedTensorType.Get(ctx, r.Shape, element) : UnrankedTensorType.Get(ctx, element);
        if (!InferredTypes.Check(op, [inferred])) return false;
        if (!SameShape(op)) return false;
        return SameOperandsAndResultElementTypeResolveRef.Check(op);
    }

    /// <summary>verifySameOperandsAndResultShape: every operand and result shape compatible with the first operand's.</summary>
    public static bool SameShape(Operation op)
    {
        if (op.NumOperands == 0 || op.NumResults == 0) return true;
        var first = op.GetOperand(0).Type;
        if (op.ResultTypes.Concat(op.OperandTypes.Skip(1)).All(t => TypeUtil.AreCompatibleShapes(t, first))) return true;
        op.EmitOpError("requires the same shape for all operands and results");
        return false;
    }
}

/// <summary>
/// TF_OperandsSameAsResultsTypeOrRef (tf.Identity): compatible shapes, and every operand of the
/// result's element type or a reference to it.
/// </summary>
public sealed class OperandsSameAsResultsTypeOrRef : OpTrait
{
    public static readonly OperandsSameAsResultsTypeOrRef Instance = new();

    public override bool Verify(Operation op)
    {
        if (!SameOperandsAndResultTypeResolveRef.SameShape(op)) return false;
        if (op.NumResults == 0) return true;
        var ctx = op.Context;
        var result = TypeUtil.ElementTypeOrSelf(op.GetResult(0).Type);
        foreach (var t in op.ResultTypes.Skip(1))
        {
            if (ReferenceEquals(TypeUtil.ElementTypeOrSelf(t), result)) continue;
            op.EmitOpError("requires all return types to have compatible element types");
            return false;
        }
        foreach (var t in op.OperandTypes)
        {
            var e = TypeUtil.ElementTypeOrSelf(t);
            if (ReferenceEquals(e, result) || ReferenceEquals(TfTypeNames.Dereferenced(ctx, e), result)) continue;
            op.EmitError("requires all operands and results to have compatible element types");
            return false;
        }
        return true;
    }
}

/// <summary>
/// InferTypeOpInterface's verification (verifyInferredResultTypes): the inferred result types must
/// be cast compatible with the declared ones, else MLIR's two errors.
/// </summary>
public static class InferredTypes
{
    public static bool Check(Operation op, IReadOnlyList<IRType> inferred, Func<IReadOnlyList<IRType>, IReadOnlyList<IRType>, bool>? compatible = null)
    {
        var actual = op.ResultTypes.ToList();
        bool ok = compatible?.Invoke(inferred, actual) ?? TfTypeUtil.ArraysAreCastCompatible(op.Context, inferred, actual);
        if (ok) return true;
        // The first error is emitted at the location only (emitOptionalError), without the op dump.
        op.Context.Diagnostics.Emit(new Diagnostic(DiagnosticSeverity.Error, op.Location,
            $"'{op.Name}' op inferred type(s) {TfTypeUtil.QuotedTypes(inferred)} are incompatible with return type(s) of operation {TfTypeUtil.QuotedTypes(actual)}"));
        op.EmitOpError("failed to infer returned types");
        return false;
    }
}
