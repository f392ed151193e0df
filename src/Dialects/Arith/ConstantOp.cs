namespace Lce.Dialects.Arith;

using Lce.IR;
using Lce.IR.Traits;

/// <summary>
/// `arith.constant`: `%c42_i32 = arith.constant 42 : i32`, `arith.constant {foo.x} dense&lt;1&gt; : tensor&lt;2xi32&gt;`.
/// MLIR declares it with `assemblyFormat = "attr-dict $value"` and infers the result type from
/// the value; the hooks here do the same by hand.
/// </summary>
public static class ConstantOp
{
    public const string OpName = "arith.constant";

    /// <summary>Whether a constant with this value and type can be built (ConstantOp::isBuildableWith).</summary>
    public static bool IsBuildableWith(IRAttribute value, IRType type)
    {
        if (value is not ITypedAttribute typed || !ReferenceEquals(typed.Type, type)) return false;
        if (type is IntegerType { IsSignless: false }) return false;
        return value is IntegerAttr or FloatAttr or ElementsAttr;
    }

    /// <summary>Creates `arith.constant value` at the builder's insertion point.</summary>
    public static Operation Build(Builder builder, IRAttribute value, Location loc)
    {
        var type = ((ITypedAttribute)value).Type;
        return builder.Create(OpName, loc, [], [type], [new NamedAttribute("value", value)]);
    }

    internal static void Parse(IOpAsmParser p, OperationState state)
    {
        p.ParseOptionalAttrDict(state.Attributes);
        var loc = p.CurrentLocation;
        var value = p.ParseAttribute();
        if (value is not ITypedAttribute typed) throw p.Error(loc, "invalid kind of attribute specified");
        state.AddProperty("value", value);
        state.Types.Add(typed.Type);
    }

    internal static void Print(Operation op, IOpAsmPrinter p)
    {
        p.PrintOptionalAttrDict(op.Attributes, ["value"]);
        p.Write(' ');
        p.PrintAttribute(op.GetProp("value") ?? op.GetAttr("value")!);
    }

    /// <summary>getAsmResultNames: `%true`/`%false`, `%c42_i32`, `%c0` (index), else `%cst`.</summary>
    internal static void Names(Operation op, Action<Value, string> set)
    {
        if (op.NumResults != 1) return;
        var result = op.GetResult(0);
        if (op.GetProp("value") is IntegerAttr i)
        {
            if (result.Type is IntegerType { Width: 1 }) { set(result, i.Value.IsZero ? "false" : "true"); return; }
            var name = "c" + i.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (result.Type is IntegerType it) name += "_" + IntegerTypeName(it);
            set(result, name);
        }
        else set(result, "cst");
    }

    private static string IntegerTypeName(IntegerType t) => t.Signedness switch
    {
        Signedness.Signed => "si",
        Signedness.Unsigned => "ui",
        _ => "i",
    } + t.Width.ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal static bool Verify(Operation op)
    {
        var value = op.GetProp("value");
        var type = op.NumResults == 1 ? op.GetResult(0).Type : null;
        if (value is not ITypedAttribute typed || !ReferenceEquals(typed.Type, type))
        {
            op.EmitOpError("failed to verify that all of {value, result} have same type");
            return false;
        }
        if (type is IntegerType { IsSignless: false })
        {
            op.EmitOpError("integer return type must be signless");
            return false;
        }
        if (value is not (IntegerAttr or FloatAttr or ElementsAttr))
        {
            op.EmitOpError("value must be an integer, float, or elements attribute");
            return false;
        }
        if (type is VectorType v && v.ScalableDims.Any(s => s) && value is not DenseElementsAttr { IsSplat: true })
        {
            op.EmitOpError("intializing scalable vectors with elements attribute is not supported unless it's a vector splat");
            return false;
        }
        return true;
    }
}

public sealed partial class ArithDialect
{
    private void DefineConstant() =>
        Op("constant")
            .Prop("value", ArithConstraints.TypedAttr)
            .Result("result")
            .Trait(ConstantLike.Instance, Pure.Instance)
            .Parser(ConstantOp.Parse)
            .Printer(ConstantOp.Print)
            .Names(ConstantOp.Names)
            .Verify(ConstantOp.Verify)
            .Fold((op, _) => op.GetProp("value") is { } v ? [v] : null);
}
