namespace Lce.Dialects.Index;

using System.Globalization;
using Lce.IR;
using Lce.IR.Traits;

/// <summary>The `index` dialect subset: `%idx7 = index.constant 7` (value printed without its type).</summary>
public sealed class IndexDialect : Dialect
{
    public const string Name = "index";
    public override string Namespace => Name;

    /// <summary>The dialect's ops and regions may all be inlined (as MLIR's inliner interface for it).</summary>
    public override DialectInlinerInterface InlinerInterface { get; } = new AllLegalInlinerInterface();

    internal static readonly AttrConstraint IndexAttr = new("index attribute", a => a is IntegerAttr { Type: IndexType });

    /// <summary>`$value` of an IndexAttr: a bare integer literal typed `index`.</summary>
    internal static readonly AttrSyntax IndexValue = new("IndexAttr",
        p => p.ParseOptionalAttribute(IndexType.Get(p.Context)),
        p => p.ParseAttribute(IndexType.Get(p.Context)),
        (a, p) => p.PrintAttributeWithoutType(a));

    protected override void Define()
    {
        Op("constant").Counts(0, 1)
            .Prop("value", IndexAttr)
            .Result("result", new TypeConstraint("index", t => t is IndexType))
            .Trait(ConstantLike.Instance, Pure.Instance)
            .Syntax("value", IndexValue)
            .Parser(ParseConstant)
            .Format("attr-dict $value")
            .Names((op, set) =>
            {
                if (op.GetProp("value") is IntegerAttr i)
                    set(op.GetResult(0), "idx" + i.Value.ToString(CultureInfo.InvariantCulture));
            })
            .Fold((op, _) => op.GetProp("value") is { } v ? [v] : null);
    }

    private static void ParseConstant(IOpAsmParser p, OperationState state)
    {
        p.ParseOptionalAttrDict(state.Attributes);
        state.AddProperty("value", IndexValue.Parse(p));
        state.Types.Add(IndexType.Get(p.Context));
    }

    /// <summary>Folded index values become `index.constant`.</summary>
    public override Operation? MaterializeConstant(Builder builder, IRAttribute value, IRType type, Location loc)
    {
        if (value is not IntegerAttr { Type: IndexType } || type is not IndexType) return null;
        return builder.Create("index.constant", loc, [], [type], [new NamedAttribute("value", value)]);
    }
}
