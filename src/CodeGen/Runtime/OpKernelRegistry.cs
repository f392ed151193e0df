namespace Lce.CodeGen.Runtime;

using Lce.CodeGen.Runtime.Bindings;

/// <summary>
/// Op name → binding, plus `tfl.custom` custom code → binding. <see cref="CreateDefault"/> holds
/// every binding the reference engine has (add one line there per new binding).
/// </summary>
public sealed class OpKernelRegistry
{
    private readonly Dictionary<string, IOpBinding> _ops = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ICustomOpBinding> _custom = new(StringComparer.Ordinal);

    public const string CustomOpName = "tfl.custom";

    /// <summary>The reference engine's bindings.</summary>
    public static OpKernelRegistry CreateDefault()
    {
        var r = new OpKernelRegistry();
        r.Register(new TflReshapeBinding());
        r.Register(new TflSqueezeBinding());
        r.Register(new TfIdentityBinding());
        r.Register(new TfStopGradientBinding());
        r.Register(new TfReshapeBinding());
        r.Register(new TfSqueezeBinding());
        r.Register(new TfExpandDimsBinding());
        r.Register(new LqQuantizeBinding()).RegisterCustom(new LqQuantizeBinding());
        r.Register(new LqDequantizeBinding()).RegisterCustom(new LqDequantizeBinding());
        r.Register(new LqBMaxPool2dBinding()).RegisterCustom(new LqBMaxPool2dBinding());
        r.Register(new LqBconv2dBinding()).RegisterCustom(new LceBconv2dBinding());
        RegisterTflFloat(r);
        TflInt8Bindings.Register(r);
        RegisterTf(r);
        return r;
    }

    /// <summary>The float32 TFLite reference kernels.</summary>
    private static void RegisterTflFloat(OpKernelRegistry r)
    {
        r.Register(new TflConv2dBinding());
        r.Register(TflBinaryArithmeticBinding.Add).Register(TflBinaryArithmeticBinding.Sub)
            .Register(TflBinaryArithmeticBinding.Mul).Register(TflBinaryArithmeticBinding.Div);
        foreach (var b in TflActivationBinding.All) r.Register(b);
        r.Register(TflPool2dBinding.Max).Register(TflPool2dBinding.Average);
        r.Register(new TflMeanBinding());
        r.Register(new TflFullyConnectedBinding());
        r.Register(new TflSoftmaxBinding());
        r.Register(new TflTransposeBinding());
        r.Register(TflPadBinding.Pad).Register(TflPadBinding.PadV2);
        r.Register(new TflConcatenationBinding());
        r.Register(TflComparisonBinding.GreaterEqual).Register(TflComparisonBinding.LessEqual);
    }

    /// <summary>The tf ops of a model before conversion (float32, NHWC).</summary>
    private static void RegisterTf(OpKernelRegistry r)
    {
        r.Register(new TfConv2DBinding()).Register(new TfDepthwiseConv2dNativeBinding()).Register(new TfMatMulBinding());
        foreach (var b in TfBinaryArithmeticBinding.All) r.Register(b);
        r.Register(new TfBiasAddBinding());
        foreach (var b in TfUnaryBinding.All) r.Register(b);
        foreach (var b in TfComparisonBinding.All) r.Register(b);
        foreach (var b in TfMinMaxBinding.All) r.Register(b);
        r.Register(TfSelectBinding.Select).Register(TfSelectBinding.SelectV2);
        r.Register(new TfCastBinding());
        r.Register(TfPoolBinding.Max).Register(TfPoolBinding.Average);
        r.Register(TflMeanBinding.TfMean).Register(new TfSoftmaxBinding()).Register(new TfFusedBatchNormV3Binding());
        r.Register(new TfConcatV2Binding()).Register(TflPadBinding.TfPad).Register(TflPadBinding.TfPadV2);
        r.Register(new TfTransposeBinding()).Register(new TfShapeBinding()).Register(new TfBroadcastToBinding());
        foreach (var b in TfForwardingBinding.All) r.Register(b);
        r.Register(TfSpaceBatchBinding.SpaceToBatch).Register(TfSpaceBatchBinding.BatchToSpace);
        r.Register(TflStrictComparisonBinding.Less).Register(TflStrictComparisonBinding.Greater);
    }

    /// <summary>Adds (or replaces) the binding of <see cref="IOpBinding.OpName"/>.</summary>
    public OpKernelRegistry Register(IOpBinding binding)
    {
        _ops[binding.OpName] = binding;
        return this;
    }

    /// <summary>Adds (or replaces) the binding of a `tfl.custom` custom code.</summary>
    public OpKernelRegistry RegisterCustom(ICustomOpBinding binding)
    {
        _custom[binding.CustomCode] = binding;
        return this;
    }

    /// <summary>The binding registered under <paramref name="opName"/>, if any.</summary>
    public IOpBinding? Get(string opName) => _ops.GetValueOrDefault(opName);

    public IEnumerable<string> OpNames => _ops.Keys.Order(StringComparer.Ordinal);

    public IEnumerable<string> CustomCodes => _custom.Keys.Order(StringComparer.Ordinal);

    public bool TryGetCustom(string customCode, out ICustomOpBinding? binding) => _custom.TryGetValue(customCode, out binding);

    /// <summary>
    /// The binding that runs <paramref name="op"/>; null with what is missing (the op name, or
    /// for `tfl.custom` its custom code) when there is none.
    /// </summary>
    public IOpBinding? Find(Operation op, out string? missing)
    {
        missing = null;
        if (op.Name == CustomOpName)
        {
            string? code = (op.GetAttr("custom_code") as StringAttr)?.Value;
            if (code is not null && _custom.TryGetValue(code, out var c)) return new CustomDispatch(c);
            missing = code is null ? "'tfl.custom' without a custom_code" : $"custom op '{code}' (tfl.custom)";
            return null;
        }
        if (_ops.TryGetValue(op.Name, out var b)) return b;
        missing = $"op '{op.Name}'";
        return null;
    }

    /// <summary>Adapts a custom-code binding to the op binding of its `tfl.custom`.</summary>
    private sealed class CustomDispatch(ICustomOpBinding custom) : IOpBinding
    {
        public string OpName => CustomOpName;

        public Kernel Bind(BindingContext ctx) => custom.Bind(ctx, ctx.CustomOptionBytes);
    }
}
