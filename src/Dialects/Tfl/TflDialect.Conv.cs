namespace Lce.Dialects.Tfl;

using Lce.IR;
using Lce.IR.Traits;
using static TflElement;

public sealed partial class TflDialect
{
    /// <summary>tfl.conv_2d (with TF's result-type inference), tfl.depthwise_conv_2d and tfl.fully_connected.</summary>
    private void DefineConvolutions()
    {
        // TF's TFL_ConvOp base: the operands and attributes conv_2d and depthwise_conv_2d share.
        OpDefinition Conv(string name) => Op(name).Counts(3, 1)
            .Operand("input", TflConstraints.TensorOf(F32, QI8, QUI8, QI16))
            .Operand("filter", TflConstraints.TensorOf(F32, QI4, QI8, QUI8))
            .Operand("bias", TflConstraints.TensorOfOrNone1D(F32, I32, I64))
            .Attr("dilation_h_factor", TflConstraints.I32Attr)
            .Attr("dilation_w_factor", TflConstraints.I32Attr)
            .Attr("fused_activation_function", TflConstraints.Activation)
            .Attr("padding", TflConstraints.Padding)
            .Attr("stride_h", TflConstraints.I32Attr)
            .Attr("stride_w", TflConstraints.I32Attr);

        Conv("conv_2d")
            .Result("output", TflConstraints.TensorOf(F32, QI8, QUI8, QI16))
            .Trait(Pure.Instance)
            .Verify(ConvShape.VerifyConv2DResultType);

        Conv("depthwise_conv_2d")
            .Attr("depth_multiplier", TflConstraints.I32Attr)
            .Result("output", TflConstraints.TensorOf(F32, QI8, QUI8, QI16))
            .Trait(Pure.Instance);

        Op("fully_connected").Counts(3, null)
            .Operand("input", TflConstraints.TensorOf(F32, QI8, QUI8, QI16, QUI16))
            .Operand("filter", TflConstraints.TensorOf(F32, QI4, QI8, QUI8, QI16))
            .Operand("bias", TflConstraints.TensorOfOrNone(F32, QI32, QUI32))
            .Attr("fused_activation_function", TflConstraints.Activation)
            .Attr("weights_format", TflConstraints.WeightsFormat)
            .Attr("keep_num_dims", TflConstraints.BoolAttr)
            .OptionalAttr("asymmetric_quantize_inputs", TflConstraints.BoolAttr)
            .VariadicResult("output", TflConstraints.VariadicTensorOf(F32, QI8, QUI8, QI16, QUI16))
            .Trait(Pure.Instance)
            .Verify(FullyConnected.Verify)
            .Fold(FullyConnected.Fold)
            .Canonicalization("RemoveOptionalZeroBias<FullyConnectedOp>", FullyConnected.RemoveZeroBias);
    }
}
