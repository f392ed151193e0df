namespace Lce.Dialects.Tf;

using Lce.IR;
using Lce.IR.Traits;
using static TfConstraints;

/// <summary>AvgPool and DepthwiseConv2dNative (float tensors; window/stride lists as I64ArrayAttr).</summary>
public sealed partial class TfDialect
{
    private void DefineWindowOps()
    {
        Op("AvgPool").Counts(1, 1).Operand("value", FloatTensor).Result("output", FloatTensor)
            .Attr("ksize", I64ArrayMinCount(4))
            .Attr("strides", I64ArrayMinCount(4))
            .Attr("padding", AnyStrAttrOf("SAME", "VALID"))
            .Attr("data_format", ConvnetDataFormat, ctx => StringAttr.Get(ctx, "NHWC"))
            .Trait(Pure.Instance);

        Op("DepthwiseConv2dNative").Counts(2, 1).Operand("input", FloatTensor).Operand("filter", FloatTensor).Result("output", FloatTensor)
            .Attr("strides", I64ArrayAttr)
            .Attr("padding", AnyStrAttrOf("SAME", "VALID", "EXPLICIT"))
            .Attr("explicit_paddings", I64ArrayAttr, ctx => TfAttrs.I64ArrayAttr(ctx, []))
            .Attr("data_format", ConvnetDataFormat, ctx => StringAttr.Get(ctx, "NHWC"))
            .Attr("dilations", I64ArrayAttr, ctx => TfAttrs.I64ArrayAttr(ctx, [1, 1, 1, 1]))
            .Trait(Pure.Instance);
    }
}
