namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using Lce.Dialects.Lq;
using Lce.Serialization.CustomOptions;

/// <summary>
/// What `lq.Bconv2d` and `LceBconv2d` share once their options are read: operands are
/// (input, filter, post_activation_multiplier, post_activation_bias, output_threshold), the input
/// is bitpacked int32 NHWC; the filter is either ±1 float32 OHWI (constant, bitpacked here once)
/// or already bitpacked int32. Float output with `none` multiplier/bias uses 1 and 0 (the
/// identity transform); bitpacked output needs a threshold operand.
/// </summary>
internal static class Bconv2dKernelBinder
{
    public static Bconv2dActivation Activation(string name) => name switch
    {
        "RELU" => Bconv2dActivation.Relu,
        "RELU_N1_TO_1" => Bconv2dActivation.ReluN1To1,
        "RELU6" => Bconv2dActivation.Relu6,
        // LCE maps every other value (NONE, and ones the verifier rejects) to no activation.
        _ => Bconv2dActivation.None,
    };

    /// <summary>The parameters `LceBconv2d`'s FlexBuffers options describe.</summary>
    public static Bconv2dParams Params(Bconv2dOptions o) => new(
        o.ChannelsIn, o.StrideHeight, o.StrideWidth, o.DilationHeightFactor, o.DilationWidthFactor,
        o.Padding == TflitePadding.Same ? LcePadding.Same : LcePadding.Valid, o.PadValues,
        o.FusedActivationFunction switch
        {
            TfliteActivation.Relu => Bconv2dActivation.Relu,
            TfliteActivation.ReluN1To1 => Bconv2dActivation.ReluN1To1,
            TfliteActivation.Relu6 => Bconv2dActivation.Relu6,
            _ => Bconv2dActivation.None,
        });

    public static Kernel Bind(BindingContext ctx, Bconv2dParams p)
    {
        // tfl.custom has no operand count of its own: check it before reading operands.
        if (ctx.Inputs.Count is < 2 or > 5) throw ctx.Error($"expected 2 to 5 operands (input, filter, multiplier, bias, threshold), not {ctx.Inputs.Count}");
        if (ctx.Outputs.Count != 1) throw ctx.Error($"expected one result, not {ctx.Outputs.Count}");
        var input = ctx.Input(0);
        if (input.DType != DType.Int32) throw ctx.Error($"input {input} is not bitpacked int32");
        var filterSpec = ctx.Input(1);
        var (filterShape, packedFilter) = Filter(ctx, p, filterSpec);
        var g = Bconv2dGeometry.TryCreate(p, input.Shape, filterShape, referenceKernel: true, out string error)
            ?? throw ctx.Error(error);

        var output = ctx.Outputs[0];
        bool bitpacked = output.DType == DType.Int32;
        if (output.DType is not (DType.Float32 or DType.Int8 or DType.Int32))
            throw ctx.Error($"result {output} must be float32, int8 or bitpacked int32");
        int[] expected = bitpacked ? g.BitpackedOutputShape() : g.OutputShape();
        if (!output.Shape.AsSpan().SequenceEqual(expected))
            throw ctx.Error($"result {output} should be {new TensorSpec(output.DType, expected)}");
        CheckChannelOperand(ctx, 2, DType.Float32, g.OutputChannels);
        CheckChannelOperand(ctx, 3, DType.Float32, g.OutputChannels);
        CheckChannelOperand(ctx, 4, DType.Int32, g.OutputChannels);

        if (bitpacked)
        {
            if (ctx.Inputs.Count < 5 || ctx.Inputs[4] is null) throw ctx.Error("bitpacked output needs an output_threshold operand");
            return io => Bconv2d.Bitpacked(g, io.Input(0).Span<int>(), FilterWords(io, packedFilter), io.Input(4).Span<int>(), io.Output(0).Span<int>());
        }

        float scale = 1f;
        int zeroPoint = 0;
        if (output.DType == DType.Int8)
        {
            if (output.Quantization is not { IsPerTensor: true } q)
                throw ctx.Error($"int8 result {output} needs a per-tensor quantized type");
            (scale, zeroPoint) = ((float)q.Scale, (int)q.ZeroPoint);
        }
        return io =>
        {
            var transform = Bconv2dOutputTransform.Create(ChannelValues(io, 2, g.OutputChannels, 1f),
                ChannelValues(io, 3, g.OutputChannels, 0f), g.BacktransformAdd, p.Activation, scale, zeroPoint);
            var filter = FilterWords(io, packedFilter);
            if (output.DType == DType.Int8) Bconv2d.Int8(g, io.Input(0).Span<int>(), filter, transform, io.Output(0).Span<sbyte>());
            else Bconv2d.Float(g, io.Input(0).Span<int>(), filter, transform, io.Output(0).Span<float>());
        };
    }

    /// <summary>The bitpacked filter shape, and its words when the float filter was packed here.</summary>
    private static (int[] Shape, int[]? Packed) Filter(BindingContext ctx, Bconv2dParams p, TensorSpec filter)
    {
        if (filter.Shape.Length != 4) throw ctx.Error($"filter {filter} is not 4-D (OHWI)");
        if (filter.DType == DType.Int32) return (filter.Shape, null);
        if (filter.DType != DType.Float32) throw ctx.Error($"filter {filter} must be float32 or bitpacked int32");
        var values = ctx.RequireConstant(1).Span<float>();
        int depth = filter.Shape[3];
        if (depth < 1) throw ctx.Error($"filter {filter} has no input channels");
        int[] shape = [filter.Shape[0], filter.Shape[1], filter.Shape[2], Bitpacking.PackedSize(depth)];
        return (shape, Bitpacking.PackF32(values, depth));
    }

    private static ReadOnlySpan<int> FilterWords(KernelIO io, int[]? packed) => packed ?? (ReadOnlySpan<int>)io.Input(1).Span<int>();

    private static void CheckChannelOperand(BindingContext ctx, int i, DType dtype, int channels)
    {
        if (ctx.Inputs.Count <= i || ctx.Inputs[i] is not { } spec) return;
        if (spec.DType != dtype || spec.ElementCount != channels)
            throw ctx.Error($"operand #{i} {spec} should hold {channels} {dtype.Name()} values, one per output channel");
    }

    /// <summary>A per-channel operand's values, or <paramref name="fill"/> for each channel when it is none.</summary>
    private static ReadOnlySpan<float> ChannelValues(KernelIO io, int i, int channels, float fill)
    {
        if (i < io.InputCount && io.OptionalInput(i) is { } t) return t.Span<float>();
        var values = new float[channels];
        Array.Fill(values, fill);
        return values;
    }
}
