namespace Lce.Tests.Larq.Optimize;

using Lce.Dialects.Tfl;
using Lce.IR;
using Lce.Tests.Dialects;
using Lce.Transforms.Larq;
using Lce.Transforms.Larq.Optimize;

/// <summary>
/// Builds a one-function module around a VALID 1×1-output lq.Bconv2d whose input window is the
/// whole filter (so the output has one pixel and the accumulator sees every filter weight),
/// with constant f32 filter, multiplier and bias; runs tfl-optimize-lce on it and reads back
/// the convolution that replaced it.
/// </summary>
internal sealed class BconvGraph
{
    private readonly DialectTestUtil _t = new();
    private readonly int _channels;
    private readonly long[] _filterShape;
    private Operation? _return;

    public BconvGraph(int fh, int fw, int cin, float[] filter, float[] multiplier, float[] bias, string activation)
    {
        _channels = multiplier.Length;
        _filterShape = [_channels, fh, fw, cin];
        var ctx = _t.Ctx;
        var input = RankedTensorType.Get(ctx, [1, fh, fw, Lce.Dialects.Lq.Bitpacking.PackedSize(cin)], _t.I(32));
        Output = RankedTensorType.Get(ctx, [1, 1, 1, _channels], _t.F32);
        Entry = _t.Func("f", [input], [Output]);
        Input = Entry.Arguments[0];
        Filter = F32Constant(_filterShape, filter);
        Multiplier = F32Constant([_channels], multiplier);
        Bias = F32Constant([_channels], bias);
        NoValue = TflBuild.NoValue(_t.B, _t.Loc);
        Activation = activation;
        Cin = cin;
    }

    public Block Entry { get; }
    public Value Input { get; }
    public RankedTensorType Output { get; }
    public Value Filter { get; }
    public Value Multiplier { get; }
    public Value Bias { get; }
    public Value NoValue { get; }
    public string Activation { get; }
    public int Cin { get; }
    public IRContext Ctx => _t.Ctx;
    public Builder B => _t.B;
    public Location Loc => _t.Loc;

    public Value F32Constant(long[] shape, float[] values) =>
        _t.Constant(DenseElementsValues.FromF32(_t.Ctx, RankedTensorType.Get(_t.Ctx, shape, _t.F32), values)).GetResult(0);

    /// <summary>The float convolution (float output, no thresholds).</summary>
    public Value Conv() =>
        _t.Op("lq.Bconv2d", [Input, Filter, Multiplier, Bias, NoValue], [Output],
            ("channels_in", I32(Cin)), ("dilation_height_factor", I32(1)), ("dilation_width_factor", I32(1)),
            ("fused_activation_function", StringAttr.Get(_t.Ctx, Activation)), ("pad_values", I32(0)),
            ("padding", StringAttr.Get(_t.Ctx, "VALID")), ("stride_height", I32(1)), ("stride_width", I32(1))).GetResult(0);

    /// <summary>lq.Quantize of <paramref name="x"/> (bitpacked result type).</summary>
    public Value Quantize(Value x) =>
        _t.Op("lq.Quantize", [x], [Lce.Dialects.Lq.LqShapes.PackedTypeOf(_t.Ctx, (RankedTensorType)x.Type)]).GetResult(0);

    private IntegerAttr I32(long v) => IntegerAttr.Get(_t.Ctx, _t.I(32), v);

    /// <summary>Returns <paramref name="result"/>, verifies, runs the pass and verifies again.</summary>
    public void Optimize(Value result, LceTarget target = LceTarget.Arm)
    {
        _return = _t.Return(result);
        var func = Entry.ParentOp!;
        func.SetProp(Lce.Dialects.Func.FuncOp.FunctionTypeAttrName,
            TypeAttr.Get(_t.Ctx, FunctionType.Get(_t.Ctx, [Input.Type], [result.Type])));
        Assert.Empty(_t.Verify());
        Assert.True(new OptimizeLcePass(target).Run(func));
        Assert.Empty(_t.Verify());
    }

    /// <summary>The op the function returns after the pass (the rewritten convolution).</summary>
    public Operation Result => _return!.GetOperand(0).DefiningOp!;

    /// <summary>The constant behind operand <paramref name="index"/> of the returned op.</summary>
    public DenseElementsAttr ConstantOperand(int index)
    {
        var def = Result.GetOperand(index).DefiningOp;
        Assert.NotNull(def);
        Assert.Equal("arith.constant", def!.Name);
        return (DenseElementsAttr)def.GetProp("value")!;
    }
}
