namespace Lce.Tests.Larq.Tfl;

using Lce.Dialects.Tfl;
using Lce.IR;
using Lce.Tests.Dialects;

/// <summary>The C# builders create valid tfl ops with TF's inferred result types and attribute spelling.</summary>
public sealed class TflBuildTests
{
    private static RankedTensorType T(DialectTestUtil t, IRType element, params long[] shape) => RankedTensorType.Get(t.Ctx, shape, element);

    [Fact]
    public void BinaryAndComparisonBuildersBroadcast()
    {
        var t = new DialectTestUtil();
        var a = T(t, t.F32, 48, 48, 64);
        var b = T(t, t.F32, 64);
        var entry = t.Func("f", [a, b], [a]);
        var sub = TflBuild.Sub(t.B, t.Loc, entry.GetArgument(0), entry.GetArgument(1));
        var ge = TflBuild.GreaterEqual(t.B, t.Loc, entry.GetArgument(1), entry.GetArgument(0));
        t.Return(sub);
        Assert.Empty(t.Verify());
        Assert.Same(a, sub.Type);
        Assert.Same(T(t, t.I(1), 48, 48, 64), ge.Type);
        Assert.Equal("%0 = tfl.sub(%arg0, %arg1) {fused_activation_function = \"NONE\"} : (tensor<48x48x64xf32>, tensor<64xf32>) -> tensor<48x48x64xf32>",
            sub.DefiningOp!.ToString());
        Assert.Throws<ArgumentException>(() => TflBuild.Add(t.B, t.Loc, entry.GetArgument(0), TflBuild.NoValue(t.B, t.Loc)));
    }

    [Fact]
    public void ConvolutionPoolAndCustomBuildersMatchTheTextualForm()
    {
        var t = new DialectTestUtil();
        var input = T(t, t.F32, 1, 8, 8, 3);
        var filter = T(t, t.F32, 4, 3, 3, 3);
        var output = T(t, t.F32, 1, 8, 8, 4);
        var pooled = T(t, t.F32, 1, 4, 4, 4);
        var entry = t.Func("f", [input, filter], [pooled]);
        var none = TflBuild.NoValue(t.B, t.Loc);
        var conv = TflBuild.Conv2D(t.B, t.Loc, output, entry.GetArgument(0), entry.GetArgument(1), none, 1, 1, TflEnums.Relu, TflEnums.Same, 1, 1);
        var pool = TflBuild.MaxPool2D(t.B, t.Loc, pooled, conv, TflEnums.Valid, 2, 2, 2, 2);
        var custom = TflBuild.Custom(t.B, t.Loc, [pooled], [pool, none], "LceDequantize", [0xAB, 0x01]);
        t.Return(custom.GetResult(0));
        Assert.Empty(t.Verify());
        Assert.Equal("%0 = \"tfl.no_value\"() {value} : () -> none", none.DefiningOp!.ToString());
        Assert.Equal("%1 = \"tfl.conv_2d\"(%arg0, %arg1, %0) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = \"RELU\", padding = \"SAME\", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x8x8x3xf32>, tensor<4x3x3x3xf32>, none) -> tensor<1x8x8x4xf32>",
            conv.DefiningOp!.ToString());
        Assert.Equal("%2 = \"tfl.max_pool_2d\"(%1) {filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = \"NONE\", padding = \"VALID\", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x8x8x4xf32>) -> tensor<1x4x4x4xf32>",
            pool.DefiningOp!.ToString());
        Assert.Equal(new byte[] { 0xAB, 0x01 }, ((ConstBytesAttr)custom.GetAttr("custom_option")!).ToArray());
        Assert.Equal("LceDequantize", ((StringAttr)custom.GetAttr("custom_code")!).Value);
    }

    [Fact]
    public void QuantizeTakesItsResultTypeFromQtype()
    {
        var t = new DialectTestUtil();
        var f = T(t, t.F32, 4);
        var entry = t.Func("f", [f], [f]);
        var q = TflBuild.Quantize(t.B, t.Loc, entry.GetArgument(0), T(t, t.F16, 4));
        var dq = TflBuild.Dequantize(t.B, t.Loc, f, q);
        t.Return(dq);
        Assert.Empty(t.Verify());
        Assert.Equal("%0 = \"tfl.quantize\"(%arg0) {qtype = tensor<4xf16>} : (tensor<4xf32>) -> tensor<4xf16>", q.DefiningOp!.ToString());
    }

    [Fact]
    public void MaterializeConstantFollowsTfl()
    {
        var t = new DialectTestUtil();
        var dialect = TflDialect.Of(t.Ctx);
        t.Func("f", [], []);
        var value = DenseElementsAttr.FromRaw(t.Ctx, T(t, t.F32, 2), new byte[8], isSplat: false);
        Assert.Equal("arith.constant", dialect.MaterializeConstant(t.B, value, value.Type, t.Loc)!.Name);
        var dynamic = RankedTensorType.Get(t.Ctx, [ShapedType.Dynamic], t.F32);
        var pseudo = dialect.MaterializeConstant(t.B, value, dynamic, t.Loc)!;
        Assert.Equal("tfl.pseudo_const", pseudo.Name);
        Assert.Same(dynamic, pseudo.GetResult(0).Type);
        Assert.Equal("tfl.no_value", dialect.MaterializeConstant(t.B, UnitAttr.Get(t.Ctx), NoneType.Get(t.Ctx), t.Loc)!.Name);
        Assert.Null(dialect.MaterializeConstant(t.B, ConstBytesAttr.Get(t.Ctx, [1]), NoneType.Get(t.Ctx), t.Loc));
    }
}
