namespace Lce.IR;

/// <summary>
/// A namespace of operations, types and attributes. Subclasses declare their ops in
/// <see cref="Define"/> and may parse/print their own `!ns.x` types and `#ns.x` attributes.
/// </summary>
public abstract class Dialect
{
    public abstract string Namespace { get; }
    public IRContext Context { get; private set; } = null!;
    private readonly List<OpDefinition> _ops = new();
    public IReadOnlyList<OpDefinition> Operations => _ops;

    internal void Initialize(IRContext ctx)
    {
        Context = ctx;
        Define();
        foreach (var op in _ops) ctx.AddOperation(op);
    }

    /// <summary>Declares the dialect's operations with <see cref="Op"/>.</summary>
    protected abstract void Define();

    /// <summary>Starts the declaration of operation `namespace.mnemonic`.</summary>
    protected OpDefinition Op(string mnemonic)
    {
        var def = new OpDefinition($"{Namespace}.{mnemonic}", this);
        _ops.Add(def);
        return def;
    }

    /// <summary>
    /// Whether ops of this namespace that the dialect does not define are accepted as unregistered
    /// ops without `--allow-unregistered-dialect` (MLIR's allowUnknownOperations; the TF dialect does this).
    /// </summary>
    public virtual bool AllowsUnknownOperations => false;

    /// <summary>Parses the body of `!ns...` (everything after the namespace) or returns null to keep it opaque.</summary>
    public virtual IRType? ParseType(IDialectAsmParser parser) => null;

    /// <summary>Parses the body of `#ns...` or returns null to keep it opaque.</summary>
    public virtual IRAttribute? ParseAttribute(IDialectAsmParser parser, IRType? type) => null;

    /// <summary>Prints a type of this dialect (without the leading `!ns`); false if not ours.</summary>
    public virtual bool PrintType(IRType type, IDialectAsmPrinter printer) => false;

    /// <summary>Prints an attribute of this dialect (without the leading `#ns`); false if not ours.</summary>
    public virtual bool PrintAttribute(IRAttribute attr, IDialectAsmPrinter printer) => false;

    /// <summary>Alias name the printer should use for an attribute (e.g. "map"), if any.</summary>
    public virtual string? GetAlias(IRAttribute attr) => null;

    /// <summary>Alias name the printer should use for a type, if any.</summary>
    public virtual string? GetAlias(IRType type) => null;

    /// <summary>Builds a constant op for a folded value, or null if the dialect cannot.</summary>
    public virtual Operation? MaterializeConstant(Builder builder, IRAttribute value, IRType type, Location loc) => null;

    /// <summary>How the inliner treats this dialect's ops (MLIR's DialectInlinerInterface); null: nothing may be inlined.</summary>
    public virtual DialectInlinerInterface? InlinerInterface => null;

    /// <summary>Dialect-wide canonicalization patterns (MLIR's Dialect::getCanonicalizationPatterns).</summary>
    public virtual void GetCanonicalizationPatterns(Rewrite.RewritePatternSet patterns) { }
}

/// <summary>A dialect-owned attribute (e.g. `#arith.fastmath&lt;fast&gt;`): printed by its dialect.</summary>
public abstract class DialectAttribute : IRAttribute
{
    public abstract Dialect Dialect { get; }
}

/// <summary>A dialect-owned type (e.g. `!quant.uniform&lt;...&gt;`): printed by its dialect.</summary>
public abstract class DialectType : IRType
{
    public abstract Dialect Dialect { get; }

    /// <summary>Whether the type implements MLIR's VectorElementTypeInterface (may be a vector element).</summary>
    public virtual bool IsValidVectorElement => true;

    /// <summary>Whether the type implements MLIR's MemRefElementTypeInterface (may be a memref element).</summary>
    public virtual bool IsValidMemRefElement => true;
}
