using Lce.CodeGen.Tflite.Schema;
using Lce.Dialects.Tfl;
using A = Lce.CodeGen.Tflite.Export.OpAttributes;

namespace Lce.CodeGen.Tflite.Export;

/// <summary>
/// The tfl ops exported as builtin operators: their operator code and their options table built
/// from the op's attributes (null for ops TFLite gives no options: RELU, TANH, ...).
/// </summary>
public static class BuiltinOps
{
    private sealed record Entry(BuiltinOperator Code, Func<Operation, BuiltinOptions?> Options);

    private static readonly Dictionary<string, Entry> Table = new(StringComparer.Ordinal)
    {
        ["tfl.add"] = new(BuiltinOperator.Add, op => new AddOptions(A.Activation(op))),
        ["tfl.sub"] = new(BuiltinOperator.Sub, op => new SubOptions(A.Activation(op))),
        ["tfl.mul"] = new(BuiltinOperator.Mul, op => new MulOptions(A.Activation(op))),
        ["tfl.div"] = new(BuiltinOperator.Div, op => new DivOptions(A.Activation(op))),
        ["tfl.conv_2d"] = new(BuiltinOperator.Conv2d, op => new Conv2DOptions(A.Padding(op), A.Int(op, "stride_w"), A.Int(op, "stride_h"),
            A.Activation(op), A.Int(op, "dilation_w_factor"), A.Int(op, "dilation_h_factor"))),
        ["tfl.depthwise_conv_2d"] = new(BuiltinOperator.DepthwiseConv2d, op => new DepthwiseConv2DOptions(A.Padding(op), A.Int(op, "stride_w"),
            A.Int(op, "stride_h"), A.Int(op, "depth_multiplier"), A.Activation(op), A.Int(op, "dilation_w_factor"), A.Int(op, "dilation_h_factor"))),
        ["tfl.fully_connected"] = new(BuiltinOperator.FullyConnected, op => new FullyConnectedOptions(A.Activation(op),
            A.String(op, "weights_format") == TflEnums.Shuffled4x16Int8 ? FullyConnectedWeightsFormat.Shuffled4x16Int8 : FullyConnectedWeightsFormat.Default,
            A.Bool(op, "keep_num_dims"), A.Bool(op, "asymmetric_quantize_inputs", missing: false))),
        ["tfl.max_pool_2d"] = new(BuiltinOperator.MaxPool2d, Pool),
        ["tfl.average_pool_2d"] = new(BuiltinOperator.AveragePool2d, Pool),
        ["tfl.mean"] = new(BuiltinOperator.Mean, op => new ReducerOptions(A.Bool(op, "keep_dims"))),
        ["tfl.reshape"] = new(BuiltinOperator.Reshape, op => new ReshapeOptions(ConstantShape(op))),
        ["tfl.squeeze"] = new(BuiltinOperator.Squeeze, op => new SqueezeOptions(A.IntArray(op, "squeeze_dims"))),
        ["tfl.transpose"] = new(BuiltinOperator.Transpose, _ => new EmptyOptions(BuiltinOptionsType.TransposeOptions)),
        ["tfl.pad"] = new(BuiltinOperator.Pad, _ => new EmptyOptions(BuiltinOptionsType.PadOptions)),
        ["tfl.padv2"] = new(BuiltinOperator.Padv2, _ => new EmptyOptions(BuiltinOptionsType.PadV2Options)),
        ["tfl.concatenation"] = new(BuiltinOperator.Concatenation, op => new ConcatenationOptions(A.Int(op, "axis"), A.Activation(op))),
        ["tfl.softmax"] = new(BuiltinOperator.Softmax, op => new SoftmaxOptions(A.Float(op, "beta"))),
        ["tfl.quantize"] = new(BuiltinOperator.Quantize, _ => new EmptyOptions(BuiltinOptionsType.QuantizeOptions)),
        ["tfl.dequantize"] = new(BuiltinOperator.Dequantize, _ => new EmptyOptions(BuiltinOptionsType.DequantizeOptions)),
        ["tfl.cast"] = new(BuiltinOperator.Cast, op => new CastOptions(TypeOf(op, op.GetOperand(0).Type), TypeOf(op, op.GetResult(0).Type))),
        ["tfl.relu"] = new(BuiltinOperator.Relu, _ => null),
        ["tfl.relu6"] = new(BuiltinOperator.Relu6, _ => null),
        ["tfl.relu_n1_to_1"] = new(BuiltinOperator.ReluN1To1, _ => null),
        ["tfl.tanh"] = new(BuiltinOperator.Tanh, _ => null),
        ["tfl.logistic"] = new(BuiltinOperator.Logistic, _ => null),
        ["tfl.select"] = new(BuiltinOperator.Select, _ => new EmptyOptions(BuiltinOptionsType.SelectOptions)),
        ["tfl.select_v2"] = new(BuiltinOperator.SelectV2, _ => new EmptyOptions(BuiltinOptionsType.SelectV2Options)),
        ["tfl.maximum"] = new(BuiltinOperator.Maximum, _ => new EmptyOptions(BuiltinOptionsType.MaximumMinimumOptions)),
        ["tfl.sign"] = new(BuiltinOperator.Sign, _ => new EmptyOptions(BuiltinOptionsType.SignOptions)),
        ["tfl.broadcast_to"] = new(BuiltinOperator.BroadcastTo, _ => new EmptyOptions(BuiltinOptionsType.BroadcastToOptions)),
        ["tfl.greater_equal"] = new(BuiltinOperator.GreaterEqual, _ => new EmptyOptions(BuiltinOptionsType.GreaterEqualOptions)),
        ["tfl.less_equal"] = new(BuiltinOperator.LessEqual, _ => new EmptyOptions(BuiltinOptionsType.LessEqualOptions)),
    };

    /// <summary>The names of the tfl ops exported as builtins.</summary>
    public static IEnumerable<string> OpNames => Table.Keys;

    public static bool IsBuiltin(string opName) => Table.ContainsKey(opName);

    /// <summary>The operator code and options of a builtin tfl op; attribute errors are <see cref="TfliteExportException"/>s.</summary>
    public static (BuiltinOperator Code, BuiltinOptions? Options) Describe(Operation op)
    {
        var e = Table[op.Name];
        return (e.Code, e.Options(op));
    }

    private static Pool2DOptions Pool(Operation op) => new(A.Padding(op), A.Int(op, "stride_w"), A.Int(op, "stride_h"),
        A.Int(op, "filter_width"), A.Int(op, "filter_height"), A.Activation(op));

    private static TensorType TypeOf(Operation op, IRType t) => TensorTypeMapper.Map(t, op.Location).Type;

    /// <summary>RESHAPE's new_shape: the values of a constant shape operand (the kernel prefers the operand itself).</summary>
    private static int[]? ConstantShape(Operation op)
    {
        if (op.NumOperands < 2 || op.GetOperand(1).DefiningOp is not { } def) return null;
        if (def.GetInherentOrDiscardable("value") is not DenseElementsAttr { ShapedType.ElementType: IntegerType } d || d.NumElements > 8) return null;
        var shape = new int[d.NumElements];
        for (int i = 0; i < shape.Length; i++)
        {
            var v = d.IntegerAt(i);
            if (v < int.MinValue || v > int.MaxValue) return null;
            shape[i] = (int)v;
        }
        return shape;
    }
}
