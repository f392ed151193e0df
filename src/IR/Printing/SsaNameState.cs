namespace Lce.IR.Printing;

/// <summary>
/// Assigns printed names to values and blocks exactly as MLIR's SSANameState: per-region
/// naming contexts (value, argument and conflict counters, and a scoped set of used names)
/// processed from a stack, name hints from op definitions in custom form, and `_N` conflict
/// suffixes from a counter shared within a naming context.
/// </summary>
public sealed class SsaNameState
{
    private readonly PrinterFlags _flags;
    private readonly Dictionary<Value, int> _ids = new();
    private readonly Dictionary<Value, string> _names = new();
    private readonly Dictionary<Block, (int Ordering, string Name)> _blocks = new();
    private readonly Dictionary<Operation, int[]> _resultGroups = new();
    private int _nextValueId, _nextArgumentId, _nextConflictId;
    private UsedNames _used = new(null);

    /// <summary>A scope of used names chained to its parent scope (MLIR's ScopedHashTable).</summary>
    private sealed class UsedNames(UsedNames? parent)
    {
        public readonly UsedNames? Parent = parent;
        public readonly HashSet<string> Names = new(StringComparer.Ordinal);
        public bool Contains(string n)
        {
            for (var s = this; s is not null; s = s.Parent) if (s.Names.Contains(n)) return true;
            return false;
        }
    }

    public SsaNameState(Operation root, PrinterFlags flags)
    {
        _flags = flags;
        _ids.EnsureCapacity(CountValues(root));
        var stack = new Stack<(Region Region, int V, int A, int C, UsedNames? Scope)>();
        // The root's regions are pushed in order and popped last-first, as MLIR does.
        foreach (var r in root.Regions) stack.Push((r, 0, 0, 0, null));
        NumberOp(root);
        bool unique = flags.PrintUniqueSsaIds || flags.PrintGenericOpForm;
        while (stack.Count > 0)
        {
            var (region, v, a, c, parentScope) = stack.Pop();
            if (!unique) { _nextValueId = v; _nextArgumentId = a; _nextConflictId = c; }
            _used = new UsedNames(parentScope);
            NumberRegion(region);
            var scope = _used;
            foreach (var op in region.Ops)
                foreach (var nested in op.Regions)
                    stack.Push((nested, _nextValueId, _nextArgumentId, _nextConflictId, scope));
        }
    }

    /// <summary>Results and block arguments under <paramref name="root"/>: the id table is sized once instead of growing step by step.</summary>
    private static int CountValues(Operation root)
    {
        int n = 0;
        ReadOnlyWalker.Walk(root, op =>
        {
            n += op.NumResults;
            for (int i = 0; i < op.NumRegions; i++) foreach (var b in op.GetRegion(i).Blocks) n += b.NumArguments;
            return WalkResult.Advance;
        }, WalkOrder.PreOrder);
        return n;
    }

    private void NumberRegion(Region region)
    {
        if (!_flags.PrintGenericOpForm && region.Owner?.Definition?.BlockArgumentNames is { } argNames)
            argNames(region.Owner, (v, name) => { if (v is BlockArgument ba && ba.Owner.Parent == region) SetName(v, name); });
        int nextBlockId = 0;
        foreach (var block in region.Blocks)
        {
            if (!_blocks.ContainsKey(block)) _blocks[block] = (nextBlockId, "^bb" + nextBlockId);
            else _blocks[block] = (nextBlockId, _blocks[block].Name);
            nextBlockId++;
            bool entry = ReferenceEquals(region.Blocks[0], block);
            foreach (var arg in block.Arguments)
            {
                if (_ids.ContainsKey(arg) || _names.ContainsKey(arg)) continue;
                SetName(arg, entry ? "arg" + _nextArgumentId++ : "");
            }
            for (var op = block.FirstOp; op is not null; op = op.NextNode) NumberOp(op);
        }
    }

    private void NumberOp(Operation op)
    {
        List<int>? groups = null;
        if (!_flags.PrintGenericOpForm && op.Definition?.ResultNames is { } hints)
        {
            hints(op, (v, name) =>
            {
                if (v is not OpResult r || !ReferenceEquals(r.Owner, op) || _ids.ContainsKey(v) || _names.ContainsKey(v)) return;
                SetName(v, name);
                if (r.Index != 0) (groups ??= new List<int> { 0 }).Add(r.Index);
            });
        }
        if (op.NumResults == 0) return;
        var first = op.GetResult(0);
        if (_flags.UseNameLocAsPrefix && !_ids.ContainsKey(first) && !_names.ContainsKey(first) && FindNameLoc(op.Location) is { } nl)
            SetName(first, nl.Name);
        if (!_ids.ContainsKey(first) && !_names.ContainsKey(first)) _ids[first] = _nextValueId++;
        if (groups is not null)
        {
            groups.Sort();
            _resultGroups[op] = groups.Distinct().ToArray();
        }
    }

    private static NameLoc? FindNameLoc(Location loc) => loc switch
    {
        NameLoc n => n,
        CallSiteLoc c => FindNameLoc(c.Callee),
        FusedLoc f => f.Locations.Select(FindNameLoc).FirstOrDefault(x => x is not null),
        _ => null
    };

    private void SetName(Value v, string name)
    {
        if (name.Length == 0) { _ids[v] = _nextValueId++; return; }
        _names[v] = Unique(name);
    }

    private string Unique(string name)
    {
        name = TextEscaping.SanitizeIdentifier(name);
        if (_used.Contains(name))
        {
            string probe;
            do probe = name + "_" + _nextConflictId++; while (_used.Contains(probe));
            name = probe;
        }
        _used.Names.Add(name);
        return name;
    }

    /// <summary>The group layout of an op's results when name hints split them (`%a:2, %b = ...`).</summary>
    public int[]? ResultGroups(Operation op) => _resultGroups.TryGetValue(op, out var g) ? g : null;

    /// <summary>Appends `%name` or `%N` (and `#k` for a result inside a multi-result group).</summary>
    public void AppendValueName(System.Text.StringBuilder sb, Value v, bool printResultNumber = true)
    {
        var lookup = v;
        int resultNo = -1;
        if (v is OpResult r && r.Owner.NumResults > 1)
        {
            var owner = r.Owner;
            if (!_resultGroups.TryGetValue(owner, out var groups)) { resultNo = r.Index; lookup = owner.GetResult(0); }
            else
            {
                int gi = groups.Length - 1;
                while (gi > 0 && groups[gi] > r.Index) gi--;
                int start = groups[gi];
                int size = (gi + 1 < groups.Length ? groups[gi + 1] : owner.NumResults) - start;
                if (size != 1) resultNo = r.Index - start;
                lookup = owner.GetResult(start);
            }
        }
        sb.Append('%');
        if (_ids.TryGetValue(lookup, out int id)) sb.Append(id);
        else if (_names.TryGetValue(lookup, out var name)) sb.Append(name);
        else sb.Append("<<UNKNOWN SSA VALUE>>");
        if (resultNo >= 0 && printResultNumber) sb.Append('#').Append(resultNo);
    }

    public string BlockName(Block b) => _blocks.TryGetValue(b, out var info) ? info.Name : "^INVALIDBLOCK";
    public int BlockOrdering(Block b) => _blocks.TryGetValue(b, out var info) ? info.Ordering : -1;

    /// <summary>Makes a region's entry arguments print with the names of other values (e.g. loop iter args).</summary>
    public void Shadow(Region region, IReadOnlyList<Value> names)
    {
        if (region.EntryBlock is not { } entry) return;
        for (int i = 0; i < Math.Min(entry.NumArguments, names.Count); i++)
        {
            var arg = entry.GetArgument(i);
            _ids.Remove(arg); _names.Remove(arg);
            if (_ids.TryGetValue(names[i], out int id)) _ids[arg] = id;
            else if (_names.TryGetValue(names[i], out var n)) _names[arg] = n;
        }
    }
}
