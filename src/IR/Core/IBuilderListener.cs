namespace Lce.IR;

/// <summary>
/// Observes insertions made through a <see cref="Builder"/> (MLIR's OpBuilder::Listener). The
/// "previous" position is where an op or block was before it moved; both are null for a newly
/// created one.
/// </summary>
public interface IBuilderListener
{
    void NotifyOperationInserted(Operation op, Block? previousBlock, Operation? previousNext) { }
    void NotifyBlockInserted(Block block, Region? previousRegion, Block? previousNext) { }
}
