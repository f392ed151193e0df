using Lce.Dialects.Quant;
using Lce.IR;

namespace Lce.Transforms.Tfl.Quantize;

/// <summary>
/// What the int8 passes need to know about an op (TF's OpQuantSpec and quantization traits on the
/// tfl op definitions): which operand is a bias whose scale is the product of the other operands'
/// scales (AccumulatorUniformScale), which weight operand may be quantized per channel and along
/// which dimension (AffineOpCoefficient), whether all float operands and results share one scale
/// (SameOperandsAndResultsScale), and a result range fixed by the kernel (FixedOutputRange).
/// </summary>
public sealed record QuantOpSpec(
    int BiasOperand = -1,
    int[]? NonBiasOperands = null,
    int CoefficientOperand = -1,
    int CoefficientDimension = -1,
    bool SameScale = false,
    FixedRange? FixedOutput = null)
{
    public static readonly QuantOpSpec None = new();

    /// <summary>The ops of the int8 path (tfl ops with QuantizableResult), with their constraints.</summary>
    private static readonly Dictionary<string, QuantOpSpec> Specs = new()
    {
        ["tfl.conv_2d"] = new(2, [0, 1], 1, 0),
        ["tfl.depthwise_conv_2d"] = new(2, [0, 1], 1, 3),
        // TFLite's fully connected kernel takes one filter scale: no per-channel dimension.
        ["tfl.fully_connected"] = new(2, [0, 1], 1, -1),
        ["tfl.add"] = None,
        ["tfl.sub"] = None,
        ["tfl.mul"] = None,
        ["tfl.mean"] = None,
        ["tfl.max_pool_2d"] = new(SameScale: true),
        ["tfl.average_pool_2d"] = new(SameScale: true),
        ["tfl.reshape"] = new(SameScale: true),
        ["tfl.squeeze"] = new(SameScale: true),
        ["tfl.transpose"] = new(SameScale: true),
        ["tfl.pad"] = new(SameScale: true),
        ["tfl.concatenation"] = new(SameScale: true),
        ["tfl.relu"] = new(SameScale: true),
        ["tfl.relu6"] = new(SameScale: true),
        ["tfl.relu_n1_to_1"] = new(SameScale: true),
        ["tfl.relu_0_to_1"] = new(SameScale: true),
        // Softmax and logistic write [0, 1) in steps of 1/256, tanh (-1, 1) in steps of 1/128.
        ["tfl.softmax"] = new(FixedOutput: new FixedRange(1.0 / 256, -128, 0)),
        ["tfl.logistic"] = new(FixedOutput: new FixedRange(1.0 / 256, -128, 0)),
        ["tfl.tanh"] = new(FixedOutput: new FixedRange(1.0 / 128, 0, 128)),
    };

    /// <summary>Whether the int8 passes quantize this op's results (TF's IsOpQuantizable).</summary>
    public static bool IsQuantizable(Operation op) => Specs.ContainsKey(op.Name) || IsConstant(op);

    /// <summary>The op's spec; ops outside the int8 path (lq ops, tf ops) have none.</summary>
    public static QuantOpSpec Of(Operation op) => Specs.GetValueOrDefault(op.Name, None);

    /// <summary>A float constant a weight can come from (TF's arith.constant; our tfl.pseudo_const also counts).</summary>
    public static bool IsConstant(Operation op) => op.Name is "arith.constant" or "tfl.pseudo_const";
}

/// <summary>A result range a kernel fixes: the scale and the zero point for int8 and for uint8 storage.</summary>
public sealed record FixedRange(double Scale, long SignedZeroPoint, long UnsignedZeroPoint)
{
    public UniformQuantizedType Type(IRContext ctx, FloatType expressed, bool signed) =>
        UniformQuantizedType.Get(ctx, 8, signed, expressed, Scale, signed ? SignedZeroPoint : UnsignedZeroPoint);
}
