namespace Lce.IR.Rewrite.Pdll;

/// <summary>
/// The arguments of a native constraint or rewrite call, with typed accessors. PDLL values are
/// <see cref="Operation"/>, <see cref="Value"/>, <see cref="IRAttribute"/>, <see cref="IRType"/>,
/// a value range (<see cref="IReadOnlyList{Value}"/>) or a type range (<see cref="IReadOnlyList{IRType}"/>).
/// </summary>
public sealed class NativeCall(IRContext context, PatternRewriter? rewriter, IReadOnlyList<object?> args)
{
    public IRContext Context { get; } = context;
    /// <summary>The rewriter (rewrites only; null while matching).</summary>
    public PatternRewriter? Rewriter { get; } = rewriter;
    public IReadOnlyList<object?> Args { get; } = args;

    public Operation Op(int i) => (Operation)Args[i]!;
    public Value Value(int i) => (Value)Args[i]!;
    public IRAttribute Attr(int i) => (IRAttribute)Args[i]!;
    public IRType Type(int i) => (IRType)Args[i]!;
    public IReadOnlyList<Value> ValueRange(int i) => (IReadOnlyList<Value>)Args[i]!;
    public IReadOnlyList<IRType> TypeRange(int i) => (IReadOnlyList<IRType>)Args[i]!;

    /// <summary>
    /// Where ops created by the rewrite are located (rewrites only): the fused locations of the
    /// matched ops unless a native rewrite sets another one for the ops created after it.
    /// </summary>
    public Location? Location { get; set; }

    /// <summary>Values a constraint declared with results produces when it succeeds.</summary>
    public object?[]? Results { get; private set; }

    /// <summary>Sets the results of a constraint and returns true (for `return call.Succeed(attr);`).</summary>
    public bool Succeed(params object?[] results) { Results = results; return true; }
}

/// <summary>A native constraint: true if it holds; results (if declared) via <see cref="NativeCall.Succeed"/>.</summary>
public delegate bool NativeConstraint(NativeCall call);

/// <summary>A native rewrite: returns its single result, an object?[] for several, or null for none.</summary>
public delegate object? NativeRewrite(NativeCall call);

/// <summary>
/// C# functions that PDLL files bind by name: `Constraint IsZero(a: Attr);` and
/// `Rewrite Add(a: Attr, b: Attr) -> Attr;` declared without a body must be registered here.
/// </summary>
public sealed class NativeRegistry
{
    private readonly Dictionary<string, NativeConstraint> _constraints = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NativeRewrite> _rewrites = new(StringComparer.Ordinal);

    public static NativeRegistry Empty => new();

    public NativeRegistry AddConstraint(string name, NativeConstraint constraint) { _constraints[name] = constraint; return this; }
    public NativeRegistry AddRewrite(string name, NativeRewrite rewrite) { _rewrites[name] = rewrite; return this; }

    /// <summary>Adds every binding of <paramref name="other"/> (later registrations win).</summary>
    public NativeRegistry AddAll(NativeRegistry other)
    {
        foreach (var (k, v) in other._constraints) _constraints[k] = v;
        foreach (var (k, v) in other._rewrites) _rewrites[k] = v;
        return this;
    }

    public NativeConstraint? FindConstraint(string name) => _constraints.GetValueOrDefault(name);
    public NativeRewrite? FindRewrite(string name) => _rewrites.GetValueOrDefault(name);
}
