using Lce.CodeGen.Tflite.Schema;

namespace Lce.CodeGen.Tflite.Export;

/// <summary>
/// Operator versions as TFLite's versioning rules assign them (op_version.cc), for the builtins we
/// export: the version grows with the types and features an op uses (int8 kernels, broadcasting
/// over rank 4, dilation, keep_num_dims, ...). The runtime refuses versions it does not know, so
/// writing the lowest version that covers the op keeps models loadable by older runtimes.
/// </summary>
public static class OpVersions
{
    /// <summary>A tensor as the rules see it: type, shape and whether it is per-axis quantized. Null for an omitted input.</summary>
    public sealed record Operand(TensorType Type, IReadOnlyList<int> Shape, bool PerAxis);

    public static int Version(BuiltinOperator code, IReadOnlyList<Operand?> inputs, IReadOnlyList<Operand?> outputs, BuiltinOptions? options)
    {
        TensorType? In(int i) => i < inputs.Count ? inputs[i]?.Type : null;
        TensorType? Out(int i) => i < outputs.Count ? outputs[i]?.Type : null;
        int Rank(int i) => i < inputs.Count && inputs[i] is { } o ? o.Shape.Count : 0;
        bool Broadcast5D() => inputs.Count >= 2 && inputs[0] is { } a && inputs[1] is { } b
            && !a.Shape.SequenceEqual(b.Shape) && Math.Max(a.Shape.Count, b.Shape.Count) > 4;
        var i8 = TensorType.Int8;
        var i16 = TensorType.Int16;
        var f32 = TensorType.Float32;
        switch (code)
        {
            case BuiltinOperator.Conv2d:
                if (inputs.Count > 1 && inputs[0] is { Shape.Count: 4 } x && inputs[1] is { Shape.Count: 4 } w && x.Shape[3] != w.Shape[3]) return 6;
                if (In(0) == i8 && In(1) == i8 && Out(0) == i8) return 3;
                if (In(0) == f32 && In(1) == i8 && Out(0) == f32) return inputs[1]!.PerAxis ? 5 : 2;
                return 1;
            case BuiltinOperator.DepthwiseConv2d:
                if (In(0) == f32 && In(1) == i8 && Out(0) == f32) return inputs[1]!.PerAxis ? 6 : 4;
                if (In(0) == i8 && In(1) == i8 && Out(0) == i8) return 3;
                return options is DepthwiseConv2DOptions { DilationWFactor: not 1 } or DepthwiseConv2DOptions { DilationHFactor: not 1 } ? 2 : 1;
            case BuiltinOperator.FullyConnected:
                var fc = options as FullyConnectedOptions;
                if (In(0) == i16 && In(1) == i16 && Out(0) == i16) return 7;
                if (inputs.Count == 2) return 6;
                if (fc is { KeepNumDims: true }) return 5;
                if (In(0) == i8 && In(1) == i8 && Out(0) == i8) return 4;
                if (In(0) == f32 && In(1) == i8 && Out(0) == f32) return fc is { AsymmetricQuantizeInputs: true } ? 9 : 3;
                return fc is { WeightsFormat: FullyConnectedWeightsFormat.Shuffled4x16Int8 } ? 2 : 1;
            case BuiltinOperator.Add:
                if (In(0) == TensorType.Int64) return 4;
                return In(0) == i8 ? 2 : 1;
            case BuiltinOperator.Sub:
                if (In(0) == TensorType.Int64) return 4;
                if (Broadcast5D()) return 3;
                return In(0) == i8 ? 2 : 1;
            case BuiltinOperator.Mul:
                if (In(0) == TensorType.UInt32) return 7;
                if (In(0) == TensorType.Int64) return 5;
                if (In(0) == i16) return 4;
                return In(0) == i8 ? 2 : 1;
            case BuiltinOperator.Div:
                return Broadcast5D() ? 2 : 1;
            case BuiltinOperator.MaxPool2d or BuiltinOperator.AveragePool2d
                or BuiltinOperator.Softmax or BuiltinOperator.Mean or BuiltinOperator.Relu6
                or BuiltinOperator.Tanh or BuiltinOperator.Logistic:
                if (In(0) == i16) return 3;
                return In(0) == i8 ? 2 : 1;
            case BuiltinOperator.Relu:
                if (In(0) == i16) return 3;
                return In(0) is TensorType.Int8 or TensorType.UInt8 ? 2 : 1;
            case BuiltinOperator.Pad or BuiltinOperator.Padv2:
                if (Rank(0) > 4) return 4;
                if (In(0) == i16) return 3;
                return In(0) == i8 ? 2 : 1;
            case BuiltinOperator.Concatenation:
                if (In(0) == TensorType.UInt32) return 4;
                if (In(0) == i16) return 3;
                return In(0) == i8 ? 2 : 1;
            case BuiltinOperator.Transpose:
                if (Rank(0) > 5) return 6;
                if (In(0) == i16) return 5;
                if (Rank(0) > 4) return 4;
                if (In(0) == TensorType.Bool) return 3;
                return In(0) == i8 ? 2 : 1;
            case BuiltinOperator.Quantize:
                if (outputs.Count > 0 && outputs[0] is { PerAxis: true }) return 3;
                return Out(0) == i16 ? 2 : 1;
            case BuiltinOperator.Dequantize:
                if (In(0) is TensorType.Int16 or TensorType.Float16) return 3;
                if (In(0) == i8) return inputs[0]!.PerAxis ? 5 : 2;
                return 1;
            case BuiltinOperator.Select:
                if (In(0) == TensorType.UInt32) return 4;
                if (Enumerable.Range(0, Math.Min(3, inputs.Count)).Any(i => Rank(i) == 5)) return 3;
                return In(0) == i8 ? 2 : 1;
            case BuiltinOperator.GreaterEqual or BuiltinOperator.LessEqual:
                if (In(0) == i16) return 3;
                return In(0) == i8 ? 2 : 1;
            case BuiltinOperator.Maximum:
                if (In(0) == i16 && Out(0) == i16) return 4;
                if (Broadcast5D()) return 3;
                return In(0) == i8 ? 2 : 1;
            case BuiltinOperator.Sign:
                return In(0) == TensorType.Int32 ? 2 : 1;
            case BuiltinOperator.Squeeze:
                return In(0) == TensorType.String ? 2 : 1;
            case BuiltinOperator.BroadcastTo:
                // Version 1 was withdrawn when the op moved past code 127.
                return In(0) == i16 ? 3 : 2;
            default:
                return 1;
        }
    }
}
