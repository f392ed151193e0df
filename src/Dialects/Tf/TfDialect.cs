namespace Lce.Dialects.Tf;

using Lce.IR;

/// <summary>
/// TensorFlow 2.16's `tf` dialect, the subset LCE's converter and passes use. As in TF, ops have
/// no custom syntax (they print in generic form), their inherent attributes live in the attribute
/// dictionary (no properties), derived attributes such as `T` are not stored, ops the dialect does
/// not define are accepted as unregistered ops, and folded constants become `tf.Const`. The
/// dialect has no types of its own (they are in `tf_type`).
/// </summary>
public sealed partial class TfDialect : Dialect
{
    public const string Name = "tf";
    public override string Namespace => Name;

    public static TfDialect Of(IRContext ctx) => ctx.GetDialect(Name) as TfDialect ?? ctx.Register<TfDialect>();

    /// <summary>TF registers only part of TensorFlow's op set, so unknown `tf.` ops are allowed (allowUnknownOperations).</summary>
    public override bool AllowsUnknownOperations => true;

    public override DialectInlinerInterface InlinerInterface { get; } = new TfInlinerInterface();

    protected override void Define()
    {
        // Loading tf loads tf_type, as TensorFlowDialect's constructor does.
        TfTypeDialect.Of(Context);
        DefineConst();
        DefineArithmetic();
        DefineElementwise();
        DefineForwarding();
        DefineShapeOps();
        DefineSpatialOps();
        DefineNnOps();
    }

    public override IRType? ParseType(IDialectAsmParser parser) =>
        throw parser.Error("tf dialect has no types, potentially meant !tf_type." + Spec(parser.Body), Math.Min(1, parser.Body.Length));

    public override IRAttribute? ParseAttribute(IDialectAsmParser parser, IRType? type) =>
        throw parser.Error("tf dialect has no attributes, potentially meant #tf_type." + Spec(parser.Body), Math.Min(1, parser.Body.Length));

    private static string Spec(string body) =>
        body.StartsWith('.') ? body[1..] : body.Length >= 2 && body[0] == '<' && body[^1] == '>' ? body[1..^1] : body;

    /// <summary>TensorFlowDialect::materializeConstant: a `tf.Const` holding the folded tensor.</summary>
    public override Operation? MaterializeConstant(Builder builder, IRAttribute value, IRType type, Location loc) =>
        value is ElementsAttr && type is RankedTensorType or UnrankedTensorType ? TfBuild.Const(builder, (ElementsAttr)value, type, loc) : null;

    /// <summary>The `tf.Const` op (tf_ops.td): ConstantLike and Pure, result named `%cst`, type inferred from the value.</summary>
    private void DefineConst()
    {
        Op("Const").Counts(0, 1)
            .Attr("value", TfConstraints.ElementsAttr)
            .Result("output", TfConstraints.Tensor)
            .Trait(IR.Traits.ConstantLike.Instance, IR.Traits.Pure.Instance)
            .Names((op, name) => name(op.GetResult(0), "cst"))
            .Verify(VerifyConst)
            .Fold((op, _) => op.GetAttr("value") is { } v ? [v] : null);
    }

    /// <summary>InferTypeOpInterface: the value's type, broadcast compatible with the declared result type.</summary>
    private static bool VerifyConst(Operation op)
    {
        var value = (ElementsAttr)op.GetAttr("value")!;
        return InferredTypes.Check(op, [value.Type], (inferred, actual) => TfShapeRules.BroadcastCompatible(op.Context, inferred[0], actual[0]));
    }
}
