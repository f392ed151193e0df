namespace Lce.IR.Affine;

/// <summary>A well-formed body that MLIR still rejects (undeclared name, non-affine product...).</summary>
internal sealed class AffineSemanticException(string message, int offset) : Exception(message)
{
    public int Offset { get; } = offset;
}
