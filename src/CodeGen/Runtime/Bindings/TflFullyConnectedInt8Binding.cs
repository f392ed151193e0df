namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static Int8BindingSupport;
using static TflBindingSupport;

/// <summary>
/// `tfl.fully_connected` on int8: weights `[out, accum]` quantized per tensor (any zero point)
/// or per output channel (axis 0, zero points 0), optional int32 bias, DEFAULT weights format.
/// </summary>
public sealed class TflFullyConnectedInt8Binding : IOpBinding
{
    public string OpName => "tfl.fully_connected";

    public Kernel Bind(BindingContext ctx)
    {
        var (input, iq) = Int8Input(ctx, 0);
        var weights = ctx.Input(1);
        int[] inShape = input.Shape, wShape = weights.Shape;
        if (ctx.HasAttr("weights_format") && ctx.StringAttr("weights_format") != "DEFAULT")
            throw ctx.Error($"unsupported weights_format '{ctx.StringAttr("weights_format")}'");
        var activation = Activation(ctx);
        bool keepNumDims = ctx.BoolAttr("keep_num_dims");
        var oq = Int8Output(ctx, Shape(ctx, () => FullyConnected.OutputShape(inShape, wShape, keepNumDims)));
        var wq = PerAxis(ctx, weights, "weights (operand #1)");
        int weightsZeroPoint;
        float[] scales;
        if (weights.Quantization!.IsPerTensor)
            (scales, weightsZeroPoint) = (wq.Scales, wq.ZeroPoints[0]);
        else
            (scales, weightsZeroPoint) = (FilterScales(ctx, 1, axis: 0), 0);
        bool hasBias = Bias(ctx, 2, wShape[0]);
        var stage = Prepare(ctx, () => Int8OutputStage.Create(iq.Scale, scales, wShape[0], oq, activation));
        return io => QuantizedFullyConnected.Run(io.Input(0).Span<sbyte>(), inShape, iq.ZeroPoint, io.Input(1).Span<sbyte>(), wShape,
            weightsZeroPoint, hasBias ? io.Input(2).Span<int>() : [], io.Output(0).Span<sbyte>(), stage);
    }
}
