namespace Lce.IR.Traits;

/// <summary>
/// A terminator that forwards operands to its successors' arguments (MLIR's BranchOpInterface).
/// Successor <c>i</c> receives the operand group named <c>SuccessorOperandGroups[i]</c> of the
/// op's declaration (e.g. cond_br's "trueDestOperands"); no operand is produced by the op itself.
/// </summary>
public sealed class BranchOpInterface(params string[] successorOperandGroups) : OpTrait
{
    public IReadOnlyList<string> SuccessorOperandGroups { get; } = successorOperandGroups;

    /// <summary>The operands forwarded to successor <paramref name="successorIndex"/> of <paramref name="op"/>.</summary>
    public static SuccessorOperands? GetSuccessorOperands(Operation op, int successorIndex)
    {
        if (op.Definition?.GetTrait<BranchOpInterface>() is not { } branch) return null;
        if (successorIndex >= branch.SuccessorOperandGroups.Count) return null;
        return new SuccessorOperands(op, branch.SuccessorOperandGroups[successorIndex]);
    }

    /// <summary>
    /// The successor argument that operand <paramref name="operandIndex"/> of <paramref name="op"/>
    /// is forwarded to, or null when the operand is not a successor operand.
    /// </summary>
    public static BlockArgument? GetSuccessorBlockArgument(Operation op, int operandIndex)
    {
        for (int i = 0; i < op.NumSuccessors; i++)
        {
            if (GetSuccessorOperands(op, i) is not { } forwarded) continue;
            var (start, count) = forwarded.Range;
            if (operandIndex >= start && operandIndex < start + count)
                return op.GetSuccessor(i).GetArgument(operandIndex - start + forwarded.ProducedOperandCount);
        }
        return null;
    }
}

/// <summary>
/// The operands a branch forwards to one successor (MLIR's SuccessorOperands over a
/// MutableOperandRange): reading them, and erasing or appending operands in place, which keeps
/// `operandSegmentSizes` up to date. Mutations do not notify rewriter listeners, as in MLIR.
/// </summary>
public sealed class SuccessorOperands
{
    private readonly Operation _op;
    private readonly int _group;

    internal SuccessorOperands(Operation op, string groupName)
    {
        _op = op;
        var defs = op.Definition!.OperandDefs;
        _group = -1;
        for (int i = 0; i < defs.Count; i++) if (defs[i].Name == groupName) _group = i;
        if (_group < 0) throw new InvalidOperationException($"'{op.Name}' has no operand group '{groupName}'");
    }

    /// <summary>Leading successor arguments the op defines itself (none for the branches we model).</summary>
    public int ProducedOperandCount => 0;

    /// <summary>(first operand index, operand count) of the forwarded operands.</summary>
    public (int Start, int Count) Range
    {
        get
        {
            var def = _op.Definition!;
            var ranges = OpValueGroups.Ranges(_op, def.OperandDefs, _op.NumOperands, "operandSegmentSizes",
                def.HasTrait<AttrSizedOperandSegments>());
            return ranges[_group];
        }
    }

    public int Count => Range.Count;

    public IReadOnlyList<Value> ForwardedOperands
    {
        get
        {
            var (start, count) = Range;
            var values = new Value[count];
            for (int i = 0; i < count; i++) values[i] = _op.GetOperand(start + i);
            return values;
        }
    }

    public Value this[int index] => _op.GetOperand(Range.Start + index);

    /// <summary>Removes forwarded operand <paramref name="index"/>.</summary>
    public void Erase(int index)
    {
        var (start, count) = Range;
        if (index < 0 || index >= count) throw new ArgumentOutOfRangeException(nameof(index));
        _op.EraseOperand(start + index);
        AdjustSegment(-1);
    }

    /// <summary>Appends operands to the forwarded list.</summary>
    public void Append(IReadOnlyList<Value> values)
    {
        if (values.Count == 0) return;
        var (start, count) = Range;
        _op.InsertOperands(start + count, values);
        AdjustSegment(values.Count);
    }

    private void AdjustSegment(int delta)
    {
        if (!_op.HasTrait<AttrSizedOperandSegments>() || _op.GetProp("operandSegmentSizes") is not DenseArrayAttr seg) return;
        var sizes = new int[seg.Size];
        for (int i = 0; i < sizes.Length; i++) sizes[i] = BitConverter.ToInt32(seg.ElementBytes(i));
        sizes[_group] += delta;
        _op.SetProp("operandSegmentSizes", DenseArrayAttr.GetI32(_op.Context, sizes));
    }
}
