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
        public required Location Location;
        public bool IsForward;
    }

    private sealed class Isolated
    {
        public readonly Dictionary<string, List<Slot?>> Values = new(StringComparer.Ordinal);
        public readonly List<List<string>> RegionDefinitions = new();
        public readonly List<(string Name, int Number, Slot Slot)> Forward = new();
    }

    private readonly List<Isolated> _isolated = new();

    public void PushIsolated() => _isolated.Add(new Isolated());

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
            if (slot.IsForward) throw s.Error(slot.Location, "use of undeclared SSA value name");
        _isolated.RemoveAt(_isolated.Count - 1);
    }

    private static string Display(string name, int number) => number == 0 ? $"%{name}" : $"%{name}#{number}";

    public void Define(string name, int number, Value value, Location loc, bool allowShadowing = false)
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
            var err = s.Error(loc, $"redefinition of SSA value '{Display(name, number)}'");
            err.Diagnostic.AttachNote("previously defined here", existing.Location);
            throw err;
        }
        if (existing is { IsForward: true })
        {
            if (!ReferenceEquals(existing.Value.Type, value.Type))
            {
                var err = s.Error(loc, $"definition of SSA value '%{name}#{number}' has type '{value.Type}'");
                err.Diagnostic.AttachNote($"previously used here with type '{existing.Value.Type}'", existing.Location);
                throw err;
            }
            existing.Value.ReplaceAllUsesWith(value);
            existing.IsForward = false;
        }
        slots[number] = new Slot { Value = value, Location = loc };
    }

    public Value Resolve(string name, int number, IRType type, Location loc)
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
            slot = new Slot { Value = new ForwardReference(type), Location = loc, IsForward = true };
            slots[number] = slot;
            scope.Forward.Add((name, number, slot));
            return slot.Value;
        }
        if (!ReferenceEquals(slot.Value.Type, type))
        {
            var err = s.Error(loc, $"use of value '{Display(name, number)}' expects different type than prior uses: '{type}' vs '{slot.Value.Type}'");
            err.Diagnostic.AttachNote("prior use here", slot.Location);
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
