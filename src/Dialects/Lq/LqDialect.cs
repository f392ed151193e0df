namespace Lce.Dialects.Lq;

using Lce.IR;
using Lce.IR.Traits;
using Lce.Dialects.Arith;
using static Lce.Dialects.Lq.LqConstraints;

/// <summary>
/// Larq Compute Engine's `lq` dialect: binary quantize/dequantize (bitpacking along the
/// channel axis), binary convolution and binary max-pool. All ops are pure; inherent
/// attributes are properties (printed `&lt;{...}&gt;`); folded constants materialize as
/// `arith.constant`.
/// </summary>
public sealed class LqDialect : Dialect
{
    public const string Name = "lq";
    public override string Namespace => Name;

    protected override void Define()
    {
        Op("Quantize").Counts(1, 1)
            .Operand("x", Unpacked).Result("y", TensorOfI32)
            .Trait(Pure.Instance)
            .Fold(LqFolders.Quantize)
            .Verify(LqVerifiers.Quantize);

        Op("Dequantize").Counts(1, 1)
            .Operand("x", TensorOfI32).Result("y", Unpacked)
            .Trait(Pure.Instance)
            .Fold(LqFolders.Dequantize)
            .Verify(LqVerifiers.Dequantize);

        Op("Bconv2d").Counts(5, 1)
            .Operand("input", TensorOfI32)
            .Operand("filter", TensorOfF32OrI32)
            .Operand("post_activation_multiplier", TensorOfF32OrNone)
            .Operand("post_activation_bias", TensorOfF32OrNone)
            .Operand("output_threshold", TensorOfI32OrNone)
            .Prop("channels_in", I32Attr)
            .Prop("dilation_height_factor", I32Attr)
            .Prop("dilation_width_factor", I32Attr)
            .Prop("fused_activation_function", Activation)
            .Prop("pad_values", I32Attr, ctx => IntegerAttr.Get(ctx, 32, 0))
            .Prop("padding", Padding)
            .Prop("stride_height", I32Attr)
            .Prop("stride_width", I32Attr)
            .Result("output", BconvOutput)
            .Trait(Pure.Instance)
            .Verify(LqVerifiers.Bconv2d);

        Op("BMaxPool2d").Counts(1, 1)
            .Operand("input", TensorOfI32)
            .Prop("padding", Padding)
            .Prop("stride_width", I32Attr)
            .Prop("stride_height", I32Attr)
            .Prop("filter_width", I32Attr)
            .Prop("filter_height", I32Attr)
            .Result("output", TensorOfI32)
            .Trait(Pure.Instance)
            .Verify(LqVerifiers.BMaxPool2d);
    }

    public override Operation? MaterializeConstant(Builder builder, IRAttribute value, IRType type, Location loc) =>
        ConstantOp.IsBuildableWith(value, type) ? ConstantOp.Build(builder, value, loc) : null;
}
