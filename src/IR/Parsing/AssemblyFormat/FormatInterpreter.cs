namespace Lce.IR.Parsing.AssemblyFormat;

/// <summary>
/// The parsing half of the assembly-format interpreter: walks an op's <see cref="FormatDefinition"/>
/// against the input through <see cref="IOpAsmParser"/>, collecting operands, types, attributes,
/// regions and successors, then resolves operands in declaration order and fills the state.
/// </summary>
public sealed class FormatInterpreter
{
    private readonly IOpAsmParser p;
    private readonly OpDefinition def;
    private readonly OperationState state;
    private readonly Dictionary<string, List<UnresolvedOperand>> _operands = new();
    private readonly Dictionary<string, List<IRType>> _types = new();
    private List<UnresolvedOperand>? _allOperands;
    private List<IRType>? _allOperandTypes, _allResultTypes;

    private FormatInterpreter(IOpAsmParser parser, OpDefinition definition, OperationState st)
    {
        p = parser; def = definition; state = st;
    }

    /// <summary>Parses the custom form of an op that declares <see cref="OpDefinition.AssemblyFormat"/>.</summary>
    public static void Parse(IOpAsmParser parser, OpDefinition def, OperationState state)
    {
        FormatDefinition format;
        try { format = FormatDefinition.For(def); }
        catch (FormatException e) { throw parser.Error(parser.NameLocation, $"invalid assembly format of '{def.Name}': {e.Message}"); }
        var interpreter = new FormatInterpreter(parser, def, state);
        interpreter.ParseElements(format.Elements);
        interpreter.Finish();
    }

    private void ParseElements(IReadOnlyList<FormatElement> elements)
    {
        foreach (var e in elements) ParseElement(e);
    }

    private void ParseElement(FormatElement e)
    {
        switch (e)
        {
            case LiteralElement { IsSpacing: true }: break;
            case LiteralElement l when l.IsKeyword: p.ParseKeyword(l.Text); break;
            case LiteralElement l: p.ParsePunct(l.Text); break;
            case VariableElement v: ParseVariable(v.Name); break;
            case AttrDictElement a:
                if (a.WithKeyword) p.ParseOptionalAttrDictWithKeyword(state.Attributes); else p.ParseOptionalAttrDict(state.Attributes);
                break;
            case PropDictElement:
                if (p.ParseOptionalPropDict() is { } props) state.Properties = new List<NamedAttribute>(props.Entries);
                break;
            case AllOfKindElement { Kind: "operands" }: _allOperands = ParseOperandGroup(Arity.Variadic); break;
            case AllOfKindElement { Kind: "regions" }:
                do p.ParseRegion(state.AddRegion()); while (p.ParseOptionalComma());
                break;
            case AllOfKindElement { Kind: "successors" }:
                if (p.ParseOptionalSuccessor() is { } first)
                {
                    state.Successors.Add(first);
                    while (p.ParseOptionalComma()) state.Successors.Add(p.ParseSuccessor());
                }
                break;
            case TypeDirective t: AssignTypes(t.Target, ParseTypesFor(t.Target)); break;
            case FunctionalTypeDirective f:
                var fn = p.ParseFunctionType();
                AssignTypes(f.Inputs, fn.Inputs.ToList());
                AssignTypes(f.Results, fn.Results.ToList());
                break;
            case QualifiedDirective q: ParseElement(q.Inner); break;
            case OptionalGroup g: ParseOptionalGroup(g); break;
            default: throw p.Error($"unsupported assembly format element {e}");
        }
    }

    private void ParseVariable(string name)
    {
        if (FindOperand(name) is { } operand)
        {
            _operands[name] = ParseOperandGroup(operand.Arity);
            return;
        }
        if (def.FindAttr(name) is { } attr)
        {
            var value = def.GetAttrSyntax(name) is { } syntax ? syntax.Parse(p) : p.ParseAttribute();
            state.AddInherent(attr.Name, value);
            return;
        }
        int region = IndexOf(def.RegionDefs, name);
        if (region >= 0)
        {
            if (def.RegionDefs[region].Arity == Arity.Variadic)
            {
                if (p.PeekPunct("{")) do p.ParseRegion(state.AddRegion()); while (p.ParseOptionalComma());
            }
            else p.ParseRegion(state.AddRegion());
            return;
        }
        if (IndexOf(def.SuccessorDefs, name) >= 0)
        {
            state.Successors.Add(p.ParseSuccessor());
            return;
        }
        throw p.Error(p.NameLocation, $"assembly format of '{def.Name}' refers to unknown variable '${name}'");
    }

    private List<UnresolvedOperand> ParseOperandGroup(Arity arity)
    {
        var list = new List<UnresolvedOperand>();
        if (arity == Arity.Single) { list.Add(p.ParseOperand()); return list; }
        if (p.ParseOptionalOperand() is not { } first) return list;
        list.Add(first);
        if (arity == Arity.Variadic) while (p.ParseOptionalComma()) list.Add(p.ParseOperand());
        return list;
    }

    private List<IRType> ParseTypesFor(FormatElement target)
    {
        var arity = target switch
        {
            VariableElement v when FindOperand(v.Name) is { } o => o.Arity,
            VariableElement v when FindResult(v.Name) is { } r => r.Arity,
            AllOfKindElement => Arity.Variadic,
            _ => Arity.Single,
        };
        var list = new List<IRType>();
        if (arity == Arity.Single) { list.Add(p.ParseType()); return list; }
        if (p.ParseOptionalType() is not { } first) return list;
        list.Add(first);
        if (arity == Arity.Variadic) while (p.ParseOptionalComma()) list.Add(p.ParseType());
        return list;
    }

    private void AssignTypes(FormatElement target, List<IRType> types)
    {
        switch (target)
        {
            case AllOfKindElement { Kind: "operands" }: _allOperandTypes = types; break;
            case AllOfKindElement { Kind: "results" }: _allResultTypes = types; break;
            case VariableElement v: _types[v.Name] = types; break;
            case QualifiedDirective q: AssignTypes(q.Inner, types); break;
            default: throw p.Error($"cannot assign types to {target}");
        }
    }

    private void ParseOptionalGroup(OptionalGroup g)
    {
        if (g.Then.Count > 0 && TryParseFirst(g.Then[0]))
        {
            for (int i = 1; i < g.Then.Count; i++) ParseElement(g.Then[i]);
            // A unit attribute used only as the anchor is set by the group's presence.
            if (g.Anchor is VariableElement { Name: var n } && def.FindAttr(n) is { } a && IsUnitAnchor(g, a))
                state.AddInherent(n, UnitAttr.Get(state.Context));
        }
        else ParseElements(g.Else);
    }

    private static bool IsUnitAnchor(OptionalGroup g, AttrDef a) =>
        !ReferenceEquals(g.Then[0], g.Anchor) && a.Constraint.Description.Contains("unit", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses the first element of an optional group if the input starts with it.</summary>
    private bool TryParseFirst(FormatElement first)
    {
        switch (first)
        {
            case LiteralElement l when l.IsKeyword: return p.ParseOptionalKeyword(l.Text);
            case LiteralElement l: return !l.IsSpacing && p.ParseOptionalPunct(l.Text);
            case QualifiedDirective q: return TryParseFirst(q.Inner);
            case TypeDirective t:
                if (p.ParseOptionalType() is not { } type) return false;
                var types = new List<IRType> { type };
                if (t.Target is AllOfKindElement || (t.Target is VariableElement tv && (FindOperand(tv.Name) ?? FindResult(tv.Name))?.Arity == Arity.Variadic))
                    while (p.ParseOptionalComma()) types.Add(p.ParseType());
                AssignTypes(t.Target, types);
                return true;
            case VariableElement v when FindOperand(v.Name) is { } o:
                if (!p.PeekPunct("(") && p.ParseOptionalOperand() is { } u)
                {
                    var list = new List<UnresolvedOperand> { u };
                    if (o.Arity == Arity.Variadic) while (p.ParseOptionalComma()) list.Add(p.ParseOperand());
                    _operands[v.Name] = list;
                    return true;
                }
                return false;
            case VariableElement v when def.FindAttr(v.Name) is { } a:
                var attr = def.GetAttrSyntax(v.Name) is { } syntax ? syntax.ParseOptional(p) : p.ParseOptionalAttribute();
                if (attr is null) return false;
                state.AddInherent(a.Name, attr);
                return true;
            case VariableElement v when IndexOf(def.RegionDefs, v.Name) >= 0:
                var region = Region.CreateDetached();
                if (!p.ParseOptionalRegion(region)) return false;
                state.Regions.Add(region);
                return true;
            case VariableElement v when IndexOf(def.SuccessorDefs, v.Name) >= 0:
                if (p.ParseOptionalSuccessor() is not { } b) return false;
                state.Successors.Add(b);
                return true;
            case AttrDictElement { WithKeyword: true }:
                if (!p.PeekKeyword("attributes")) return false;
                ParseElement(first);
                return true;
            default:
                throw p.Error($"unsupported first element of an optional group: {first}");
        }
    }

    /// <summary>
    /// Resolves the collected operands with their types and sets the result types. Types the
    /// format leaves implicit come from the declared type relations (<see cref="OpDefinition.InferTypes"/>:
    /// AllTypesMatch / TypesMatchWith), e.g. cmpi's i1 result from `type($lhs)`, or
    /// call_indirect's operand and result types from the callee's function type.
    /// </summary>
    private void Finish()
    {
        var loc = p.NameLocation;
        var known = KnownTypes();
        if (_allOperands is not null)
            p.ResolveOperands(_allOperands, _allOperandTypes ?? CollectOperandTypes(), loc, state.Operands);
        else
        {
            var segments = new List<int>();
            foreach (var o in def.OperandDefs)
            {
                var uses = _operands.GetValueOrDefault(o.Name) ?? [];
                var types = known.GetValueOrDefault(o.Name)
                    ?? (uses.Count == 0 ? Array.Empty<IRType>() : null)
                    ?? def.InferTypes(state.Context, o.Name, known)
                    ?? InferSameType(uses.Count)
                    ?? throw p.Error(loc, $"type of operand '{o.Name}' is not specified by the format");
                p.ResolveOperands(uses, types, loc, state.Operands);
                segments.Add(uses.Count);
            }
            if (def.HasTrait<Traits.AttrSizedOperandSegments>())
                state.AddProperty("operandSegmentSizes", DenseArrayAttr.GetI32(state.Context, segments));
        }
        if (_allResultTypes is not null) state.Types.AddRange(_allResultTypes);
        else
            foreach (var r in def.ResultDefs)
            {
                var types = known.GetValueOrDefault(r.Name)
                    ?? def.InferTypes(state.Context, r.Name, known)
                    ?? (def.HasTrait<Traits.SameOperandsAndResultType>() && state.Operands.Count > 0 ? new List<IRType> { state.Operands[0].Type } : null)
                    ?? throw p.Error(loc, $"type of result '{r.Name}' is not specified by the format");
                state.Types.AddRange(types);
            }
    }

    /// <summary>
    /// The types the format spelled out, by operand/result group name. `type(operands)` is
    /// split over the operand groups by their use counts (only when that is unambiguous).
    /// </summary>
    private Dictionary<string, IReadOnlyList<IRType>> KnownTypes()
    {
        var known = new Dictionary<string, IReadOnlyList<IRType>>(StringComparer.Ordinal);
        foreach (var (name, types) in _types) known[name] = types;
        if (_allOperandTypes is not null && _allOperands is null)
        {
            int cursor = 0;
            foreach (var o in def.OperandDefs)
            {
                int n = _operands.GetValueOrDefault(o.Name)?.Count ?? 0;
                if (cursor + n > _allOperandTypes.Count) break;
                if (!known.ContainsKey(o.Name)) known[o.Name] = _allOperandTypes.GetRange(cursor, n);
                cursor += n;
            }
        }
        if (_allResultTypes is not null && def.ResultDefs.All(r => r.Arity == Arity.Single) && _allResultTypes.Count == def.ResultDefs.Count)
            for (int i = 0; i < def.ResultDefs.Count; i++) known.TryAdd(def.ResultDefs[i].Name, [_allResultTypes[i]]);
        return known;
    }

    private List<IRType> CollectOperandTypes() =>
        def.OperandDefs.SelectMany(o => _types.GetValueOrDefault(o.Name) ?? []).ToList();

    /// <summary>With SameOperandsAndResultType (or SameTypeOperands), any one known type fills the others.</summary>
    private List<IRType>? InferSameType(int count)
    {
        if (!def.HasTrait<Traits.SameOperandsAndResultType>() && !def.HasTrait<Traits.SameTypeOperands>()) return null;
        var known = _types.Values.FirstOrDefault(t => t.Count > 0)?[0];
        return known is null ? null : Enumerable.Repeat(known, count).ToList();
    }

    private ValueDef? FindOperand(string name) => def.OperandDefs.FirstOrDefault(o => o.Name == name);
    private ValueDef? FindResult(string name) => def.ResultDefs.FirstOrDefault(o => o.Name == name);
    private static int IndexOf(IReadOnlyList<(string Name, Arity Arity)> list, string name)
    {
        for (int i = 0; i < list.Count; i++) if (list[i].Name == name) return i;
        return -1;
    }
}
