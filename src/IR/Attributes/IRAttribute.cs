namespace Lce.IR;

/// <summary>
/// Base of all attributes (compile-time constant data attached to operations, including
/// locations). Immutable and interned in an <see cref="IRContext"/>, so equal attributes are the
/// same object. Subclasses give structural equality for the intern table.
/// </summary>
public abstract class IRAttribute
{
    /// <summary>The textual form, as the printer writes it.</summary>
    public override string ToString() => Printing.AsmPrinter.AttributeToString(this);

    public abstract override bool Equals(object? obj);

    private int _hash;
    private bool _hashed;
    public sealed override int GetHashCode()
    {
        if (!_hashed) { _hash = ComputeHash(); _hashed = true; }
        return _hash;
    }
    protected abstract int ComputeHash();
}

/// <summary>An attribute that has a type (integers, floats, elements, typed strings).</summary>
public interface ITypedAttribute
{
    IRType Type { get; }
}

/// <summary>A name/value pair as stored in attribute dictionaries and property dictionaries.</summary>
public readonly record struct NamedAttribute(string Name, IRAttribute Value);

public sealed class UnitAttr : IRAttribute
{
    private UnitAttr() { }
    public static UnitAttr Get(IRContext ctx) => ctx.Intern(new UnitAttr());
    public override bool Equals(object? o) => o is UnitAttr;
    protected override int ComputeHash() => 101;
}

public sealed class TypeAttr : IRAttribute
{
    public IRType Value { get; }
    private TypeAttr(IRType t) { Value = t; }
    public static TypeAttr Get(IRContext ctx, IRType t) => ctx.Intern(new TypeAttr(t));
    public override bool Equals(object? o) => o is TypeAttr a && ReferenceEquals(a.Value, Value);
    protected override int ComputeHash() => HashCode.Combine(102, Value);
}

public sealed class ArrayAttr : IRAttribute
{
    public IReadOnlyList<IRAttribute> Elements { get; }
    private ArrayAttr(IRAttribute[] e) { Elements = e; }
    public static ArrayAttr Get(IRContext ctx, IEnumerable<IRAttribute> elements) => ctx.Intern(new ArrayAttr(elements.ToArray()));
    public int Count => Elements.Count;
    public IRAttribute this[int i] => Elements[i];
    public override bool Equals(object? o) => o is ArrayAttr a && Seq.RefEqual(a.Elements, Elements);
    protected override int ComputeHash() => Seq.Hash(103, Elements);
}

/// <summary>A string; kept as the exact bytes (MLIR strings may hold any bytes, not only UTF-8).</summary>
public sealed class StringAttr : IRAttribute, ITypedAttribute
{
    private readonly byte[] _bytes;
    public ReadOnlySpan<byte> Bytes => _bytes;
    /// <summary>The string decoded as UTF-8 (invalid sequences become U+FFFD).</summary>
    public string Value { get; }
    /// <summary>The attribute's type; NoneType when untyped (the common case).</summary>
    public IRType Type { get; }
    private StringAttr(byte[] bytes, IRType type)
    {
        _bytes = bytes; Type = type;
        Value = System.Text.Encoding.UTF8.GetString(bytes);
    }
    public static StringAttr Get(IRContext ctx, string value, IRType? type = null) =>
        Get(ctx, System.Text.Encoding.UTF8.GetBytes(value), type);
    public static StringAttr Get(IRContext ctx, byte[] bytes, IRType? type = null) =>
        ctx.Intern(new StringAttr(bytes, type ?? NoneType.Get(ctx)));
    public override bool Equals(object? o) => o is StringAttr a && ReferenceEquals(a.Type, Type) && a._bytes.AsSpan().SequenceEqual(_bytes);
    protected override int ComputeHash()
    {
        var h = new HashCode(); h.Add(104); h.AddBytes(_bytes); h.Add(Type); return h.ToHashCode();
    }
}

/// <summary>A reference to a symbol, possibly nested: @root::@a::@b.</summary>
public sealed class SymbolRefAttr : IRAttribute
{
    public string RootReference { get; }
    public IReadOnlyList<string> NestedReferences { get; }
    public string LeafReference => NestedReferences.Count == 0 ? RootReference : NestedReferences[^1];
    public bool IsFlat => NestedReferences.Count == 0;
    private SymbolRefAttr(string root, string[] nested) { RootReference = root; NestedReferences = nested; }
    public static SymbolRefAttr Get(IRContext ctx, string root, IEnumerable<string>? nested = null) =>
        ctx.Intern(new SymbolRefAttr(root, nested?.ToArray() ?? []));
    public override bool Equals(object? o) => o is SymbolRefAttr a && a.RootReference == RootReference && Seq.ValueEqual(a.NestedReferences, NestedReferences);
    protected override int ComputeHash() => HashCode.Combine(105, RootReference, Seq.Hash(0, NestedReferences));
}

/// <summary>
/// An attribute of a dialect that is not registered (or whose dialect has no attribute parser):
/// kept as namespace and verbatim body, printed back as written.
/// </summary>
public sealed class OpaqueAttr : IRAttribute
{
    public string DialectNamespace { get; }
    /// <summary>Everything after "#ns": ".ident&lt;...&gt;" / ".ident" (pretty form) or "&lt;...&gt;".</summary>
    public string Body { get; }
    private OpaqueAttr(string ns, string body) { DialectNamespace = ns; Body = body; }
    public static OpaqueAttr Get(IRContext ctx, string ns, string body) => ctx.Intern(new OpaqueAttr(ns, body));
    public override bool Equals(object? o) => o is OpaqueAttr a && a.DialectNamespace == DialectNamespace && a.Body == Body;
    protected override int ComputeHash() => HashCode.Combine(106, DialectNamespace, Body);
}

/// <summary>
/// `distinct[N]&lt;attr&gt;`: an attribute that is unique by identity, never merged with another even
/// when the referenced attribute is equal. N in the text is only a local label.
/// </summary>
public sealed class DistinctAttr : IRAttribute
{
    public IRAttribute Referenced { get; }
    public int Id { get; }
    private DistinctAttr(IRAttribute referenced, int id) { Referenced = referenced; Id = id; }
    public static DistinctAttr Create(IRContext ctx, IRAttribute referenced) => new(referenced, ctx.NextDistinctId());
    public override bool Equals(object? o) => ReferenceEquals(o, this);
    protected override int ComputeHash() => HashCode.Combine(107, Id);
}

/// <summary>`strided&lt;[s0, s1], offset: o&gt;` memref layout; dynamic values are <see cref="ShapedType.Dynamic"/>.</summary>
public sealed class StridedLayoutAttr : IRAttribute
{
    public long Offset { get; }
    public IReadOnlyList<long> Strides { get; }
    private StridedLayoutAttr(long offset, long[] strides) { Offset = offset; Strides = strides; }
    public static StridedLayoutAttr Get(IRContext ctx, long offset, IEnumerable<long> strides) =>
        ctx.Intern(new StridedLayoutAttr(offset, strides.ToArray()));
    public override bool Equals(object? o) => o is StridedLayoutAttr a && a.Offset == Offset && Seq.ValueEqual(a.Strides, Strides);
    protected override int ComputeHash() => HashCode.Combine(108, Offset, Seq.Hash(0, Strides));
}
