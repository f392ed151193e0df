namespace Lce.IR;

/// <summary>
/// A property of an op kind that the verifier and transformations rely on. Traits with
/// invariants check them in <see cref="Verify"/> (structural checks run before the op's own verifier).
/// </summary>
public abstract class OpTrait
{
    /// <summary>Returns false after emitting an error on the op when the invariant does not hold.</summary>
    public virtual bool Verify(Operation op) => true;

    /// <summary>Checks that need the op's regions verified first (e.g. terminator placement).</summary>
    public virtual bool VerifyRegions(Operation op) => true;

    /// <summary>Whether the trait contributes a fold (<see cref="Fold"/> is overridden).</summary>
    public virtual bool HasFolder => false;

    /// <summary>
    /// MLIR's trait folding (foldTrait), tried in trait order when the op's own folder fails or
    /// only updated the op in place. Returns true on success: either values/attributes were added
    /// to <paramref name="results"/> (one per result) or the op was changed in place (results
    /// left empty). <paramref name="operands"/> holds the constant value of each operand or null.
    /// </summary>
    public virtual bool Fold(Operation op, IReadOnlyList<IRAttribute?> operands, List<object> results) => false;
}
