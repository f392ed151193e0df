namespace Lce.IR.Affine;

/// <summary>The node kinds of an affine expression tree.</summary>
public enum AffineExprKind
{
    Add,
    Mul,
    Mod,
    FloorDiv,
    CeilDiv,
    Constant,
    DimId,
    SymbolId,
}
