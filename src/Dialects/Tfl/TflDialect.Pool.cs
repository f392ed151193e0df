namespace Lce.Dialects.Tfl;

using Lce.IR.Traits;
using static TflElement;

public sealed partial class TflDialect
{
    /// <summary>tfl.max_pool_2d (rank-4 input, same element type out) and tfl.average_pool_2d.</summary>
    private void DefinePooling()
    {
        TflElement[] maxTypes = [F32, QUI8, QI8, QI16, Quint8];
        Op("max_pool_2d").Counts(1, 1)
            .Operand("input", TflConstraints.TensorOf(maxTypes))
            .Attr("padding", TflConstraints.Padding)
            .Attr("stride_w", TflConstraints.I32Attr)
            .Attr("stride_h", TflConstraints.I32Attr)
            .Attr("filter_width", TflConstraints.I32Attr)
            .Attr("filter_height", TflConstraints.I32Attr)
            .Attr("fused_activation_function", TflConstraints.Activation)
            .Result("output", TflConstraints.TensorOf(maxTypes))
            .Trait(Pure.Instance)
            .Verify(op => TflVerify.OperandHasRank(op, 0, 4)
                && TflVerify.ResultElementTypeMatchesOperand(op, 0, 0, "input and output must have same element type"));

        TflElement[] averageTypes = [F32, QI8, QUI8, QI16];
        Op("average_pool_2d").Counts(1, 1)
            .Operand("input", TflConstraints.TensorOf(averageTypes))
            .Attr("filter_height", TflConstraints.I32Attr)
            .Attr("filter_width", TflConstraints.I32Attr)
            .Attr("padding", TflConstraints.Padding)
            .Attr("stride_h", TflConstraints.I32Attr)
            .Attr("stride_w", TflConstraints.I32Attr)
            .Attr("fused_activation_function", TflConstraints.Activation)
            .Result("output", TflConstraints.TensorOf(averageTypes))
            .Trait(Pure.Instance);
    }
}
