namespace Lce.Dialects.Tfl;

using System.Runtime.CompilerServices;
using Lce.IR;

/// <summary>
/// ODS constraints of the tfl ops. TFL_TensorOf&lt;[...]&gt; accepts a tensor of any element type
/// at op verification (its runtime element list is only checked by TFL's runtime
/// verification) but reports the runtime list in its message; the list is kept with the
/// constraint (<see cref="RuntimeElements"/>) for a runtime verifier.
/// </summary>
public static class TflConstraints
{
    private static readonly ConditionalWeakTable<TypeConstraint, RuntimeType> Runtime = new();

    /// <summary>
    /// What TFL's runtime verification requires of a value (TFL_RuntimeType): a tensor of one of
    /// <paramref name="Elements"/>, of rank <paramref name="Rank"/> when given (TFL_1DTensorOf),
    /// or `none` when <paramref name="AllowsNone"/> (TFL_TensorOfOrNone).
    /// </summary>
    public sealed record RuntimeType(IReadOnlyList<TflElement> Elements, bool AllowsNone, int? Rank, string Summary)
    {
        public bool Accepts(IRType t) =>
            (AllowsNone && t is IR.NoneType)
            || (IsTensor(t) && (Rank is null || t is RankedTensorType r && r.Rank == Rank)
                && Elements.Any(e => e.Accepts(((ShapedType)t).ElementType)));
    }

    /// <summary>The runtime element types of a constraint made by <see cref="TensorOf"/>, else null.</summary>
    public static IReadOnlyList<TflElement>? RuntimeElements(TypeConstraint c) =>
        Runtime.TryGetValue(c, out var e) ? e.Elements : null;

    /// <summary>The runtime requirement of a constraint made by this class (null for AnyTensor and non-TFL constraints).</summary>
    public static RuntimeType? RuntimeTypeOf(TypeConstraint c) => Runtime.TryGetValue(c, out var e) ? e : null;

    public static bool IsTensor(IRType t) => t is RankedTensorType or UnrankedTensorType;

    /// <summary>TFL_TensorOf&lt;elements&gt;: any tensor; summary of the runtime element types.</summary>
    public static TypeConstraint TensorOf(params TflElement[] elements) =>
        Remember(new TypeConstraint(TflElement.TensorSummary(elements), IsTensor),
            new RuntimeType(elements, false, null, TflElement.TensorSummary(elements)));

    /// <summary>TFL_TensorOfOrNone&lt;elements&gt;: any tensor or `none`.</summary>
    public static TypeConstraint TensorOfOrNone(params TflElement[] elements) =>
        Remember(new TypeConstraint(TflElement.TensorSummary([TflElement.Any]) + " or none type", t => IsTensor(t) || t is NoneType),
            new RuntimeType(elements, true, null, TflElement.TensorSummary(elements) + " or none type"));

    /// <summary>TFL_1DTensorOfOrNone&lt;elements&gt;: a tensor or `none` (rank 1 is a runtime check).</summary>
    public static TypeConstraint TensorOfOrNone1D(params TflElement[] elements) =>
        Remember(new TypeConstraint(TflElement.TensorSummary([TflElement.Any]) + " or none type", t => IsTensor(t) || t is NoneType),
            new RuntimeType(elements, true, 1, "1D " + TflElement.TensorSummary(elements) + " or none type"));

    /// <summary>AnyTensor.</summary>
    public static readonly TypeConstraint AnyTensor = new(TflElement.TensorSummary([TflElement.Any]), IsTensor);

    /// <summary>Variadic&lt;c&gt;: ODS words the summary "variadic of ...".</summary>
    public static TypeConstraint Variadic(TypeConstraint c)
    {
        var v = new TypeConstraint("variadic of " + c.Description, c.Accepts);
        return RuntimeTypeOf(c) is { } e ? Remember(v, e) : v;
    }

    /// <summary>TFL_VariadicTensorOf&lt;elements&gt;: its summary is that of TensorOf&lt;[AnyType]&gt;.</summary>
    public static TypeConstraint VariadicTensorOf(params TflElement[] elements) =>
        Remember(new TypeConstraint("variadic of " + TflElement.TensorSummary([TflElement.Any]), IsTensor),
            new RuntimeType(elements, false, null, TflElement.TensorSummary(elements)));

    public static readonly TypeConstraint NoneType = new("none type", t => t is IR.NoneType);

    private static TypeConstraint Remember(TypeConstraint c, RuntimeType runtime)
    {
        Runtime.AddOrUpdate(c, runtime);
        return c;
    }

    // ---- attribute constraints (ODS summaries) ----
    public static readonly AttrConstraint I32Attr = new("32-bit signless integer attribute",
        a => a is IntegerAttr { Type: IntegerType { Width: 32, IsSignless: true } });

    public static readonly AttrConstraint F32Attr = new("32-bit float attribute",
        a => a is FloatAttr f && ReferenceEquals(f.FloatType.Semantics, IR.Numerics.FloatSemantics.Single));

    public static readonly AttrConstraint BoolAttr = new("bool attribute", IR.BoolAttr.IsBool);

    public static readonly AttrConstraint StrAttr = new("string attribute", a => a is StringAttr);

    public static readonly AttrConstraint UnitAttr = new("unit attribute", a => a is IR.UnitAttr);

    public static readonly AttrConstraint ElementsAttr = new("constant vector/tensor attribute", a => a is IR.ElementsAttr);

    /// <summary>TensorTypeAttr: a type attribute holding a tensor type.</summary>
    public static readonly AttrConstraint TensorTypeAttr = new("Tensor type attribute",
        a => a is TypeAttr { Value: RankedTensorType or UnrankedTensorType });

    /// <summary>ConfinedAttr&lt;I64ArrayAttr, [TFL_ArrayMaxCount&lt;8&gt;]&gt; (squeeze_dims).</summary>
    public static readonly AttrConstraint I64ArrayMax8 = new("64-bit integer array attribute whose size is at most 8",
        a => a is ArrayAttr arr && arr.Count <= 8
            && arr.Elements.All(e => e is IntegerAttr { Type: IntegerType { Width: 64, IsSignless: true } }));

    public static readonly AttrConstraint ConstBytes = new("A string attribute representation of compiled bytes",
        a => a is ConstBytesAttr);

    /// <summary>TFL_AFAttr: the fused activation function.</summary>
    public static readonly AttrConstraint Activation = StrEnum("fused activation enum", TflEnums.Activations);

    /// <summary>TFL_PaddingAttr.</summary>
    public static readonly AttrConstraint Padding = StrEnum("padding enum", TflEnums.Paddings);

    /// <summary>TFL_FullyConnectedOptionsWeightFormatAttr.</summary>
    public static readonly AttrConstraint WeightsFormat = StrEnum("fully connected options weights format", TflEnums.WeightsFormats);

    /// <summary>StrEnumAttr: a string attribute whose value is one of the cases.</summary>
    private static AttrConstraint StrEnum(string summary, IReadOnlyList<string> cases) =>
        new(summary, a => a is StringAttr s && cases.Contains(s.Value));
}
