using Lce.IR;

namespace Lce.Transforms.Inlining;

/// <summary>
/// Dispatches inliner questions to the dialect of the op concerned (MLIR's InlinerInterface
/// over the dialects' DialectInlinerInterface). Ops whose dialect gives no answer are not
/// inlined. Subclasses observe inlined blocks through <see cref="ProcessInlinedBlocks"/>.
/// </summary>
public class InlinerInterface(IRContext context)
{
    public IRContext Context { get; } = context;

    /// <summary>The interface of the op's dialect (also for unregistered ops of a loaded dialect), or null.</summary>
    public DialectInlinerInterface? GetInterfaceFor(Operation op) =>
        Context.GetDialect(op.OpName.DialectNamespace)?.InlinerInterface;

    public bool IsLegalToInline(Operation call, Operation callable, bool wouldBeCloned) =>
        GetInterfaceFor(call)?.IsLegalToInline(call, callable, wouldBeCloned) ?? false;

    public bool IsLegalToInline(Region dest, Region src, bool wouldBeCloned, IRMapping valueMapping) =>
        dest.Owner is { } owner && (GetInterfaceFor(owner)?.IsLegalToInline(dest, src, wouldBeCloned, valueMapping) ?? false);

    public bool IsLegalToInline(Operation op, Region dest, bool wouldBeCloned, IRMapping valueMapping) =>
        GetInterfaceFor(op)?.IsLegalToInline(op, dest, wouldBeCloned, valueMapping) ?? false;

    public bool ShouldAnalyzeRecursively(Operation op) => GetInterfaceFor(op)?.ShouldAnalyzeRecursively(op) ?? true;

    public void HandleTerminator(Operation op, Block newDest) => Required(op).HandleTerminator(op, newDest);

    public void HandleTerminator(Operation op, IReadOnlyList<Value> valuesToReplace) => Required(op).HandleTerminator(op, valuesToReplace);

    public bool AllowSingleBlockOptimization(IReadOnlyList<Block> inlinedBlocks) =>
        inlinedBlocks.Count == 0 || inlinedBlocks[0].ParentOp is not { } parent
        || Required(parent).AllowSingleBlockOptimization(inlinedBlocks);

    public Value HandleArgument(Builder builder, Operation call, Operation callable, Value argument, DictionaryAttr attrs) =>
        Required(callable).HandleArgument(builder, call, callable, argument, attrs);

    public Value HandleResult(Builder builder, Operation call, Operation callable, Value result, DictionaryAttr attrs) =>
        Required(callable).HandleResult(builder, call, callable, result, attrs);

    public void ProcessInlinedCallBlocks(Operation call, IReadOnlyList<Block> inlinedBlocks) =>
        Required(call).ProcessInlinedCallBlocks(call, inlinedBlocks);

    /// <summary>Called with the blocks just inlined, before their terminators are handled.</summary>
    public virtual void ProcessInlinedBlocks(IReadOnlyList<Block> inlinedBlocks) { }

    private DialectInlinerInterface Required(Operation op) =>
        GetInterfaceFor(op) ?? throw new InvalidOperationException($"'{op.Name}' has no inliner interface");
}
