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

    /// <summary>
    /// The trait's fold (MLIR's foldTrait), tried in declaration order when the op's own folder
    /// fails or only updates the op in place. Same contract as a fold hook: return true after
    /// adding one attribute or value per result to <paramref name="results"/>, or none when the
    /// op was changed in place.
    /// </summary>
    public virtual bool Fold(Operation op, IReadOnlyList<IRAttribute?> operands, List<object> results) => false;
}
