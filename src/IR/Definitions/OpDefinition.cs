namespace Lce.IR;

/// <summary>How many values an operand/result declaration stands for.</summary>
public enum Arity { Single, Optional, Variadic }

/// <summary>A predicate on types with the wording MLIR's verifier uses ("32-bit signless integer").</summary>
public sealed record TypeConstraint(string Description, Func<IRType, bool> Accepts)
{
    public static readonly TypeConstraint Any = new("any type", _ => true);
}

/// <summary>A predicate on attributes with a description for messages.</summary>
public sealed record AttrConstraint(string Description, Func<IRAttribute, bool> Accepts)
{
    public static readonly AttrConstraint Any = new("any attribute", _ => true);
}

public sealed record ValueDef(string Name, Arity Arity, TypeConstraint Constraint);

/// <summary>An inherent attribute: a property unless declared as a discardable-style attribute.</summary>
public sealed record AttrDef(string Name, AttrConstraint Constraint, bool IsProperty, bool Optional, Func<IRContext, IRAttribute>? Default);

/// <summary>
/// The declarative description of an operation kind: operands, results, attributes and
/// properties, regions, successors, traits, verifier, assembly format and hooks. Declared in a
/// few chained calls inside a dialect's Define(), xDSL/ODS style.
/// </summary>
public sealed partial class OpDefinition
{
    public string Name { get; }
    public Dialect Dialect { get; }
    private readonly List<ValueDef> _operands = new(), _results = new();
    private readonly List<AttrDef> _attrs = new();
    private readonly List<OpTrait> _traits = new();
    private readonly List<(string Name, Arity Arity)> _regions = new(), _successors = new();

    public IReadOnlyList<ValueDef> OperandDefs => _operands;
    public IReadOnlyList<ValueDef> ResultDefs => _results;
    public IReadOnlyList<AttrDef> AttrDefs => _attrs;
    public IReadOnlyList<OpTrait> Traits => _traits;
    public IReadOnlyList<(string Name, Arity Arity)> RegionDefs => _regions;
    public IReadOnlyList<(string Name, Arity Arity)> SuccessorDefs => _successors;

    /// <summary>ODS-style assembly format, interpreted for both parsing and printing.</summary>
    public string? AssemblyFormat { get; private set; }
    /// <summary>Hand-written custom parser (takes precedence over the assembly format).</summary>
    public Action<IOpAsmParser, OperationState>? CustomParser { get; private set; }
    /// <summary>Hand-written custom printer: writes everything after the op name.</summary>
    public Action<Operation, IOpAsmPrinter>? CustomPrinter { get; private set; }
    /// <summary>Name hints for results in custom form (MLIR's getAsmResultNames).</summary>
    public Action<Operation, Action<Value, string>>? ResultNames { get; private set; }
    /// <summary>Name hints for block arguments of the op's regions.</summary>
    public Action<Operation, Action<Value, string>>? BlockArgumentNames { get; private set; }
    /// <summary>Op-specific invariants; emit an error on the op and return false when violated.</summary>
    public Func<Operation, bool>? Verifier { get; private set; }
    /// <summary>Invariants that need nested regions verified first.</summary>
    public Func<Operation, bool>? RegionVerifier { get; private set; }
    /// <summary>
    /// Dialect whose prefix may be omitted for ops nested in this op's regions (MLIR's
    /// OpAsmOpInterface::getDefaultDialect, e.g. "func" so `func.return` prints as `return`).
    /// </summary>
    public string? DefaultDialect { get; private set; }
    /// <summary>The parsed assembly format, built lazily.</summary>
    internal object? CompiledFormat;

    internal OpDefinition(string name, Dialect dialect) { Name = name; Dialect = dialect; }

    public bool HasTrait<T>() where T : OpTrait
    {
        foreach (var t in _traits) if (t is T) return true;
        return false;
    }
    public T? GetTrait<T>() where T : OpTrait => _traits.OfType<T>().FirstOrDefault();

    public bool HasCustomAssembly => CustomParser is not null || CustomPrinter is not null || AssemblyFormat is not null;

    // ---- declaration API ----
    public OpDefinition Operand(string name, TypeConstraint? c = null) { _operands.Add(new(name, Arity.Single, c ?? TypeConstraint.Any)); return this; }
    public OpDefinition OptionalOperand(string name, TypeConstraint? c = null) { _operands.Add(new(name, Arity.Optional, c ?? TypeConstraint.Any)); return this; }
    public OpDefinition VariadicOperand(string name, TypeConstraint? c = null) { _operands.Add(new(name, Arity.Variadic, c ?? TypeConstraint.Any)); return this; }
    public OpDefinition Result(string name, TypeConstraint? c = null) { _results.Add(new(name, Arity.Single, c ?? TypeConstraint.Any)); return this; }
    public OpDefinition OptionalResult(string name, TypeConstraint? c = null) { _results.Add(new(name, Arity.Optional, c ?? TypeConstraint.Any)); return this; }
    public OpDefinition VariadicResult(string name, TypeConstraint? c = null) { _results.Add(new(name, Arity.Variadic, c ?? TypeConstraint.Any)); return this; }

    /// <summary>A required property (inherent attribute printed in `&lt;{...}&gt;`).</summary>
    public OpDefinition Prop(string name, AttrConstraint? c = null, Func<IRContext, IRAttribute>? defaultValue = null)
    { _attrs.Add(new(name, c ?? AttrConstraint.Any, true, false, defaultValue)); return this; }
    public OpDefinition OptionalProp(string name, AttrConstraint? c = null)
    { _attrs.Add(new(name, c ?? AttrConstraint.Any, true, true, null)); return this; }

    /// <summary>
    /// A required inherent attribute kept in the attribute dictionary and printed in `{...}`: the
    /// storage of dialects built without properties (TF's `usePropertiesForAttributes = 0`). A
    /// default is not materialized; verification accepts its absence.
    /// </summary>
    public OpDefinition Attr(string name, AttrConstraint? c = null, Func<IRContext, IRAttribute>? defaultValue = null)
    { _attrs.Add(new(name, c ?? AttrConstraint.Any, false, false, defaultValue)); return this; }
    public OpDefinition OptionalAttr(string name, AttrConstraint? c = null)
    { _attrs.Add(new(name, c ?? AttrConstraint.Any, false, true, null)); return this; }

    public OpDefinition Region(string name, Arity arity = Arity.Single) { _regions.Add((name, arity)); return this; }
    public OpDefinition Successor(string name, Arity arity = Arity.Single) { _successors.Add((name, arity)); return this; }
    public OpDefinition Trait(params OpTrait[] traits) { _traits.AddRange(traits); return this; }
    public OpDefinition DefaultDialectForRegions(string dialect) { DefaultDialect = dialect; return this; }
    public OpDefinition Format(string format) { AssemblyFormat = format; return this; }
    public OpDefinition Parser(Action<IOpAsmParser, OperationState> parse) { CustomParser = parse; return this; }
    public OpDefinition Printer(Action<Operation, IOpAsmPrinter> print) { CustomPrinter = print; return this; }
    public OpDefinition Names(Action<Operation, Action<Value, string>> names) { ResultNames = names; return this; }
    public OpDefinition ArgNames(Action<Operation, Action<Value, string>> names) { BlockArgumentNames = names; return this; }
    public OpDefinition Verify(Func<Operation, bool> verify) { Verifier = verify; return this; }
    public OpDefinition VerifyRegions(Func<Operation, bool> verify) { RegionVerifier = verify; return this; }

    public AttrDef? FindAttr(string name) => _attrs.Find(a => a.Name == name);

    /// <summary>
    /// Splits given attributes into properties and discardable attributes: declared property
    /// names go to the property dictionary, as MLIR's parser does with the generic form.
    /// </summary>
    internal (DictionaryAttr? props, DictionaryAttr attrs) SplitProperties(IRContext ctx, DictionaryAttr? props, DictionaryAttr attrs)
    {
        bool hasProps = _attrs.Any(a => a.IsProperty) || HasTrait<Traits.AttrSizedOperandSegments>() || HasTrait<Traits.AttrSizedResultSegments>();
        // An op kind without properties holds none: an empty dictionary is the same as no dictionary.
        if (!hasProps) return (props is { IsEmpty: true } ? null : props, attrs);
        var p = new List<NamedAttribute>(props?.Entries ?? []);
        var a = new List<NamedAttribute>();
        foreach (var e in attrs.Entries)
        {
            if (IsPropertyName(e.Name) && (props is null || !props.Contains(e.Name))) p.Add(e); else a.Add(e);
        }
        // Default-valued properties are always materialized, so generic output shows them.
        foreach (var def in _attrs)
            if (def.IsProperty && def.Default is not null && !p.Exists(x => x.Name == def.Name))
                p.Add(new NamedAttribute(def.Name, def.Default(ctx)));
        return (DictionaryAttr.Get(ctx, p), a.Count == attrs.Count ? attrs : DictionaryAttr.Get(ctx, a));
    }

    public bool IsPropertyName(string name) =>
        _attrs.Exists(x => x.IsProperty && x.Name == name)
        || (name == "operandSegmentSizes" && HasTrait<Traits.AttrSizedOperandSegments>())
        || (name == "resultSegmentSizes" && HasTrait<Traits.AttrSizedResultSegments>());

    public override string ToString() => Name;
}
