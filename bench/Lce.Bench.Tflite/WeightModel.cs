using System.Text;
using Lce.IR.Parsing;

namespace Lce.Bench.Tflite;

/// <summary>
/// A chain of fully_connected layers whose weights add up to the requested size: the skeleton is
/// parsed with splat constants, then each constant gets full random storage (parsing 100 MB of
/// hex would measure the parser, not the exporter).
/// </summary>
internal static class WeightModel
{
    public static Operation Build(int layers, int width, int seed)
    {
        var text = new StringBuilder();
        string t = $"tensor<1x{width}xf32>";
        text.Append($"func.func @main(%x0: {t}) -> {t} {{\n");
        for (int i = 0; i < layers; i++)
        {
            text.Append($"  %w{i} = arith.constant dense<0.0> : tensor<{width}x{width}xf32> loc(\"dense_{i}/kernel\")\n");
            text.Append($"  %b{i} = arith.constant dense<0.0> : tensor<{width}xf32> loc(\"dense_{i}/bias\")\n");
            text.Append($"  %x{i + 1} = \"tfl.fully_connected\"(%x{i}, %w{i}, %b{i}) {{fused_activation_function = \"RELU\", keep_num_dims = false, weights_format = \"DEFAULT\"}} : ({t}, tensor<{width}x{width}xf32>, tensor<{width}xf32>) -> {t} loc(\"dense_{i}\")\n");
        }
        text.Append($"  return %x{layers} : {t}\n}}\n");
        var ctx = new IRContext();
        Lce.Dialects.StandardDialects.RegisterAll(ctx);
        var module = MlirParser.ParseSourceString(ctx, text.ToString(), "bench.mlir").Operation
            ?? throw new InvalidOperationException("the benchmark model does not parse");
        var r = new Random(seed);
        module.Walk(op =>
        {
            if (op.Name != "arith.constant" || op.GetInherentOrDiscardable("value") is not DenseElementsAttr d) return;
            var data = GC.AllocateUninitializedArray<byte>(checked((int)(d.NumElements * 4)));
            r.NextBytes(data);
            op.SetProp("value", DenseElementsAttr.FromRaw(ctx, d.ShapedType, data, isSplat: false));
        }, WalkOrder.PreOrder);
        return module;
    }
}
