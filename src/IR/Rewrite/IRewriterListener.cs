namespace Lce.IR.Rewrite;

/// <summary>
/// Observes every change a <see cref="RewriterBase"/> makes (MLIR's RewriterBase::Listener);
/// the greedy driver uses it to keep its worklist current.
/// </summary>
public interface IRewriterListener : IBuilderListener
{
    /// <summary>An op was changed in place (operands, attributes, properties, successors).</summary>
    void NotifyOperationModified(Operation op) { }

    /// <summary><paramref name="op"/> is about to be replaced by <paramref name="replacement"/>'s results.</summary>
    void NotifyOperationReplaced(Operation op, Operation replacement) => NotifyOperationReplaced(op, replacement.Results);

    /// <summary><paramref name="op"/> is about to be replaced by <paramref name="replacement"/> (then erased).</summary>
    void NotifyOperationReplaced(Operation op, IReadOnlyList<Value> replacement) { }

    /// <summary><paramref name="op"/> is about to be erased; nested ops were reported first.</summary>
    void NotifyOperationErased(Operation op) { }

    /// <summary><paramref name="block"/> is about to be erased (its ops were reported first).</summary>
    void NotifyBlockErased(Block block) { }

    void NotifyPatternBegin(RewritePattern pattern, Operation op) { }
    void NotifyPatternEnd(RewritePattern pattern, bool succeeded) { }

    /// <summary>A pattern explained why it did not apply.</summary>
    void NotifyMatchFailure(Location loc, string reason) { }
}
