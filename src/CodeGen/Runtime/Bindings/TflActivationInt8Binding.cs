namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static Int8BindingSupport;

/// <summary>
/// Int8 `tfl.relu`, `tfl.relu6`, `tfl.relu_n1_to_1` (rescaling ReluX) and `tfl.logistic`,
/// `tfl.tanh` (lookup tables built at bind time; TFLite requires the fixed output quantization
/// 1/256, -128 for logistic and 1/128, 0 for tanh).
/// </summary>
public sealed class TflActivationInt8Binding : IOpBinding
{
    private readonly string _opName;
    private readonly Func<BindingContext, QuantParams, QuantParams, Kernel> _bind;

    private TflActivationInt8Binding(string opName, Func<BindingContext, QuantParams, QuantParams, Kernel> bind) =>
        (_opName, _bind) = (opName, bind);

    public static IEnumerable<TflActivationInt8Binding> All { get; } =
    [
        Relu("tfl.relu", 0f, float.PositiveInfinity),
        Relu("tfl.relu6", 0f, 6f),
        Relu("tfl.relu_n1_to_1", -1f, 1f),
        Table("tfl.logistic", new QuantParams(1f / 256, -128), QuantizedActivations.LogisticTable),
        Table("tfl.tanh", new QuantParams(1f / 128, 0), QuantizedActivations.TanhTable),
    ];

    public string OpName => _opName;

    public Kernel Bind(BindingContext ctx)
    {
        var (input, iq) = Int8Input(ctx, 0);
        return _bind(ctx, iq, Int8Output(ctx, input.Shape));
    }

    private static TflActivationInt8Binding Relu(string name, float lo, float hi) => new(name, (ctx, iq, oq) =>
    {
        Prepare(ctx, () => FixedPoint.QuantizeMultiplier(iq.Scale / oq.Scale));
        return io => QuantizedActivations.ReluX(io.Input(0).Span<sbyte>(), iq, io.Output(0).Span<sbyte>(), oq, lo, hi);
    });

    private static TflActivationInt8Binding Table(string name, QuantParams required, Func<QuantParams, QuantParams, sbyte[]> build) =>
        new(name, (ctx, iq, oq) =>
        {
            if (oq != required)
                throw ctx.Error($"int8 {name} needs result scale {required.Scale} and zero point {required.ZeroPoint}, got ({oq.Scale}, {oq.ZeroPoint})");
            var table = build(iq, oq);
            return io => QuantizedActivations.Lookup(io.Input(0).Span<sbyte>(), table, io.Output(0).Span<sbyte>());
        });
}
