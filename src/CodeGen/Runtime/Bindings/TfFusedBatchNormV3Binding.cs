namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;
using static TfBindingSupport;

/// <summary>
/// `tf.FusedBatchNormV3` in inference mode (`is_training = false`), float32 NHWC, on
/// <see cref="FusedBatchNorm.Inference"/>. Results 1 and 2 are the given mean and variance (as
/// TensorFlow returns them); the reserve-space results are filled with zeros. Training mode is rejected.
/// </summary>
public sealed class TfFusedBatchNormV3Binding : IOpBinding
{
    public string OpName => "tf.FusedBatchNormV3";

    public Kernel Bind(BindingContext ctx)
    {
        int[] x = Float32Input(ctx, 0).Shape;
        RequireNhwc(ctx);
        // The op's default is is_training = true; only inference has a fixed meaning here.
        if (ctx.BoolAttr("is_training", defaultValue: true)) throw ctx.Error("only inference (is_training = false) is supported");
        if (x.Length == 0) throw ctx.Error("x must have rank at least 1");
        int depth = x[^1];
        for (int i = 1; i <= 4; i++)
            if (Float32Input(ctx, i).ElementCount != depth)
                throw ctx.Error($"operand #{i} {ctx.Inputs[i]} does not have {depth} elements");
        RequireOutput(ctx, x);
        float epsilon = ctx.HasAttr("epsilon") ? (float)ctx.FloatAttr("epsilon") : 0.0001f;
        return io =>
        {
            FusedBatchNorm.Inference(io.Input(0).Span<float>(), x, io.Input(1).Span<float>(), io.Input(2).Span<float>(),
                io.Input(3).Span<float>(), io.Input(4).Span<float>(), epsilon, io.Output(0).Span<float>());
            for (int r = 1; r < io.OutputCount; r++)
            {
                var output = io.Output(r).Storage.Span;
                if (r <= 2 && output.Length == io.Input(r + 2).Storage.Length)
                    io.Input(r + 2).Storage.Span.CopyTo(output);
                else
                    output.Clear();
            }
        };
    }
}
