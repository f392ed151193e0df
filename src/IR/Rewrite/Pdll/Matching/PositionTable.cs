namespace Lce.IR.Rewrite.Pdll;

/// <summary>
/// Numbers the distinct positions of a matcher and computes their values lazily during one
/// match, each at most once (a position shared by many patterns is fetched once). Every
/// accessor tolerates a missing parent (null), so a test on a position whose op does not exist
/// simply fails.
/// </summary>
internal sealed class PositionTable
{
    private readonly Dictionary<Position, int> _slots = new();
    private readonly List<Position> _positions = new();
    private readonly List<int> _parents = new();

    public int Count => _positions.Count;

    public int SlotOf(Position p)
    {
        if (_slots.TryGetValue(p, out int s)) return s;
        int parent = p switch
        {
            OperandPosition o => SlotOf(o.Op),
            ResultPosition r => SlotOf(r.Op),
            DefiningOpPosition d => SlotOf(d.Value),
            AttributePosition a => SlotOf(a.Op),
            TypePosition t => SlotOf(t.Of),
            _ => -1,
        };
        s = _positions.Count;
        _positions.Add(p);
        _parents.Add(parent);
        _slots[p] = s;
        return s;
    }

    /// <summary>The values of one match: slot 0.. computed on demand.</summary>
    public sealed class Frame(PositionTable table, Operation root)
    {
        private readonly object?[] _values = new object?[table.Count];
        private readonly bool[] _done = new bool[table.Count];

        public object? Get(int slot)
        {
            if (_done[slot]) return _values[slot];
            var p = table._positions[slot];
            object? parent = table._parents[slot] >= 0 ? Get(table._parents[slot]) : null;
            var v = p is RootPosition ? root : Compute(p, parent);
            _values[slot] = v;
            _done[slot] = true;
            return v;
        }

        /// <summary>Stores a native constraint's result.</summary>
        public void Set(int slot, object? value) { _values[slot] = value; _done[slot] = true; }
    }

    private static object? Compute(Position p, object? parent)
    {
        switch (p)
        {
            case OperandPosition o when parent is Operation op:
                if (o.Grouped) return Group(op, op.Definition?.OperandDefs, op.NumOperands, "operandSegmentSizes",
                    op.HasTrait<Traits.AttrSizedOperandSegments>(), o.Index, o.Range, op.GetOperand);
                if (o.Range) return op.Operands.ToList();
                return o.Index < op.NumOperands ? op.GetOperand(o.Index) : null;
            case ResultPosition r when parent is Operation op:
                if (r.Grouped) return Group(op, op.Definition?.ResultDefs, op.NumResults, "resultSegmentSizes",
                    op.HasTrait<Traits.AttrSizedResultSegments>(), r.Index, r.Range, i => op.GetResult(i));
                if (r.Range) return op.Results.Cast<Value>().ToList();
                return r.Index < op.NumResults ? op.GetResult(r.Index) : null;
            case ConstantPosition c:
                return c.Value;
            case DefiningOpPosition when parent is Value v:
                return v.DefiningOp;
            case AttributePosition a when parent is Operation op:
                return op.GetInherentOrDiscardable(a.Name);
            case TypePosition:
                return parent switch
                {
                    Value v => v.Type,
                    IReadOnlyList<Value> vs => vs.Select(x => x.Type).ToList(),
                    ITypedAttribute t => t.Type,
                    _ => null,
                };
            default:
                return null;
        }
    }

    private static object? Group(Operation op, IReadOnlyList<ValueDef>? defs, int total, string segments, bool attrSized,
        int index, bool range, Func<int, Value> get)
    {
        if (defs is null || index >= defs.Count) return null;
        var (start, count) = OpValueGroups.Ranges(op, defs, total, segments, attrSized)[index];
        if (range) return Enumerable.Range(start, count).Select(get).ToList();
        return count == 1 ? get(start) : null;
    }
}
