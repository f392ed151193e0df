using Lce.CodeGen.Reference;
using Lce.CodeGen.Runtime;
using static Lce.CodeGen.Runtime.Bindings.TflBindingSupport;

namespace Lce.Tests.CodeGen.Validation;

/// <summary>
/// Test-only float32 kernels for the tf ops of Larq's unipolar quantizers that the reference
/// engine does not have (they exist only before conversion): tf.Round (TensorFlow rounds half to
/// even), tf.Minimum and tf.Maximum (NumPy broadcasting; NaN is not handled as TensorFlow does,
/// which the finite generated inputs never need).
/// </summary>
public static class UnipolarQuantizerKernels
{
    /// <summary>The default registry plus these kernels.</summary>
    public static OpKernelRegistry Registry() => OpKernelRegistry.CreateDefault()
        .Register(new Round()).Register(new MinMax("tf.Minimum", max: false)).Register(new MinMax("tf.Maximum", max: true));

    private sealed class Round : IOpBinding
    {
        public string OpName => "tf.Round";

        public Kernel Bind(BindingContext ctx)
        {
            RequireOutput(ctx, Float32Input(ctx, 0).Shape);
            return io =>
            {
                var input = io.Input(0).Span<float>();
                var output = io.Output(0).Span<float>();
                for (int i = 0; i < input.Length; i++) output[i] = MathF.Round(input[i], MidpointRounding.ToEven);
            };
        }
    }

    private sealed class MinMax(string name, bool max) : IOpBinding
    {
        public string OpName => name;

        public Kernel Bind(BindingContext ctx)
        {
            int[] x = Float32Input(ctx, 0).Shape, y = Float32Input(ctx, 1).Shape;
            RequireOutput(ctx, Shape(ctx, () => TfBinary.OutputShape(x, y)));
            return io => BroadcastElementwise.Run(io.Input(0).Span<float>(), x, io.Input(1).Span<float>(), y, io.Output(0).Span<float>(), new Element(max));
        }
    }

    private readonly record struct Element(bool Max) : IBinaryElement<float, float, float>
    {
        public float Apply(float x, float y) => Max ? (x > y ? x : y) : (x < y ? x : y);
    }
}
