using Lce.CodeGen.Tflite.Schema;
using Lce.Serialization.CustomOptions;

namespace Lce.Bench.TfliteImport;

/// <summary>A chain of float fully_connected layers (width × width weights and a bias each) with random data.</summary>
internal static class WeightModel
{
    public static TfliteModel Build(int layers, int width, int seed)
    {
        var r = new Random(seed);
        var tensors = new List<Tensor> { new() { Name = "x0", Type = TensorType.Float32, Shape = [1, width] } };
        var buffers = new List<TfliteBuffer> { TfliteBuffer.Empty };
        var ops = new List<Operator>();
        TfliteBuffer Random(int bytes)
        {
            var data = GC.AllocateUninitializedArray<byte>(bytes);
            // Small random floats: raw random bytes would include NaNs, which is fine but unrealistic.
            for (int i = 0; i < bytes; i += 4) BitConverter.TryWriteBytes(data.AsSpan(i), (float)(r.NextDouble() - 0.5));
            return new TfliteBuffer { Data = data };
        }
        for (int i = 0; i < layers; i++)
        {
            buffers.Add(Random(width * width * 4));
            tensors.Add(new Tensor { Name = $"dense_{i}/kernel", Type = TensorType.Float32, Shape = [width, width], Buffer = (uint)buffers.Count - 1 });
            buffers.Add(Random(width * 4));
            tensors.Add(new Tensor { Name = $"dense_{i}/bias", Type = TensorType.Float32, Shape = [width], Buffer = (uint)buffers.Count - 1 });
            tensors.Add(new Tensor { Name = $"dense_{i}", Type = TensorType.Float32, Shape = [1, width] });
            int x = i == 0 ? 0 : tensors.Count - 4, w = tensors.Count - 3, b = tensors.Count - 2, y = tensors.Count - 1;
            ops.Add(new Operator { Inputs = [x, w, b], Outputs = [y], BuiltinOptions = new FullyConnectedOptions(TfliteActivation.Relu) });
        }
        return new TfliteModel
        {
            OperatorCodes = [OperatorCode.Builtin(BuiltinOperator.FullyConnected, 1)],
            Buffers = buffers,
            Subgraphs = [new SubGraph { Name = "main", Tensors = tensors, Inputs = [0], Outputs = [tensors.Count - 1], Operators = ops }],
        };
    }
}
