using Lce.CodeGen.Reference;
using Lce.CodeGen.Runtime;
using Lce.CodeGen.Runtime.Bindings;
using Lce.Dialects.Lq;
using Lce.Serialization.CustomOptions;

namespace Lce.CodeGen.Jit;

/// <summary>
/// `lq.Bconv2d` and the `LceBconv2d` custom op on the JIT engine. The reference binding validates
/// the op first (same diagnostics); then, when the filter is a constant, its words are packed for
/// the back end once and the layer's kernel is emitted (or found in the cache). A filter computed
/// at run time keeps the reference kernel.
/// </summary>
internal sealed class JitBconv2dBinding(JitOptions options) : IOpBinding, ICustomOpBinding
{
    private readonly LqBconv2dBinding _lq = new();
    private readonly LceBconv2dBinding _lce = new();

    public string OpName => _lq.OpName;

    public string CustomCode => _lce.CustomCode;

    public Kernel Bind(BindingContext ctx)
    {
        var reference = _lq.Bind(ctx);
        var padding = ctx.StringAttr("padding") == "SAME" ? LcePadding.Same : LcePadding.Valid;
        int padValue = ctx.HasAttr("pad_values") ? (int)ctx.IntAttr("pad_values") : 0;
        var p = new Bconv2dParams((int)ctx.IntAttr("channels_in"), (int)ctx.IntAttr("stride_height"), (int)ctx.IntAttr("stride_width"),
            (int)ctx.IntAttr("dilation_height_factor"), (int)ctx.IntAttr("dilation_width_factor"), padding, padValue,
            Bconv2dKernelBinder.Activation(ctx.StringAttr("fused_activation_function")));
        return Bind(ctx, p, reference);
    }

    public Kernel Bind(BindingContext ctx, ReadOnlyMemory<byte> bytes)
    {
        var reference = _lce.Bind(ctx, bytes);
        var o = ctx.DecodeOptions<Bconv2dOptions>(Bconv2dOptions.TryDecode);
        return Bind(ctx, Bconv2dKernelBinder.Params(o), reference);
    }

    private Kernel Bind(BindingContext ctx, Bconv2dParams p, Kernel reference)
    {
        var filterSpec = ctx.Input(1);
        if (ctx.Constant(1) is not { } filterTensor) return reference;
        int[] filterShape, filter;
        if (filterSpec.DType == DType.Float32)
        {
            int depth = filterSpec.Shape[3];
            filterShape = [filterSpec.Shape[0], filterSpec.Shape[1], filterSpec.Shape[2], Bitpacking.PackedSize(depth)];
            filter = Bitpacking.PackF32(filterTensor.Span<float>(), depth);
        }
        else (filterShape, filter) = (filterSpec.Shape, filterTensor.Span<int>().ToArray());
        var g = Bconv2dGeometry.Create(p, ctx.Input(0).Shape, filterShape);
        var layer = new JitBconv2d(g, filter, options.Backend, options.Threads);
        var output = ctx.Outputs[0];

        if (output.DType == DType.Int32)
        {
            int[]? constant = ctx.Constant(4)?.Span<int>().ToArray();
            return io => layer.Bitpacked(io.Input(0).Span<int>(), constant ?? io.Input(4).Span<int>().ToArray(), io.Output(0).Span<int>());
        }
        var (scale, zeroPoint) = output.DType == DType.Int8 && output.Quantization is { } q ? ((float)q.Scale, (int)q.ZeroPoint) : (1f, 0);
        Bconv2dOutputTransform Transform(KernelIO? io) => Bconv2dOutputTransform.Create(
            ChannelValues(ctx, io, 2, g.OutputChannels, 1f), ChannelValues(ctx, io, 3, g.OutputChannels, 0f),
            g.BacktransformAdd, p.Activation, scale, zeroPoint);
        bool constantTransform = IsConstantOrNone(ctx, 2) && IsConstantOrNone(ctx, 3);
        var fixedTransform = constantTransform ? Transform(null) : null;
        if (output.DType == DType.Int8)
            return io => layer.Int8(io.Input(0).Span<int>(), fixedTransform ?? Transform(io), io.Output(0).Span<sbyte>());
        return io => layer.Float(io.Input(0).Span<int>(), fixedTransform ?? Transform(io), io.Output(0).Span<float>());
    }

    private static bool IsConstantOrNone(BindingContext ctx, int i) =>
        ctx.Inputs.Count <= i || ctx.Inputs[i] is null || ctx.Constant(i) is not null;

    /// <summary>A per-channel operand's values (constant at bind time, else from the run), or the fill value when it is none.</summary>
    private static float[] ChannelValues(BindingContext ctx, KernelIO? io, int i, int channels, float fill)
    {
        if (ctx.Inputs.Count > i && ctx.Inputs[i] is not null)
        {
            var t = io is null ? ctx.Constant(i) : io.Input(i);
            if (t is not null) return t.Span<float>().ToArray();
        }
        var values = new float[channels];
        Array.Fill(values, fill);
        return values;
    }
}
