namespace Lce.Dialects.Tfl;

using Lce.IR;

/// <summary>
/// Builders of tfl ops for pass writers (TF's op builders): each creates the op at the
/// builder's insertion point (a rewriter is notified) and returns its result. Inherent
/// attributes go into the attribute dictionary. Binary ops infer the broadcast result type as
/// TF's builders do unless one is given.
/// </summary>
public static class TflBuild
{
    public static Operation Create(Builder b, string mnemonic, Location loc, IReadOnlyList<Value> operands,
        IReadOnlyList<IRType> resultTypes, params (string Name, IRAttribute Value)[] attributes) =>
        b.Create(TflDialect.Name + "." + mnemonic, loc, operands, resultTypes, null,
            attributes.Select(a => new NamedAttribute(a.Name, a.Value)));

    private static Value One(Builder b, string mnemonic, Location loc, IReadOnlyList<Value> operands, IRType resultType,
        params (string, IRAttribute)[] attributes) => Create(b, mnemonic, loc, operands, [resultType], attributes).GetResult(0);

    private static IntegerAttr I32(Builder b, long v) => IntegerAttr.Get(b.Context, IntegerType.Get(b.Context, 32), v);
    private static StringAttr Str(Builder b, string s) => StringAttr.Get(b.Context, s);

    /// <summary>
    /// The result type TF's binary builders compute: the broadcast of the operand types. Throws
    /// when they do not broadcast (TF reports "non-broadcastable operands" and builds nothing usable).
    /// </summary>
    public static IRType BroadcastResultType(IRContext ctx, Value lhs, Value rhs) =>
        Broadcast.Type(ctx, lhs.Type, rhs.Type)
        ?? throw new ArgumentException($"non-broadcastable operands: '{lhs.Type}' and '{rhs.Type}'");

    // ---- elementwise arithmetic (fused activation: TflEnums.None, Relu, ...) ----
    public static Value Add(Builder b, Location loc, Value lhs, Value rhs, string activation = TflEnums.None, IRType? resultType = null) =>
        Binary(b, "add", loc, lhs, rhs, activation, resultType);
    public static Value Sub(Builder b, Location loc, Value lhs, Value rhs, string activation = TflEnums.None, IRType? resultType = null) =>
        Binary(b, "sub", loc, lhs, rhs, activation, resultType);
    public static Value Mul(Builder b, Location loc, Value lhs, Value rhs, string activation = TflEnums.None, IRType? resultType = null) =>
        Binary(b, "mul", loc, lhs, rhs, activation, resultType);
    public static Value Div(Builder b, Location loc, Value lhs, Value rhs, string activation = TflEnums.None, IRType? resultType = null) =>
        Binary(b, "div", loc, lhs, rhs, activation, resultType);

    private static Value Binary(Builder b, string mnemonic, Location loc, Value lhs, Value rhs, string activation, IRType? resultType) =>
        One(b, mnemonic, loc, [lhs, rhs], resultType ?? BroadcastResultType(b.Context, lhs, rhs), ("fused_activation_function", Str(b, activation)));

    // ---- comparisons: i1 of the broadcast shape (unranked if not ranked) ----
    public static Value GreaterEqual(Builder b, Location loc, Value lhs, Value rhs) => Comparison(b, "greater_equal", loc, lhs, rhs);
    public static Value LessEqual(Builder b, Location loc, Value lhs, Value rhs) => Comparison(b, "less_equal", loc, lhs, rhs);

    private static Value Comparison(Builder b, string mnemonic, Location loc, Value lhs, Value rhs)
    {
        var i1 = IntegerType.Get(b.Context, 1);
        IRType type = BroadcastResultType(b.Context, lhs, rhs) is RankedTensorType r
            ? RankedTensorType.Get(b.Context, r.Shape, i1) : UnrankedTensorType.Get(b.Context, i1);
        return One(b, mnemonic, loc, [lhs, rhs], type);
    }

    // ---- convolution and pooling ----
    public static Value Conv2D(Builder b, Location loc, IRType resultType, Value input, Value filter, Value bias,
        int dilationH, int dilationW, string activation, string padding, int strideH, int strideW) =>
        One(b, "conv_2d", loc, [input, filter, bias], resultType,
            ("dilation_h_factor", I32(b, dilationH)), ("dilation_w_factor", I32(b, dilationW)),
            ("fused_activation_function", Str(b, activation)), ("padding", Str(b, padding)),
            ("stride_h", I32(b, strideH)), ("stride_w", I32(b, strideW)));

    public static Value DepthwiseConv2D(Builder b, Location loc, IRType resultType, Value input, Value filter, Value bias,
        int dilationH, int dilationW, string activation, string padding, int strideH, int strideW, int depthMultiplier) =>
        One(b, "depthwise_conv_2d", loc, [input, filter, bias], resultType,
            ("depth_multiplier", I32(b, depthMultiplier)),
            ("dilation_h_factor", I32(b, dilationH)), ("dilation_w_factor", I32(b, dilationW)),
            ("fused_activation_function", Str(b, activation)), ("padding", Str(b, padding)),
            ("stride_h", I32(b, strideH)), ("stride_w", I32(b, strideW)));

    public static Value FullyConnected(Builder b, Location loc, IRType resultType, Value input, Value filter, Value bias,
        string activation = TflEnums.None, string weightsFormat = TflEnums.DefaultWeights, bool keepNumDims = false,
        bool? asymmetricQuantizeInputs = null)
    {
        var attrs = new List<(string, IRAttribute)>
        {
            ("fused_activation_function", Str(b, activation)), ("keep_num_dims", BoolAttr.Get(b.Context, keepNumDims)),
            ("weights_format", Str(b, weightsFormat)),
        };
        if (asymmetricQuantizeInputs is { } a) attrs.Add(("asymmetric_quantize_inputs", BoolAttr.Get(b.Context, a)));
        return One(b, "fully_connected", loc, [input, filter, bias], resultType, attrs.ToArray());
    }

    public static Value MaxPool2D(Builder b, Location loc, IRType resultType, Value input, string padding,
        int strideW, int strideH, int filterWidth, int filterHeight, string activation = TflEnums.None) =>
        Pool(b, "max_pool_2d", loc, resultType, input, padding, strideW, strideH, filterWidth, filterHeight, activation);

    public static Value AveragePool2D(Builder b, Location loc, IRType resultType, Value input, string padding,
        int strideW, int strideH, int filterWidth, int filterHeight, string activation = TflEnums.None) =>
        Pool(b, "average_pool_2d", loc, resultType, input, padding, strideW, strideH, filterWidth, filterHeight, activation);

    private static Value Pool(Builder b, string mnemonic, Location loc, IRType resultType, Value input, string padding,
        int strideW, int strideH, int filterWidth, int filterHeight, string activation) =>
        One(b, mnemonic, loc, [input], resultType,
            ("filter_height", I32(b, filterHeight)), ("filter_width", I32(b, filterWidth)),
            ("fused_activation_function", Str(b, activation)), ("padding", Str(b, padding)),
            ("stride_h", I32(b, strideH)), ("stride_w", I32(b, strideW)));

    // ---- shapes ----
    public static Value Reshape(Builder b, Location loc, IRType resultType, Value input, Value shape) =>
        One(b, "reshape", loc, [input, shape], resultType);

    public static Value Squeeze(Builder b, Location loc, IRType resultType, Value input, IReadOnlyList<long>? squeezeDims = null) =>
        squeezeDims is null
            ? One(b, "squeeze", loc, [input], resultType)
            : One(b, "squeeze", loc, [input], resultType, ("squeeze_dims",
                ArrayAttr.Get(b.Context, squeezeDims.Select(d => (IRAttribute)IntegerAttr.Get(b.Context, IntegerType.Get(b.Context, 64), d)))));

    public static Value Transpose(Builder b, Location loc, IRType resultType, Value input, Value perm) =>
        One(b, "transpose", loc, [input, perm], resultType);

    public static Value Pad(Builder b, Location loc, IRType resultType, Value input, Value padding) =>
        One(b, "pad", loc, [input, padding], resultType);

    public static Value PadV2(Builder b, Location loc, IRType resultType, Value input, Value padding, Value constantValues) =>
        One(b, "padv2", loc, [input, padding, constantValues], resultType);

    public static Value Concatenation(Builder b, Location loc, IRType resultType, IReadOnlyList<Value> values, int axis,
        string activation = TflEnums.None) =>
        One(b, "concatenation", loc, values, resultType, ("axis", I32(b, axis)), ("fused_activation_function", Str(b, activation)));

    public static Value Mean(Builder b, Location loc, IRType resultType, Value input, Value axis, bool keepDims) =>
        One(b, "mean", loc, [input, axis], resultType, ("keep_dims", BoolAttr.Get(b.Context, keepDims)));

    // ---- activations: the result has the input's type ----
    public static Value Relu(Builder b, Location loc, Value x) => One(b, "relu", loc, [x], x.Type);
    public static Value Relu6(Builder b, Location loc, Value x) => One(b, "relu6", loc, [x], x.Type);
    public static Value ReluN1To1(Builder b, Location loc, Value x) => One(b, "relu_n1_to_1", loc, [x], x.Type);
    public static Value Tanh(Builder b, Location loc, Value x) => One(b, "tanh", loc, [x], x.Type);
    public static Value Logistic(Builder b, Location loc, Value x) => One(b, "logistic", loc, [x], x.Type);

    public static Value Softmax(Builder b, Location loc, Value input, float beta) =>
        One(b, "softmax", loc, [input], input.Type, ("beta", FloatAttr.Get(b.Context, FloatType.F32(b.Context), beta)));

    // ---- quantization ----
    /// <summary>`tfl.quantize` whose result type is <paramref name="qtype"/> (FirstAttrDerivedResultType).</summary>
    public static Value Quantize(Builder b, Location loc, Value input, IRType qtype) =>
        One(b, "quantize", loc, [input], qtype, ("qtype", TypeAttr.Get(b.Context, qtype)));

    public static Value Dequantize(Builder b, Location loc, IRType resultType, Value input) =>
        One(b, "dequantize", loc, [input], resultType);

    // ---- constants and custom ops ----
    /// <summary>`"tfl.no_value"() {value} : () -> none`.</summary>
    public static Value NoValue(Builder b, Location loc) =>
        One(b, "no_value", loc, [], NoneType.Get(b.Context), ("value", UnitAttr.Get(b.Context)));

    /// <summary>`tfl.pseudo_const` of <paramref name="value"/>; its result type defaults to the value's type.</summary>
    public static Value PseudoConst(Builder b, Location loc, ElementsAttr value, IRType? resultType = null) =>
        One(b, "pseudo_const", loc, [], resultType ?? value.Type, ("value", value));

    /// <summary>`tfl.custom` with the given code and option bytes (held in a <see cref="ConstBytesAttr"/>).</summary>
    public static Operation Custom(Builder b, Location loc, IReadOnlyList<IRType> resultTypes, IReadOnlyList<Value> inputs,
        string customCode, ReadOnlySpan<byte> customOption) =>
        Create(b, "custom", loc, inputs, resultTypes,
            ("custom_code", Str(b, customCode)), ("custom_option", ConstBytesAttr.Get(b.Context, customOption)));
}
