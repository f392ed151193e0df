namespace Lce.IR;

/// <summary>
/// A dialect's answers to the inliner (MLIR's DialectInlinerInterface): which of its calls,
/// ops and regions may take part in inlining, and how its terminators are rewritten once a
/// callee body is spliced into a caller. Everything is illegal unless a dialect says otherwise.
/// </summary>
public abstract class DialectInlinerInterface
{
    /// <summary>Whether <paramref name="call"/> (an op of this dialect) may be replaced by the body of <paramref name="callable"/>.</summary>
    public virtual bool IsLegalToInline(Operation call, Operation callable, bool wouldBeCloned) => false;

    /// <summary>Whether region <paramref name="src"/> may be inlined into <paramref name="dest"/>, whose parent op belongs to this dialect.</summary>
    public virtual bool IsLegalToInline(Region dest, Region src, bool wouldBeCloned, IRMapping valueMapping) => false;

    /// <summary>Whether <paramref name="op"/> (of this dialect) may be moved or cloned into <paramref name="dest"/>.</summary>
    public virtual bool IsLegalToInline(Operation op, Region dest, bool wouldBeCloned, IRMapping valueMapping) => false;

    /// <summary>Whether the legality check should look inside the regions of <paramref name="op"/>.</summary>
    public virtual bool ShouldAnalyzeRecursively(Operation op) => true;

    /// <summary>Rewrites a terminator of an inlined block so that it branches to <paramref name="newDest"/> (multi-block inlining).</summary>
    public virtual void HandleTerminator(Operation op, Block newDest) =>
        throw new InvalidOperationException($"'{op.Name}': the dialect must handle terminators when several blocks are inlined");

    /// <summary>Replaces <paramref name="valuesToReplace"/> with the values the inlined single block's terminator returns.</summary>
    public virtual void HandleTerminator(Operation op, IReadOnlyList<Value> valuesToReplace) =>
        throw new InvalidOperationException($"'{op.Name}': the dialect must handle the terminator of an inlined block");

    /// <summary>Builds a conversion of <paramref name="input"/> to <paramref name="resultType"/> when call and callee types differ, or returns null.</summary>
    public virtual Operation? MaterializeCallConversion(Builder builder, Value input, IRType resultType, Location loc) => null;

    /// <summary>Lets the callable's dialect rewrite an argument using its attributes (default: unchanged).</summary>
    public virtual Value HandleArgument(Builder builder, Operation call, Operation callable, Value argument, DictionaryAttr argumentAttrs) => argument;

    /// <summary>Lets the callable's dialect rewrite a result using its attributes (default: unchanged).</summary>
    public virtual Value HandleResult(Builder builder, Operation call, Operation callable, Value result, DictionaryAttr resultAttrs) => result;

    /// <summary>Called with the freshly inlined blocks of a call, before terminators are handled.</summary>
    public virtual void ProcessInlinedCallBlocks(Operation call, IReadOnlyList<Block> inlinedBlocks) { }

    /// <summary>Whether a single inlined block may be merged into the caller's block without splitting it.</summary>
    public virtual bool AllowSingleBlockOptimization(IReadOnlyList<Block> inlinedBlocks) => true;
}

/// <summary>The common case: every op and region of the dialect may be inlined (arith, memref, scf, ...).</summary>
public class AllLegalInlinerInterface : DialectInlinerInterface
{
    public override bool IsLegalToInline(Operation call, Operation callable, bool wouldBeCloned) => true;
    public override bool IsLegalToInline(Region dest, Region src, bool wouldBeCloned, IRMapping valueMapping) => true;
    public override bool IsLegalToInline(Operation op, Region dest, bool wouldBeCloned, IRMapping valueMapping) => true;
}
