namespace Lce.Dialects.Traits;

using Lce.IR;

/// <summary>
/// All operands and results have compatible shapes (MLIR's SameOperandsAndResultShape): all
/// scalars, or all shaped with compatible shapes.
/// </summary>
public sealed class SameOperandsAndResultShape : OpTrait
{
    public static readonly SameOperandsAndResultShape Instance = new(true);

    /// <summary>Marker only: the op's verifier calls <see cref="Check"/> after its ODS predicates.</summary>
    public static readonly SameOperandsAndResultShape Deferred = new(false);

    private readonly bool _verifyAsTrait;
    private SameOperandsAndResultShape(bool verifyAsTrait) { _verifyAsTrait = verifyAsTrait; }

    public override bool Verify(Operation op) => !_verifyAsTrait || Check(op);

    public static bool Check(Operation op)
    {
        var types = op.OperandTypes.Concat(op.ResultTypes).ToList();
        if (types.Count == 0) return true;
        foreach (var t in types)
        {
            if (!TypeUtil.AreCompatibleShapes(types[0], t))
            {
                op.EmitOpError("requires the same shape for all operands and results");
                return false;
            }
        }
        return true;
    }
}

/// <summary>
/// Elementwise-mappable ops (MLIR's ElementwiseMappable traits: Elementwise, Scalarizable,
/// Vectorizable, Tensorizable): applying the op to vectors/tensors applies it per element.
/// </summary>
public sealed class ElementwiseMappable : OpTrait
{
    public static readonly ElementwiseMappable Instance = new(true);

    /// <summary>
    /// The same trait for ops whose ODS predicates must be reported first (MLIR verifies ODS
    /// invariants before native traits): the op's verifier calls <see cref="Check"/> itself.
    /// </summary>
    public static readonly ElementwiseMappable Deferred = new(false);

    private readonly bool _verifyAsTrait;
    private ElementwiseMappable(bool verifyAsTrait) { _verifyAsTrait = verifyAsTrait; }

    public override bool Verify(Operation op) => !_verifyAsTrait || Check(op);

    private static bool IsMappable(IRType t) => t is VectorType or RankedTensorType or UnrankedTensorType;

    /// <summary>OpTrait::impl::verifyElementwise.</summary>
    public static bool Check(Operation op)
    {
        var results = op.ResultTypes.Where(IsMappable).ToList();
        var operands = op.OperandTypes.Where(IsMappable).ToList();
        if (results.Count == 0 && operands.Count == 0) return true;
        string? error = null;
        if (results.Count > 0 && operands.Count == 0)
            error = "if a result is non-scalar, then at least one operand must be non-scalar";
        else if (results.Count == 0)
            error = "if an operand is non-scalar, then there must be at least one non-scalar result";
        else if (results.Count != op.NumResults)
            error = "if an operand is non-scalar, then all results must be non-scalar";
        else
        {
            var all = operands.Concat(results).ToList();
            bool sameKind = all.All(t => t.GetType() == all[0].GetType());
            bool sameShape = all.All(t => TypeUtil.AreCompatibleShapes(all[0], t));
            if (!sameKind || !sameShape) error = "all non-scalar operands/results must have the same shape and base type";
        }
        if (error is null) return true;
        op.EmitOpError(error);
        return false;
    }
}
