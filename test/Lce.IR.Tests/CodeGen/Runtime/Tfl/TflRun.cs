using Lce.CodeGen.Runtime;

namespace Lce.Tests.CodeGen.Runtime.Tfl;

/// <summary>Compiles a test function on the default registry and runs it on float inputs.</summary>
internal static class TflRun
{
    public static Executor Compile(string text) => Executor.Compile(RuntimeTestIR.Func(text), OpKernelRegistry.CreateDefault());

    public static float[] Run(string text, params (int[] Shape, float[] Values)[] inputs) =>
        Compile(text).Run(inputs.Select(i => Tensor.FromFloats(i.Shape, i.Values)).ToList())[0].Span<float>().ToArray();

    /// <summary>Deterministic values with mixed signs and fractions (no two neighbours equal).</summary>
    public static float[] Values(int count, int seed = 1) =>
        Enumerable.Range(0, count).Select(i => ((i * 7 + seed * 3) % 13 - 6) * 0.375f + seed * 0.0625f).ToArray();

    public static string Render(string text) => Assert.Throws<ExecutorException>(() => Compile(text)).Render();
}
