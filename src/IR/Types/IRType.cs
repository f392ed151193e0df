namespace Lce.IR;

/// <summary>
/// Base of all types. Instances are immutable and interned in an <see cref="IRContext"/>,
/// so two types are equal exactly when they are the same object. Subclasses implement
/// structural <see cref="Equals(object)"/>/<see cref="GetHashCode"/> for the intern table.
/// </summary>
public abstract class IRType
{
    /// <summary>The textual form, as the printer writes it.</summary>
    public override string ToString() => Printing.AsmPrinter.TypeToString(this);

    public abstract override bool Equals(object? obj);

    // Cached: children are interned and have cached hashes, so deep nesting costs O(1) per level.
    private int _hash;
    private bool _hashed;
    public sealed override int GetHashCode()
    {
        if (!_hashed) { _hash = ComputeHash(); _hashed = true; }
        return _hash;
    }
    protected abstract int ComputeHash();
}

/// <summary>Integer signedness semantics: signless (i32), signed (si32) or unsigned (ui32).</summary>
public enum Signedness { Signless, Signed, Unsigned }

public sealed class IntegerType : IRType
{
    public int Width { get; }
    public Signedness Signedness { get; }
    private IntegerType(int width, Signedness s) { Width = width; Signedness = s; }

    /// <summary>Widths allowed by MLIR (IntegerType::kMaxWidth).</summary>
    public const int MaxWidth = (1 << 24) - 1;

    public static IntegerType Get(IRContext ctx, int width, Signedness s = Signedness.Signless) =>
        ctx.Intern(new IntegerType(width, s));

    public bool IsSignless => Signedness == Signedness.Signless;
    public bool IsUnsigned => Signedness == Signedness.Unsigned;
    public override bool Equals(object? o) => o is IntegerType t && t.Width == Width && t.Signedness == Signedness;
    protected override int ComputeHash() => HashCode.Combine(1, Width, Signedness);
}

public sealed class IndexType : IRType
{
    private IndexType() { }
    public static IndexType Get(IRContext ctx) => ctx.Intern(new IndexType());
    /// <summary>Storage width MLIR uses for index values in dense attributes.</summary>
    public const int StorageWidth = 64;
    public override bool Equals(object? o) => o is IndexType;
    protected override int ComputeHash() => 2;
}

public sealed class NoneType : IRType
{
    private NoneType() { }
    public static NoneType Get(IRContext ctx) => ctx.Intern(new NoneType());
    public override bool Equals(object? o) => o is NoneType;
    protected override int ComputeHash() => 3;
}

/// <summary>A floating-point type; <see cref="Semantics"/> carries the format (f16, bf16, f32, ...).</summary>
public sealed class FloatType : IRType
{
    public Numerics.FloatSemantics Semantics { get; }
    public string Name => Semantics.Name;
    public int Width => Semantics.BitWidth;
    private FloatType(Numerics.FloatSemantics s) { Semantics = s; }

    public static FloatType Get(IRContext ctx, Numerics.FloatSemantics s) => ctx.Intern(new FloatType(s));
    public static FloatType F16(IRContext ctx) => Get(ctx, Numerics.FloatSemantics.Half);
    public static FloatType BF16(IRContext ctx) => Get(ctx, Numerics.FloatSemantics.BFloat16);
    public static FloatType F32(IRContext ctx) => Get(ctx, Numerics.FloatSemantics.Single);
    public static FloatType F64(IRContext ctx) => Get(ctx, Numerics.FloatSemantics.Double);

    public override bool Equals(object? o) => o is FloatType t && ReferenceEquals(t.Semantics, Semantics);
    protected override int ComputeHash() => HashCode.Combine(4, Semantics.Name);
}

public sealed class ComplexType : IRType
{
    public IRType ElementType { get; }
    private ComplexType(IRType e) { ElementType = e; }
    public static ComplexType Get(IRContext ctx, IRType element) => ctx.Intern(new ComplexType(element));
    public override bool Equals(object? o) => o is ComplexType t && ReferenceEquals(t.ElementType, ElementType);
    protected override int ComputeHash() => HashCode.Combine(5, ElementType);
}

public sealed class TupleType : IRType
{
    public IReadOnlyList<IRType> Types { get; }
    private TupleType(IRType[] types) { Types = types; }
    public static TupleType Get(IRContext ctx, IEnumerable<IRType> types) => ctx.Intern(new TupleType(types.ToArray()));
    public override bool Equals(object? o) => o is TupleType t && Seq.RefEqual(t.Types, Types);
    protected override int ComputeHash() => Seq.Hash(6, Types);
}

public sealed class FunctionType : IRType
{
    public IReadOnlyList<IRType> Inputs { get; }
    public IReadOnlyList<IRType> Results { get; }
    private FunctionType(IRType[] i, IRType[] r) { Inputs = i; Results = r; }
    public static FunctionType Get(IRContext ctx, IEnumerable<IRType> inputs, IEnumerable<IRType> results) =>
        ctx.Intern(new FunctionType(inputs.ToArray(), results.ToArray()));
    public override bool Equals(object? o) =>
        o is FunctionType t && Seq.RefEqual(t.Inputs, Inputs) && Seq.RefEqual(t.Results, Results);
    protected override int ComputeHash() => HashCode.Combine(Seq.Hash(7, Inputs), Seq.Hash(8, Results));
}

/// <summary>
/// A type of a dialect that is not registered (or has no type parser): kept as its
/// dialect namespace and the verbatim body text, printed back as written.
/// </summary>
public sealed class OpaqueType : IRType
{
    public string DialectNamespace { get; }
    /// <summary>Everything after "!ns": either ".ident&lt;...&gt;" / ".ident" (pretty form) or "&lt;...&gt;".</summary>
    public string Body { get; }
    private OpaqueType(string ns, string body) { DialectNamespace = ns; Body = body; }
    public static OpaqueType Get(IRContext ctx, string ns, string body) => ctx.Intern(new OpaqueType(ns, body));
    public override bool Equals(object? o) => o is OpaqueType t && t.DialectNamespace == DialectNamespace && t.Body == Body;
    protected override int ComputeHash() => HashCode.Combine(9, DialectNamespace, Body);
}
