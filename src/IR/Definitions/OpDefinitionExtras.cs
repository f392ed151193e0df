namespace Lce.IR;

/// <summary>
/// The custom ("stripped") syntax of an attribute kind as ODS generates it for attribute and
/// enum classes used inside an assembly format: `$fastmath` after `fastmath` `` prints
/// `&lt;nnan,ninf&gt;` (the body of `#arith.fastmath&lt;nnan,ninf&gt;`), `$predicate` prints the
/// enum keyword `ult` of an i64 integer attribute, `$sym_name` prints `@name` for a string.
/// Assembly-format interpreters consult <see cref="OpDefinition.GetAttrSyntax"/> for `$attr`
/// directives; without an entry an attribute is parsed and printed in its full generic form.
/// </summary>
public sealed class AttrSyntax
{
    /// <summary>ODS-style name used in messages, e.g. "Arith_FastMathAttr".</summary>
    public string Name { get; }

    /// <summary>
    /// Parses the attribute if the next token can start it (used for the anchor of an optional
    /// group such as `($roundingmode^)?`); returns null without consuming input otherwise.
    /// Once started, malformed input is a hard error (throws after reporting).
    /// </summary>
    public Func<IOpAsmParser, IRAttribute?> ParseOptional { get; }

    /// <summary>Parses the attribute, reporting an error if it is absent.</summary>
    public Func<IOpAsmParser, IRAttribute> Parse { get; }

    /// <summary>Writes the stripped form (no leading space: the format decides the spacing).</summary>
    public Action<IRAttribute, IOpAsmPrinter> Print { get; }

    public AttrSyntax(string name, Func<IOpAsmParser, IRAttribute?> parseOptional,
        Func<IOpAsmParser, IRAttribute> parse, Action<IRAttribute, IOpAsmPrinter> print)
    {
        Name = name; ParseOptional = parseOptional; Parse = parse; Print = print;
    }
}

public sealed partial class OpDefinition
{
    private Dictionary<string, AttrSyntax>? _attrSyntax;

    /// <summary>Declares the custom syntax the assembly format uses for attribute/property <paramref name="attrName"/>.</summary>
    public OpDefinition Syntax(string attrName, AttrSyntax syntax)
    {
        (_attrSyntax ??= new(StringComparer.Ordinal))[attrName] = syntax;
        return this;
    }

    /// <summary>The custom syntax declared for an attribute, or null to use the generic attribute form.</summary>
    public AttrSyntax? GetAttrSyntax(string attrName) =>
        _attrSyntax is not null && _attrSyntax.TryGetValue(attrName, out var s) ? s : null;

    /// <summary>
    /// Folds the op given the constant values of its operands (null where not constant).
    /// Returns one entry per result: an <see cref="IRAttribute"/> (a constant result) or a
    /// <see cref="Value"/> (an existing value replaces the result); null when nothing folds.
    /// Mirrors MLIR's fold hooks (OpFoldResult); the op may also be updated in place, in which
    /// case the folder returns its own results. This is the complete fold hook of the op kind:
    /// when the op's own folder (<see cref="Fold"/>) fails or only updates the op in place, the
    /// folds of its traits (<see cref="OpTrait.Fold"/>, e.g. Commutative moving constants to the
    /// right) are tried in declaration order, as MLIR's generated fold hooks do. Null when neither
    /// the op nor any trait folds.
    /// </summary>
    public Func<Operation, IReadOnlyList<IRAttribute?>, IReadOnlyList<object>?>? Folder
    {
        get
        {
            if (_foldHookTraitCount != _traits.Count)
            {
                _foldingTraits = _traits.Where(t => t.HasFolder).ToArray();
                _foldHook = _foldingTraits.Length == 0 ? _ownFolder : FoldWithTraits;
                _foldHookTraitCount = _traits.Count;
            }
            return _foldHook;
        }
    }

    /// <summary>The op's own fold hook, without trait folds.</summary>
    public Func<Operation, IReadOnlyList<IRAttribute?>, IReadOnlyList<object>?>? OwnFolder => _ownFolder;

    private Func<Operation, IReadOnlyList<IRAttribute?>, IReadOnlyList<object>?>? _ownFolder, _foldHook;
    private OpTrait[] _foldingTraits = [];
    private int _foldHookTraitCount = -1;

    public OpDefinition Fold(Func<Operation, IReadOnlyList<IRAttribute?>, IReadOnlyList<object>?> folder)
    {
        _ownFolder = folder;
        _foldHookTraitCount = -1;
        return this;
    }

    private IReadOnlyList<object>? FoldWithTraits(Operation op, IReadOnlyList<IRAttribute?> operands)
    {
        var own = _ownFolder?.Invoke(op, operands);
        if (own is not null && !IsInPlace(op, own)) return own;
        foreach (var trait in _foldingTraits)
        {
            var results = new List<object>(op.NumResults);
            if (!trait.Fold(op, operands, results)) continue;
            return results.Count == 0 ? op.Results : results;
        }
        return own;
    }

    /// <summary>Whether a fold result names the op's own results (an in-place update).</summary>
    private static bool IsInPlace(Operation op, IReadOnlyList<object> results)
    {
        if (results.Count != op.NumResults || results.Count == 0) return false;
        for (int i = 0; i < results.Count; i++)
            if (!ReferenceEquals(results[i], op.GetResult(i))) return false;
        return true;
    }
}

/// <summary>
/// Type relations between operand/result groups that let a custom syntax leave types implicit,
/// as ODS uses SameOperandsAndResultType, SameTypeOperands, AllTypesMatch and TypesMatchWith to
/// resolve formats like `$lhs `,` $rhs attr-dict `:` type($result)`.
/// </summary>
public sealed partial class OpDefinition
{
    private readonly List<string[]> _typeEqualities = new();
    private readonly List<(string Target, string Source, Func<IRContext, IReadOnlyList<IRType>, IReadOnlyList<IRType>?> Transform)> _typeTransforms = new();

    /// <summary>The named operand/result groups all have the same type(s) (AllTypesMatch).</summary>
    public OpDefinition TypesMatch(params string[] names) { _typeEqualities.Add(names); return this; }

    /// <summary>
    /// The types of group <paramref name="target"/> are computed from those of <paramref name="source"/>
    /// (TypesMatchWith, e.g. cmpi's result is i1 of the lhs shape; call_indirect's operands are the callee's inputs).
    /// </summary>
    public OpDefinition TypesFrom(string target, string source, Func<IRContext, IReadOnlyList<IRType>, IReadOnlyList<IRType>?> transform)
    { _typeTransforms.Add((target, source, transform)); return this; }

    /// <summary>Single-type convenience for <see cref="TypesFrom(string, string, Func{IRContext, IReadOnlyList{IRType}, IReadOnlyList{IRType}?})"/>.</summary>
    public OpDefinition TypeFrom(string target, string source, Func<IRContext, IRType, IRType> transform) =>
        TypesFrom(target, source, (ctx, ts) => ts.Count == 1 ? [transform(ctx, ts[0])] : null);

    /// <summary>
    /// Infers the types of group <paramref name="name"/> (an operand or result name of the
    /// declaration) from the groups whose types the syntax gave, following the declared
    /// relations transitively. Null if they do not determine it.
    /// </summary>
    public IReadOnlyList<IRType>? InferTypes(IRContext ctx, string name, IReadOnlyDictionary<string, IReadOnlyList<IRType>> known)
    {
        var solved = new Dictionary<string, IReadOnlyList<IRType>>(known, StringComparer.Ordinal);
        bool changed = true;
        while (changed && !solved.ContainsKey(name))
        {
            changed = false;
            foreach (var group in _typeEqualities)
            {
                var src = group.FirstOrDefault(solved.ContainsKey);
                if (src is null) continue;
                foreach (var n in group)
                    if (!solved.ContainsKey(n)) { solved[n] = solved[src]; changed = true; }
            }
            foreach (var (target, source, f) in _typeTransforms)
            {
                if (solved.ContainsKey(target) || !solved.TryGetValue(source, out var s)) continue;
                if (f(ctx, s) is { } t) { solved[target] = t; changed = true; }
            }
        }
        return solved.TryGetValue(name, out var r) ? r : null;
    }

    /// <summary>The declared equality groups (for tools and tests).</summary>
    public IReadOnlyList<IReadOnlyList<string>> TypeEqualities => _typeEqualities;

    /// <summary>The declared (target, source) type derivations, for tools that reason about inferability.</summary>
    public IEnumerable<(string Target, string Source)> TypeDerivations => _typeTransforms.Select(t => (t.Target, t.Source));

    /// <summary>
    /// Whether every result group's types follow from the operand groups' types through the
    /// declared relations (what ODS's InferTypeOpInterface would give for such an op).
    /// </summary>
    public bool ResultTypesFollowFromOperands()
    {
        var known = new HashSet<string>(OperandDefs.Select(o => o.Name), StringComparer.Ordinal);
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var group in _typeEqualities)
                if (group.Any(known.Contains))
                    foreach (var n in group) changed |= known.Add(n);
            foreach (var (target, source, _) in _typeTransforms)
                if (known.Contains(source)) changed |= known.Add(target);
        }
        return ResultDefs.All(r => known.Contains(r.Name));
    }
}
