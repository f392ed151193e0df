namespace Lce.Dialects.Tf;

using Lce.IR;

/// <summary>Builders for tf ops that passes create (TF's C++ builders, without the type inference they may do).</summary>
public static class TfBuild
{
    /// <summary>`tf.Const` with <paramref name="value"/> and result type <paramref name="type"/> (the value's type by default).</summary>
    public static Operation Const(Builder builder, ElementsAttr value, IRType? type, Location loc) =>
        builder.Create("tf.Const", loc, [], [type ?? value.Type], attributes: [new NamedAttribute("value", value)]);

    /// <summary>
    /// `tf.Shape` of <paramref name="input"/>: a 1-D tensor of i32 (<paramref name="use32Bit"/>) or i64
    /// holding one entry per dimension (`tensor&lt;?xi64&gt;` for an unranked input), as ShapeOp's builder.
    /// </summary>
    public static Operation Shape(Builder builder, Value input, bool use32Bit, Location loc)
    {
        var ctx = builder.Context;
        long rank = input.Type is RankedTensorType r ? r.Rank : ShapedType.Dynamic;
        var result = RankedTensorType.Get(ctx, [rank], IntegerType.Get(ctx, use32Bit ? 32 : 64));
        return builder.Create("tf.Shape", loc, [input], [result]);
    }

    /// <summary>A generic tf op with the given operands, result types and inherent attributes.</summary>
    public static Operation Op(Builder builder, string name, Location loc, IReadOnlyList<Value> operands, IReadOnlyList<IRType> results,
        params (string Name, IRAttribute Value)[] attrs) =>
        builder.Create("tf." + name, loc, operands, results, attributes: attrs.Select(a => new NamedAttribute(a.Name, a.Value)));
}
