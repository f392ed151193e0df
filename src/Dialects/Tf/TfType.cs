namespace Lce.Dialects.Tf;

using Lce.IR;

/// <summary>
/// A type of TensorFlow's `tf_type` dialect: `!tf_type.string`, `!tf_type.qint8`, the reference
/// types (`!tf_type.f32ref`, ...), `!tf_type.control`, `!tf_type.tensor`, and the resource and
/// variant handles, which may carry the tensor types they hold
/// (`!tf_type.resource&lt;tensor&lt;6xf32&gt;&gt;`). Interned: equal types are the same object.
/// </summary>
public sealed class TfType : DialectType
{
    private readonly TfTypeDialect _dialect;
    private readonly IRType[] _subtypes;

    public override Dialect Dialect => _dialect;

    /// <summary>The mnemonic after `!tf_type.` (`resource`, `variant`, `string`, `f32ref`, ...).</summary>
    public string Name { get; }

    /// <summary>The tensor types a resource or variant holds; empty for the other kinds.</summary>
    public IReadOnlyList<IRType> Subtypes => _subtypes;

    private TfType(TfTypeDialect d, string name, IRType[] subtypes) { _dialect = d; Name = name; _subtypes = subtypes; }

    /// <summary>A type without subtypes; <paramref name="name"/> must be one of <see cref="TfTypeNames.All"/>.</summary>
    public static TfType Get(IRContext ctx, string name)
    {
        if (!TfTypeNames.All.Contains(name)) throw new ArgumentException($"unknown tf_type type '{name}'", nameof(name));
        return ctx.Intern(new TfType(TfTypeDialect.Of(ctx), name, []));
    }

    /// <summary>`!tf_type.resource&lt;subtypes&gt;` (no subtypes: `!tf_type.resource`).</summary>
    public static TfType Resource(IRContext ctx, params IRType[] subtypes) => WithSubtypes(ctx, TfTypeNames.Resource, subtypes);

    /// <summary>`!tf_type.variant&lt;subtypes&gt;` (no subtypes: `!tf_type.variant`).</summary>
    public static TfType Variant(IRContext ctx, params IRType[] subtypes) => WithSubtypes(ctx, TfTypeNames.Variant, subtypes);

    public static TfType String(IRContext ctx) => Get(ctx, "string");

    private static TfType WithSubtypes(IRContext ctx, string name, IRType[] subtypes)
    {
        foreach (var t in subtypes)
            if (!TfTypeNames.IsValidTensorType(t)) throw new ArgumentException($"invalid subtype: {t}", nameof(subtypes));
        return ctx.Intern(new TfType(TfTypeDialect.Of(ctx), name, subtypes.ToArray()));
    }

    public bool IsResource => Name == TfTypeNames.Resource;
    public bool IsVariant => Name == TfTypeNames.Variant;

    /// <summary>Resource and variant types, whose subtypes take part in cast compatibility.</summary>
    public bool HasSubtypeSlot => IsResource || IsVariant;

    /// <summary>A reference type (`f32ref`, ...): a mutable tensor of the type <see cref="TfTypeNames.Dereferenced"/> gives.</summary>
    public bool IsRef => TfTypeNames.IsRefName(Name);

    public override bool Equals(object? o) =>
        o is TfType t && t.Name == Name && t._subtypes.Length == _subtypes.Length
        && t._subtypes.Zip(_subtypes).All(p => ReferenceEquals(p.First, p.Second));

    protected override int ComputeHash()
    {
        var h = new HashCode();
        h.Add(0x7F7E);
        h.Add(Name);
        foreach (var s in _subtypes) h.Add(s);
        return h.ToHashCode();
    }
}
