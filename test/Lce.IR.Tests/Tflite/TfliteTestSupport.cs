using System.Text.Json.Nodes;
using Lce.CodeGen.Runtime;
using Lce.IR;
using Lce.IR.Parsing;

namespace Lce.Tests.Tflite;

/// <summary>Loading the committed models and golden outputs, and comparing outputs with the tolerances of the issue.</summary>
internal static class TfliteTestSupport
{
    public static string ModelPath(string name) => RepoPaths.Combine("test", "Lce.IR.Tests", "Tflite", "Models", name + ".mlir");

    public static string GoldenPath(string name) => RepoPaths.Combine("test", "Lce.IR.Tests", "Tflite", "Golden", name + ".json");

    public static IEnumerable<string> ModelNames =>
        Directory.GetFiles(RepoPaths.Combine("test", "Lce.IR.Tests", "Tflite", "Models"), "*.mlir").Select(Path.GetFileNameWithoutExtension).Order()!;

    /// <summary>A parsed, verified module (the test fails on diagnostics).</summary>
    public static Operation Parse(string text, string path = "model.mlir")
    {
        var ctx = new IRContext();
        Lce.Dialects.StandardDialects.RegisterAll(ctx);
        var errors = new List<string>();
        using var _ = ctx.Diagnostics.AddHandler(d => { errors.Add(d.Message); return true; });
        var result = MlirParser.ParseSourceString(ctx, text, path);
        foreach (var d in result.Diagnostics) errors.Add(d.Message);
        Assert.NotNull(result.Operation);
        Assert.True(Verifier.Verify(result.Operation!), string.Join("\n", errors));
        Assert.Empty(errors);
        return result.Operation!;
    }

    public static Operation LoadModel(string name) => Parse(File.ReadAllText(ModelPath(name)), ModelPath(name));

    public sealed record GoldenOutput(string Name, string DType, int[] Shape, double[] Data);

    public sealed record Golden(IReadOnlyList<Tensor> Inputs, IReadOnlyList<GoldenOutput> Outputs);

    public static Golden LoadGolden(string name)
    {
        string text = File.ReadAllText(GoldenPath(name));
        var inputs = Lce.Run.TensorJson.ReadInputs(text).Select(t => t.Tensor).ToArray();
        var outputs = JsonNode.Parse(text)!["outputs"]!.AsArray().Select(o => new GoldenOutput(
            (string)o!["name"]!, (string)o["dtype"]!,
            o["shape"]!.AsArray().Select(d => (int)d!).ToArray(),
            o["data"]!.AsArray().Select(v => v!.GetValueKind() == System.Text.Json.JsonValueKind.String ? double.Parse((string)v!, System.Globalization.CultureInfo.InvariantCulture) : (double)v!).ToArray())).ToArray();
        return new Golden(inputs, outputs);
    }

    /// <summary>float32 within 1e-5 relative (1e-6 absolute near zero); integers within one unit.</summary>
    public static void AssertClose(GoldenOutput expected, ReadOnlySpan<double> actual, bool integer)
    {
        Assert.Equal(expected.Data.Length, actual.Length);
        for (int i = 0; i < actual.Length; i++)
        {
            double e = expected.Data[i], a = actual[i];
            double tolerance = integer ? 1 : Math.Max(1e-5 * Math.Abs(e), 1e-6);
            Assert.True(Math.Abs(a - e) <= tolerance, $"{expected.Name}[{i}]: ours {a}, TFLite {e} (tolerance {tolerance})");
        }
    }
}
