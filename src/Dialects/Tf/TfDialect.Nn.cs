namespace Lce.Dialects.Tf;

using Lce.IR;
using Lce.IR.Traits;
using static TfConstraints;

/// <summary>Neural-network ops: Conv2D, BiasAdd, MaxPool, FusedBatchNormV3, MatMul, Mean.</summary>
public sealed partial class TfDialect
{
    private void DefineNnOps()
    {
        var convType = TensorOf(Bfloat16, Float16, Float32, Float64, Int32);
        var ones = (IRContext ctx) => TfAttrs.I64ArrayAttr(ctx, [1, 1, 1, 1]);
        var empty = (IRContext ctx) => TfAttrs.I64ArrayAttr(ctx, []);
        Op("Conv2D").Counts(2, 1).Operand("input", convType).Operand("filter", convType).Result("output", convType)
            .Attr("strides", I64ArrayAttr)
            .Attr("use_cudnn_on_gpu", BoolAttrC, ctx => IR.BoolAttr.Get(ctx, true))
            .Attr("padding", AnyStrAttrOf("SAME", "VALID", "EXPLICIT"))
            .Attr("explicit_paddings", I64ArrayAttr, empty)
            .Attr("data_format", ConvnetDataFormat, ctx => StringAttr.Get(ctx, "NHWC"))
            .Attr("dilations", I64ArrayAttr, ones)
            .Trait(Pure.Instance)
            .Verify(Conv2DRules.Verify);

        Op("BiasAdd").Counts(2, 1).Operand("value", NumberTensor).Operand("bias", NumberTensor).Result("output", NumberTensor)
            .Attr("data_format", ConvnetDataFormat, ctx => StringAttr.Get(ctx, "NHWC"))
            .Trait(Pure.Instance)
            .Verify(VerifyBiasAdd);

        var poolType = TensorOf(Bfloat16, Float16, Float32, Float64, Int16, Int32, Int64, Int8, Qint8, Uint16, Uint8);
        Op("MaxPool").Counts(1, 1).Operand("input", poolType).Result("output", poolType)
            .Attr("ksize", I64ArrayMinCount(4))
            .Attr("strides", I64ArrayMinCount(4))
            .Attr("padding", AnyStrAttrOf("SAME", "VALID", "EXPLICIT"))
            .Attr("explicit_paddings", I64ArrayAttr, empty)
            .Attr("data_format", AnyStrAttrOf("NHWC", "NCHW", "NCHW_VECT_C"), ctx => StringAttr.Get(ctx, "NHWC"))
            .Trait(Pure.Instance);

        var bnX = TensorOf(Bfloat16, Float16, Float32);
        var f32 = TensorOf(Float32);
        Op("FusedBatchNormV3").Counts(5, 6)
            .Operand("x", bnX).Operand("scale", f32).Operand("offset", f32).Operand("mean", f32).Operand("variance", f32)
            .Result("y", bnX).Result("batch_mean", f32).Result("batch_variance", f32)
            .Result("reserve_space_1", f32).Result("reserve_space_2", f32).Result("reserve_space_3", f32)
            .Attr("epsilon", F32Attr, ctx => FloatAttr.Get(ctx, FloatType.F32(ctx), 0.0001f))
            .Attr("exponential_avg_factor", F32Attr, ctx => FloatAttr.Get(ctx, FloatType.F32(ctx), 1.0))
            .Attr("data_format", AnyStrAttrOf("NHWC", "NCHW", "NDHWC", "NCDHW"), ctx => StringAttr.Get(ctx, "NHWC"))
            .Attr("is_training", BoolAttrC, ctx => IR.BoolAttr.Get(ctx, true))
            .Trait(Pure.Instance);

        var matType = TensorOf(Bfloat16, Complex128, Complex64, Float16, Float32, Float64, Int16, Int32, Int64, Int8, Uint16, Uint32, Uint64, Uint8);
        Op("MatMul").Counts(2, 1).Operand("a", matType).Operand("b", matType).Result("product", matType)
            .Attr("transpose_a", BoolAttrC, ctx => IR.BoolAttr.Get(ctx, false))
            .Attr("transpose_b", BoolAttrC, ctx => IR.BoolAttr.Get(ctx, false))
            .Attr("grad_a", BoolAttrC, ctx => IR.BoolAttr.Get(ctx, false))
            .Attr("grad_b", BoolAttrC, ctx => IR.BoolAttr.Get(ctx, false))
            .Trait(Pure.Instance, SameOperandsAndResultElementTypeResolveRef.Instance);

        Op("Mean").Counts(2, 1).Operand("input", NumberTensor).Operand("reduction_indices", I32OrI64Tensor).Result("output", NumberTensor)
            .Attr("keep_dims", BoolAttrC, ctx => IR.BoolAttr.Get(ctx, false))
            .Trait(Pure.Instance);
    }

    /// <summary>BiasAddOp::verify: value rank per data format, 1-D bias matching the feature dimension.</summary>
    private static bool VerifyBiasAdd(Operation op)
    {
        var format = TfAttrs.String(op, "data_format") ?? "NHWC";
        var value = op.GetOperand(0).Type;
        if (format == "NHWC" && !TfTypeUtil.HasRankAtLeast(value, 2))
            return Fail(op, "requires value operand to have rank at least two with `NHWC` data format");
        if (format == "NCHW" && !TfTypeUtil.HasRankAtLeast(value, 3))
            return Fail(op, "requires value operand to have rank at least three with `NCHW` data format");
        if (!TfTypeUtil.IsOfRankOrUnranked(op.GetOperand(1).Type, 1)) return Fail(op, "requires bias operand to have rank exactly one");
        if (value is not RankedTensorType v || op.GetOperand(1).Type is not RankedTensorType b) return true;
        long feature = v.Shape[format == "NCHW" ? 1 : v.Rank - 1];
        long bias = b.Shape[0];
        if (feature != ShapedType.Dynamic && bias != ShapedType.Dynamic && feature != bias)
            return Fail(op, $"requires channel dimension and feature dimension to match; found {feature} and {bias}, respectively");
        return true;
    }
}
