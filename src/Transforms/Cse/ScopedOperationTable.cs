using Lce.IR;

namespace Lce.Transforms.Cse;

/// <summary>
/// A scoped hash table of operations keyed by structural equivalence (LLVM's ScopedHashTable
/// as CSE uses it): an insert shadows an equivalent entry until its scope is popped.
/// </summary>
internal sealed class ScopedOperationTable
{
    private sealed class EquivalenceComparer : IEqualityComparer<Operation>
    {
        public static readonly EquivalenceComparer Instance = new();
        public bool Equals(Operation? x, Operation? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && OperationEquivalence.IsEquivalentTo(x, y));
        public int GetHashCode(Operation op) => OperationEquivalence.ComputeHash(op);
    }

    private readonly Dictionary<Operation, Stack<Operation>> _entries = new(EquivalenceComparer.Instance);
    private readonly Stack<List<Operation>> _scopes = new();

    public void PushScope() => _scopes.Push(new List<Operation>());

    /// <summary>Drops the entries inserted since the matching <see cref="PushScope"/>, newest first.</summary>
    public void PopScope()
    {
        var inserted = _scopes.Pop();
        for (int i = inserted.Count - 1; i >= 0; i--)
        {
            var op = inserted[i];
            var stack = _entries[op];
            stack.Pop();
            if (stack.Count == 0) _entries.Remove(op);
        }
    }

    /// <summary>The innermost entry equivalent to <paramref name="op"/>, or null.</summary>
    public Operation? Lookup(Operation op) => _entries.TryGetValue(op, out var s) ? s.Peek() : null;

    public bool Contains(Operation op) => _entries.ContainsKey(op);

    public void Insert(Operation op)
    {
        if (!_entries.TryGetValue(op, out var stack)) _entries[op] = stack = new Stack<Operation>();
        stack.Push(op);
        _scopes.Peek().Add(op);
    }
}
