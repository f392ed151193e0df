using System.Globalization;
using Lce.CodeGen.Runtime;
using Lce.Tests.CodeGen.Runtime;

namespace Lce.Tests.CodeGen.Tf;

/// <summary>Builds and runs one-op tf test functions on the default registry.</summary>
internal static class TfRun
{
    public static string T(int[] shape, string element = "f32") =>
        shape.Length == 0 ? $"tensor<{element}>" : $"tensor<{string.Join("x", shape)}x{element}>";

    /// <summary>A float constant literal (values must print exactly with a few decimals, e.g. k/4).</summary>
    public static string Dense(float[] values) =>
        "[" + string.Join(", ", values.Select(v => v.ToString("0.0#######", CultureInfo.InvariantCulture))) + "]";

    public static Executor Compile(string text) => Executor.Compile(RuntimeTestIR.Func(text), OpKernelRegistry.CreateDefault());

    public static IReadOnlyList<Tensor> Run(string text, params Tensor[] inputs) => Compile(text).Run(inputs);

    public static float[] RunFloats(string text, params (int[] Shape, float[] Values)[] inputs) =>
        Run(text, inputs.Select(i => Tensor.FromFloats(i.Shape, i.Values)).ToArray())[0].Span<float>().ToArray();

    /// <summary>Runs `"tf.OP"(%x, %y)` on two float inputs whose result has shape <paramref name="result"/>.</summary>
    public static float[] RunBinary(string op, (int[] Shape, float[] Values) x, (int[] Shape, float[] Values) y, int[] result) =>
        RunFloats($$"""
            func.func @main(%x: {{T(x.Shape)}}, %y: {{T(y.Shape)}}) -> {{T(result)}} {
              %0 = "tf.{{op}}"(%x, %y) : ({{T(x.Shape)}}, {{T(y.Shape)}}) -> {{T(result)}}
              return %0 : {{T(result)}}
            }
            """, x, y);

    /// <summary>The rendered compile error (file:line:col: error: message).</summary>
    public static string Error(string text) => Assert.Throws<ExecutorException>(() => Compile(text)).Render();
}
