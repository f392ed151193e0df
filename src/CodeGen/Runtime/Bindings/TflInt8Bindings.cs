namespace Lce.CodeGen.Runtime.Bindings;

/// <summary>
/// Registers the int8 TFL bindings: new ops (quantize, dequantize, depthwise_conv_2d) directly,
/// and ops that already have a (float) binding through <see cref="Int8Dispatch"/> so both element
/// types run under one op name.
/// </summary>
public static class TflInt8Bindings
{
    public static void Register(OpKernelRegistry r)
    {
        r.Register(new TflQuantizeBinding()).Register(new TflDequantizeBinding()).Register(new TflDepthwiseConv2dBinding());
        IEnumerable<IOpBinding> int8 =
        [
            new TflConv2dInt8Binding(), new TflFullyConnectedInt8Binding(), .. TflArithmeticInt8Binding.All,
            TflPool2dInt8Binding.Max, TflPool2dInt8Binding.Average, new TflMeanInt8Binding(),
            .. TflActivationInt8Binding.All, new TflSoftmaxInt8Binding(), .. TflDataMovementInt8Bindings.All,
        ];
        foreach (var b in int8)
            r.Register(new Int8Dispatch(r.Get(b.OpName), b));
    }
}
