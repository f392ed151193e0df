namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;

/// <summary>
/// `tf.MatMul` (float32, rank 2, `transpose_a`/`transpose_b`) on TFLite's fully_connected:
/// a [M, K] times b [K, N] is fully_connected(a, weights = bᵀ [N, K]); a transposed operand is
/// transposed first (a constant b once at bind time). Each output is the sum over k in
/// increasing order from +0, as <see cref="FullyConnected"/> computes it.
/// </summary>
public sealed class TfMatMulBinding : IOpBinding
{
    public string OpName => "tf.MatMul";

    private static readonly int[] Swap = [1, 0];

    public Kernel Bind(BindingContext ctx)
    {
        int[] a = Float32Input(ctx, 0).Shape, b = Float32Input(ctx, 1).Shape;
        if (a.Length != 2 || b.Length != 2) throw ctx.Error($"operands {ctx.Inputs[0]} and {ctx.Inputs[1]} must be rank 2");
        bool ta = ctx.BoolAttr("transpose_a"), tb = ctx.BoolAttr("transpose_b");
        int m = ta ? a[1] : a[0], k = ta ? a[0] : a[1];
        int kb = tb ? b[1] : b[0], n = tb ? b[0] : b[1];
        if (k != kb) throw ctx.Error($"inner dimensions differ: {k} and {kb}");
        RequireOutput(ctx, [m, n]);
        int[] lhsShape = [m, k], weightsShape = [n, k];
        var lhsBuffer = ta ? new float[m * k] : null;
        // fully_connected wants [N, K]: b as given when transpose_b, else bᵀ.
        float[]? weights = null, weightsBuffer = tb ? null : new float[n * k];
        if (!tb && ctx.Constant(1) is { } c)
        {
            weights = new float[n * k];
            DataMovement.Transpose<float>(c.Span<float>(), b, Swap, weights);
        }
        return io =>
        {
            ReadOnlySpan<float> lhs = io.Input(0).Span<float>();
            if (lhsBuffer is not null)
            {
                DataMovement.Transpose(lhs, a, Swap, lhsBuffer);
                lhs = lhsBuffer;
            }
            ReadOnlySpan<float> rhs = io.Input(1).Span<float>();
            if (weights is not null) rhs = weights;
            else if (weightsBuffer is not null)
            {
                DataMovement.Transpose(rhs, b, Swap, weightsBuffer);
                rhs = weightsBuffer;
            }
            FullyConnected.Run(lhs, lhsShape, rhs, weightsShape, [], io.Output(0).Span<float>(), TflActivation.None);
        };
    }
}
