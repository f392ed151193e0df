namespace Lce.Tests.ConverterPasses;

using Lce.CodeGen.Runtime;
using Lce.IR;

/// <summary>
/// Runs a function before and after a transformation on the reference executor and compares
/// the outputs: floats within a relative tolerance of the largest reference magnitude (folding
/// constants into weights reorders float arithmetic), other element types bit for bit.
/// </summary>
internal static class TranslationValidation
{
    public const double Tolerance = 1e-4;

    public static IReadOnlyList<Tensor> Execute(Operation func, IReadOnlyList<Tensor> inputs) =>
        Executor.Compile(func, OpKernelRegistry.CreateDefault()).Run(inputs);

    public static Tensor RandomFloats(Random rng, int[] shape, double lo = -2, double hi = 2)
    {
        var values = new float[Tensor.CountOf(shape)];
        for (int i = 0; i < values.Length; i++) values[i] = (float)(lo + (hi - lo) * rng.NextDouble());
        return Tensor.FromFloats(shape, values);
    }

    /// <summary>Asserts the outputs agree; <paramref name="what"/> names the case in the failure.</summary>
    public static void AssertSame(IReadOnlyList<Tensor> expected, IReadOnlyList<Tensor> actual, string what)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Shape, actual[i].Shape);
            Assert.Equal(expected[i].DType, actual[i].DType);
            if (expected[i].DType != DType.Float32)
            {
                Assert.True(expected[i].Storage.Span.SequenceEqual(actual[i].Storage.Span), $"{what}: output {i} differs");
                continue;
            }
            var e = expected[i].Span<float>();
            var a = actual[i].Span<float>();
            double scale = 0, worst = 0;
            for (int j = 0; j < e.Length; j++) scale = Math.Max(scale, Math.Abs(e[j]));
            for (int j = 0; j < e.Length; j++) worst = Math.Max(worst, Math.Abs(e[j] - a[j]));
            Assert.True(worst <= Tolerance * scale + 1e-6,
                $"{what}: output {i} differs by {worst} (largest value {scale}): [{string.Join(", ", e.ToArray())}] vs [{string.Join(", ", a.ToArray())}]");
        }
    }
}
