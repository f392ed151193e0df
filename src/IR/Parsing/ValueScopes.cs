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
    /// <summary>One bound SSA name (or a forward reference to it); empty when <see cref="Value"/> is null.</summary>
    private struct Slot
    {
        public Value? Value;
        /// <summary>Where the value was defined or first used; a token or a source index until a message needs the location.</summary>
        public Location? Loc;
        public Antlr4.Runtime.IToken? Token;
        public int Index;
        public bool IsForward;
    }

    /// <summary>The slots of one name: `%x` (number 0) inline, `%x#1`... in an array made only when used.</summary>
    private struct Slots
    {
        public Slot First;
        public Slot[]? More;

        public static ref Slot At(ref Slots slots, int number)
        {
            if (number == 0) return ref slots.First;
            if (slots.More is null || slots.More.Length < number) Array.Resize(ref slots.More, Math.Max(number, (slots.More?.Length ?? 0) * 2));
            return ref slots.More[number - 1];
        }
    }

    private Location LocOf(in Slot slot) => Where(slot.Loc, slot.Token, slot.Index);

    /// <summary>The location given, else that of the token, else that of the source index.</summary>
    private Location Where(Location? loc, Antlr4.Runtime.IToken? token, int index) =>
        loc ?? (token is not null ? s.Buffer.LocOf(token) : s.Buffer.LocAtIndex(index));

    private sealed class Isolated
    {
        public readonly Dictionary<string, Slots> Values = new(StringComparer.Ordinal);
        public readonly List<List<string>> RegionDefinitions = new();
        /// <summary>Forward references in order of first use, with where they were used.</summary>
        public readonly List<(ForwardReference Placeholder, Location? Loc, Antlr4.Runtime.IToken? Token, int Index)> Forward = new();
    }

    private readonly List<Isolated> _isolated = new();
    /// <summary>Ended scopes, cleared: their tables keep their capacity for the next function.</summary>
    private readonly Stack<Isolated> _pool = new();
    /// <summary>Name lists of ended regions, cleared, for the next region.</summary>
    private readonly Stack<List<string>> _namePool = new();

    public void PushIsolated() => _isolated.Add(_pool.TryPop(out var reused) ? reused : new Isolated());

    public void PushRegion() => _isolated[^1].RegionDefinitions.Add(_namePool.TryPop(out var names) ? names : new List<string>());

    public void PopRegion()
    {
        var scope = _isolated[^1];
        var names = scope.RegionDefinitions[^1];
        foreach (var name in names) scope.Values.Remove(name);
        scope.RegionDefinitions.RemoveAt(scope.RegionDefinitions.Count - 1);
        names.Clear();
        _namePool.Push(names);
    }

    /// <summary>Ends an isolated scope; any forward reference left is an undeclared name.</summary>
    public void PopIsolated()
    {
        var scope = _isolated[^1];
        foreach (var (placeholder, loc, token, index) in scope.Forward)
            if (!placeholder.Resolved) throw s.Error(Where(loc, token, index), "use of undeclared SSA value name");
        _isolated.RemoveAt(_isolated.Count - 1);
        scope.Values.Clear();
        foreach (var names in scope.RegionDefinitions) { names.Clear(); _namePool.Push(names); }
        scope.RegionDefinitions.Clear();
        scope.Forward.Clear();
        _pool.Push(scope);
    }

    private static string Display(string name, int number) => number == 0 ? $"%{name}" : $"%{name}#{number}";

    public void Define(string name, int number, Value value, Location loc, bool allowShadowing = false) =>
        Define(name, number, value, loc, null, -1, allowShadowing);

    public void Define(string name, int number, Value value, Antlr4.Runtime.IToken token) =>
        Define(name, number, value, null, token, -1, false);

    /// <summary>A definition written at source index <paramref name="index"/> (located only if a message needs it).</summary>
    public void Define(string name, int number, Value value, int index) =>
        Define(name, number, value, null, null, index, false);

    private void Define(string name, int number, Value value, Location? loc, Antlr4.Runtime.IToken? token, int index, bool allowShadowing)
    {
        var scope = _isolated[^1];
        ref var slots = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(scope.Values, name, out bool known);
        if (!known) scope.RegionDefinitions[^1].Add(name);
        ref var existing = ref Slots.At(ref slots, number);
        if (existing.Value is not null && !existing.IsForward && !allowShadowing)
        {
            var err = s.Error(Where(loc, token, index), $"redefinition of SSA value '{Display(name, number)}'");
            err.Diagnostic.AttachNote("previously defined here", LocOf(existing));
            throw err;
        }
        if (existing is { Value: { } placeholder, IsForward: true })
        {
            if (!ReferenceEquals(placeholder.Type, value.Type))
            {
                var err = s.Error(Where(loc, token, index), $"definition of SSA value '%{name}#{number}' has type '{value.Type}'");
                err.Diagnostic.AttachNote($"previously used here with type '{placeholder.Type}'", LocOf(existing));
                throw err;
            }
            placeholder.ReplaceAllUsesWith(value);
            ((ForwardReference)placeholder).Resolved = true;
        }
        existing = new Slot { Value = value, Loc = loc, Token = token, Index = index };
    }

    public Value Resolve(string name, int number, IRType type, Location loc) => Resolve(name, number, type, loc, null, -1);

    public Value Resolve(string name, int number, IRType type, Antlr4.Runtime.IToken token) => Resolve(name, number, type, null, token, -1);

    /// <summary>A use written at source index <paramref name="index"/> (located only if a message needs it).</summary>
    public Value Resolve(string name, int number, IRType type, int index) => Resolve(name, number, type, null, null, index);

    private Value Resolve(string name, int number, IRType type, Location? loc, Antlr4.Runtime.IToken? token, int index)
    {
        var scope = _isolated[^1];
        ref var slots = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(scope.Values, name, out bool known);
        // A forward reference belongs to the region that will define it, not this one: keep it
        // in the outermost region list so leaving a nested region does not drop it.
        if (!known) scope.RegionDefinitions[0].Add(name);
        ref var slot = ref Slots.At(ref slots, number);
        if (slot.Value is null)
        {
            var placeholder = new ForwardReference(type);
            slot = new Slot { Value = placeholder, Loc = loc, Token = token, Index = index, IsForward = true };
            scope.Forward.Add((placeholder, loc, token, index));
            return placeholder;
        }
        if (!ReferenceEquals(slot.Value.Type, type))
        {
            var err = s.Error(Where(loc, token, index), $"use of value '{Display(name, number)}' expects different type than prior uses: '{type}' vs '{slot.Value.Type}'");
            err.Diagnostic.AttachNote("prior use here", LocOf(slot));
            throw err;
        }
        return slot.Value;
    }

    /// <summary>Stands in for a value used before its definition; its uses move to the real value later.</summary>
    private sealed class ForwardReference(IRType type) : Value(type)
    {
        public bool Resolved;
        public override Operation? DefiningOp => null;
        public override Block? ParentBlock => null;
    }
}
