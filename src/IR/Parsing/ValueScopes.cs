namespace Lce.IR.Parsing;

/// <summary>
/// SSA name bindings with MLIR's scoping (OperationParser's isolatedNameScopes): names defined
/// in a region disappear when it ends; names of enclosing regions stay visible unless the region
/// belongs to an IsolatedFromAbove op, which starts a fresh table. A use before the definition
/// gets a placeholder value, replaced when the definition arrives; placeholders still unresolved
/// when their isolated scope ends are "use of undeclared SSA value name" errors.
/// </summary>
internal sealed class ValueScopes(ParserSession s)
{
    private sealed class Slot
    {
        public required Value Value;
        /// <summary>Where the value was defined or first used; a token until a message needs the location.</summary>
        public Location? Loc;
        public Antlr4.Runtime.IToken? Token;
        public bool IsForward;
    }

    private Location LocOf(Slot slot) => slot.Loc ??= s.Buffer.LocOf(slot.Token!);

    private sealed class Isolated
    {
        public readonly Dictionary<string, List<Slot?>> Values = new(StringComparer.Ordinal);
        public readonly List<List<string>> RegionDefinitions = new();
        public readonly List<(string Name, int Number, Slot Slot)> Forward = new();
    }

    private readonly List<Isolated> _isolated = new();
    /// <summary>Ended scopes, cleared: their tables keep their capacity for the next function.</summary>
    private readonly Stack<Isolated> _pool = new();

    public void PushIsolated() => _isolated.Add(_pool.TryPop(out var reused) ? reused : new Isolated());

    public void PushRegion() => _isolated[^1].RegionDefinitions.Add(new List<string>());

    public void PopRegion()
    {
        var scope = _isolated[^1];
        foreach (var name in scope.RegionDefinitions[^1]) scope.Values.Remove(name);
        scope.RegionDefinitions.RemoveAt(scope.RegionDefinitions.Count - 1);
    }

    /// <summary>Ends an isolated scope; any forward reference left is an undeclared name.</summary>
    public void PopIsolated()
    {
        var scope = _isolated[^1];
        foreach (var (_, _, slot) in scope.Forward)
            if (slot.IsForward) throw s.Error(LocOf(slot), "use of undeclared SSA value name");
        _isolated.RemoveAt(_isolated.Count - 1);
        scope.Values.Clear();
        scope.RegionDefinitions.Clear();
        scope.Forward.Clear();
        _pool.Push(scope);
    }

    private static string Display(string name, int number) => number == 0 ? $"%{name}" : $"%{name}#{number}";

    public void Define(string name, int number, Value value, Location loc, bool allowShadowing = false) =>
        Define(name, number, value, loc, null, allowShadowing);

    public void Define(string name, int number, Value value, Antlr4.Runtime.IToken token) =>
        Define(name, number, value, null, token, false);

    private void Define(string name, int number, Value value, Location? loc, Antlr4.Runtime.IToken? token, bool allowShadowing)
    {
        var scope = _isolated[^1];
        if (!scope.Values.TryGetValue(name, out var slots))
        {
            scope.Values[name] = slots = new List<Slot?>(1);
            scope.RegionDefinitions[^1].Add(name);
        }
        while (slots.Count <= number) slots.Add(null);
        var existing = slots[number];
        if (existing is not null && !existing.IsForward && !allowShadowing)
        {
            var err = s.Error(loc ?? s.Buffer.LocOf(token!), $"redefinition of SSA value '{Display(name, number)}'");
            err.Diagnostic.AttachNote("previously defined here", LocOf(existing));
            throw err;
        }
        if (existing is { IsForward: true })
        {
            if (!ReferenceEquals(existing.Value.Type, value.Type))
            {
                var err = s.Error(loc ?? s.Buffer.LocOf(token!), $"definition of SSA value '%{name}#{number}' has type '{value.Type}'");
                err.Diagnostic.AttachNote($"previously used here with type '{existing.Value.Type}'", LocOf(existing));
                throw err;
            }
            existing.Value.ReplaceAllUsesWith(value);
            existing.IsForward = false;
        }
        slots[number] = new Slot { Value = value, Loc = loc, Token = token };
    }

    public Value Resolve(string name, int number, IRType type, Location loc) => Resolve(name, number, type, loc, null);

    public Value Resolve(string name, int number, IRType type, Antlr4.Runtime.IToken token) => Resolve(name, number, type, null, token);

    private Value Resolve(string name, int number, IRType type, Location? loc, Antlr4.Runtime.IToken? token)
    {
        var scope = _isolated[^1];
        if (!scope.Values.TryGetValue(name, out var slots))
        {
            scope.Values[name] = slots = new List<Slot?>(1);
            // A forward reference belongs to the region that will define it, not this one: keep
            // it in the outermost region list so leaving a nested region does not drop it.
            scope.RegionDefinitions[0].Add(name);
        }
        while (slots.Count <= number) slots.Add(null);
        var slot = slots[number];
        if (slot is null)
        {
            slot = new Slot { Value = new ForwardReference(type), Loc = loc, Token = token, IsForward = true };
            slots[number] = slot;
            scope.Forward.Add((name, number, slot));
            return slot.Value;
        }
        if (!ReferenceEquals(slot.Value.Type, type))
        {
            var err = s.Error(loc ?? s.Buffer.LocOf(token!), $"use of value '{Display(name, number)}' expects different type than prior uses: '{type}' vs '{slot.Value.Type}'");
            err.Diagnostic.AttachNote("prior use here", LocOf(slot));
            throw err;
        }
        return slot.Value;
    }

    /// <summary>Stands in for a value used before its definition; its uses move to the real value later.</summary>
    private sealed class ForwardReference(IRType type) : Value(type)
    {
        public override Operation? DefiningOp => null;
        public override Block? ParentBlock => null;
    }
}
