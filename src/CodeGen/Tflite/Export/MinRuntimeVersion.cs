using Lce.CodeGen.Tflite.Schema;

namespace Lce.CodeGen.Tflite.Export;

/// <summary>
/// The <c>min_runtime_version</c> metadata: the oldest TFLite runtime that has every (operator,
/// version) pair of the model, from TFLite's table (runtime_version.cc) for the builtins we
/// export. Pairs the table lacks (custom ops, SIGN) do not raise the minimum. Stored as a 16-byte
/// buffer holding the version string padded with NULs.
/// </summary>
public static class MinRuntimeVersion
{
    public const string MetadataName = "min_runtime_version";
    public const int BufferSize = 16;

    private static readonly Dictionary<(BuiltinOperator, int), string> Table = Build();

    private static Dictionary<(BuiltinOperator, int), string> Build()
    {
        var t = new Dictionary<(BuiltinOperator, int), string>();
        void Add(BuiltinOperator op, params string[] versions)
        {
            for (int v = 0; v < versions.Length; v++) t[(op, v + 1)] = versions[v];
        }
        Add(BuiltinOperator.AveragePool2d, "1.5.0", "1.14.0", "2.3.0");
        Add(BuiltinOperator.MaxPool2d, "1.5.0", "1.14.0", "2.3.0");
        Add(BuiltinOperator.Conv2d, "1.5.0", "1.14.0", "1.14.0", "2.3.0", "2.4.0", "2.9.0");
        Add(BuiltinOperator.DepthwiseConv2d, "1.5.0", "1.12.0", "1.14.0", "2.2.0", "2.3.0", "2.3.0");
        Add(BuiltinOperator.Add, "1.5.0", "1.14.0", "2.4.0", "2.6.0");
        Add(BuiltinOperator.Sub, "1.6.0", "1.14.0", "2.3.0", "2.4.0", "2.4.0");
        Add(BuiltinOperator.Mul, "1.5.0", "1.14.0", "1.15.0", "2.3.0", "2.6.0");
        Add(BuiltinOperator.Div, "1.6.0", "2.3.0");
        Add(BuiltinOperator.Cast, "1.5.0", "2.7.0", "2.8.0", "2.9.0");
        Add(BuiltinOperator.Concatenation, "1.5.0", "1.14.0", "2.3.0");
        Add(BuiltinOperator.FullyConnected, "1.5.0", "1.10.0", "1.14.0", "1.14.0", "2.0.0", "2.1.0", "2.3.0", "2.3.0", "2.3.0");
        Add(BuiltinOperator.Maximum, "1.14.0", "1.14.0", "2.3.0", "2.3.0");
        Add(BuiltinOperator.Pad, "1.5.0", "1.14.0", "2.4.0", "2.6.0");
        Add(BuiltinOperator.Padv2, "1.9.0", "1.14.0", "2.4.0", "2.6.0");
        Add(BuiltinOperator.Reshape, "1.5.0");
        Add(BuiltinOperator.Softmax, "1.5.0", "1.14.0", "2.3.0");
        Add(BuiltinOperator.Transpose, "1.6.0", "1.14.0", "1.15.0", "2.3.0", "2.4.0");
        Add(BuiltinOperator.Mean, "1.6.0", "1.14.0", "2.4.0");
        Add(BuiltinOperator.Relu6, "1.5.0", "1.14.0", "2.5.0");
        Add(BuiltinOperator.Squeeze, "1.6.0", "2.5.0");
        Add(BuiltinOperator.Tanh, "1.14.0", "1.14.0", "2.3.0");
        Add(BuiltinOperator.Logistic, "1.14.0", "1.14.0", "2.3.0");
        Add(BuiltinOperator.Dequantize, "1.13.1", "1.14.0", "1.15.0", "2.2.0", "2.7.0");
        Add(BuiltinOperator.Quantize, "1.14.0", "1.15.0", "2.7.0");
        Add(BuiltinOperator.GreaterEqual, "1.14.0", "1.14.0");
        Add(BuiltinOperator.LessEqual, "1.14.0", "1.14.0");
        Add(BuiltinOperator.Select, "1.14.0", "1.14.0");
        Add(BuiltinOperator.SelectV2, "2.2.0");
        Add(BuiltinOperator.Relu, "1.5.0", "2.1.0", "2.5.0");
        Add(BuiltinOperator.ReluN1To1, "1.5.0");
        t[(BuiltinOperator.BroadcastTo, 2)] = "2.5.0";
        t[(BuiltinOperator.BroadcastTo, 3)] = "2.5.0";
        return t;
    }

    /// <summary>The minimum runtime version of the operator codes actually used ("" when none is in the table).</summary>
    public static string For(IEnumerable<OperatorCode> usedCodes)
    {
        string min = "";
        foreach (var c in usedCodes)
            if (Table.TryGetValue((c.EffectiveCode, c.Version), out var v) && Compare(min, v) < 0) min = v;
        return min;
    }

    /// <summary>The metadata buffer's bytes: the string, NUL-padded to 16 bytes.</summary>
    public static byte[] Encode(string version)
    {
        var bytes = new byte[BufferSize];
        System.Text.Encoding.ASCII.GetBytes(version, bytes);
        return bytes;
    }

    /// <summary>Compares dotted versions numerically ("" is lowest).</summary>
    public static int Compare(string a, string b)
    {
        var pa = a.Length == 0 ? [] : a.Split('.').Select(int.Parse).ToArray();
        var pb = b.Length == 0 ? [] : b.Split('.').Select(int.Parse).ToArray();
        for (int i = 0; i < Math.Max(pa.Length, pb.Length); i++)
        {
            int x = i < pa.Length ? pa[i] : -1, y = i < pb.Length ? pb[i] : -1;
            if (x != y) return x.CompareTo(y);
        }
        return 0;
    }
}
