using Lce.IR;

namespace Lce.Transforms.Larq.Prepare;

/// <summary>
/// LCE's recognition of an explicit pad that a "SAME" convolution would do itself
/// (prepare_tf.cc IsSamePadding with padding.h): paddings of shape [4,2] that leave the batch
/// and channel dimensions alone and split each spatial total as TF's SAME does (the smaller
/// half first), on 4-D input and output whose spatial sizes satisfy out = ⌈in / stride⌉.
/// Neither the filter size nor the dilation is checked (LCE checks neither).
/// </summary>
public static class SamePadding
{
    /// <summary>
    /// Whether <paramref name="paddings"/> pads <paramref name="input"/> as SAME padding would for
    /// a convolution with <paramref name="strides"/> (an NHWC [1, sh, sw, 1] list) producing
    /// <paramref name="output"/>. Only dimensions 1 and 2 of the shapes are read, so a bitpacked
    /// input works. A dynamic spatial size counts as 0, as LCE's int conversion of MLIR's
    /// dynamic marker makes it: the size test passes when input and output are both dynamic and
    /// fails when only one is.
    /// </summary>
    public static bool IsSamePadding(IRAttribute paddings, IRType input, IRType output, IRAttribute strides)
    {
        if (ValidPadAttr(paddings) is not { } pads) return false;
        if (Shape4D(input) is not { } inputShape || Shape4D(output) is not { } outputShape) return false;
        if (strides is not ArrayAttr { Elements.Count: >= 3 } list
            || list.Elements[1] is not IntegerAttr strideH || list.Elements[2] is not IntegerAttr strideW) return false;
        return IsNoPadding(pads, 0)
            && IsSamePadding1D(pads, 1, SizeAsInt(inputShape[1]), SizeAsInt(outputShape[1]), unchecked((int)strideH.Int64))
            && IsSamePadding1D(pads, 2, SizeAsInt(inputShape[2]), SizeAsInt(outputShape[2]), unchecked((int)strideW.Int64))
            && IsNoPadding(pads, 3);
    }

    /// <summary>
    /// Whether dimension <paramref name="d"/> is padded as SAME padding would: the output size is
    /// ⌈input / stride⌉ and the total splits into before = total / 2 and after = (total + 1) / 2
    /// (integer division truncating toward zero, as C++'s).
    /// </summary>
    public static bool IsSamePadding1D(long[,] pads, int d, int inputSize, int outputSize, int stride) =>
        stride != 0 && outputSize == CeilDiv(inputSize, stride) && PaddingTable.SplitsAsSame(pads, d);

    /// <summary>Whether dimension <paramref name="d"/> is not padded at all.</summary>
    public static bool IsNoPadding(long[,] pads, int d) => PaddingTable.IsNoPadding(pads, d);

    /// <summary>The paddings as a 4×2 table (GetValidPadAttr), else null; see <see cref="PaddingTable.Read"/>.</summary>
    public static long[,]? ValidPadAttr(IRAttribute paddings) => PaddingTable.Read(paddings);

    /// <summary>compute_engine::core::CeilDiv in int arithmetic (b ≠ 0; a stride of 0 divides by zero in LCE and never matches here).</summary>
    public static int CeilDiv(int a, int b) => (a + b - 1) / b;

    private static IReadOnlyList<long>? Shape4D(IRType type) => type is RankedTensorType { Rank: 4 } r ? r.Shape : null;

    /// <summary>The C++ int a shape entry becomes: MLIR's dynamic marker (INT64_MIN) truncates to 0.</summary>
    private static int SizeAsInt(long size) => unchecked((int)size);
}
