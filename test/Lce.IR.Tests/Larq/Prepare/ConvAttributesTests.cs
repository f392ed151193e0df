namespace Lce.Tests.Larq.Prepare;

using Lce.Dialects;
using Lce.Dialects.Tf;
using Lce.IR;
using Lce.IR.Parsing;
using Lce.Transforms.Larq.Prepare;

/// <summary>tf.Conv2D attributes as LCE's DRR patterns and TF's validators read them.</summary>
public sealed class ConvAttributesTests
{
    private static readonly IRContext Ctx = StandardDialects.CreateContext();
    private static ArrayAttr List(params long[] v) => TfAttrs.I64ArrayAttr(Ctx, v);

    [Fact]
    public void IntList1XY1NeedsFourIntegersWithUnitEnds()
    {
        Assert.True(ConvAttributes.IsIntList1XY1(List(1, 3, 2, 1)));
        Assert.True(ConvAttributes.IsIntList1XY1(List(1, 0, -4, 1)));
        Assert.False(ConvAttributes.IsIntList1XY1(List(2, 1, 1, 1)));
        Assert.False(ConvAttributes.IsIntList1XY1(List(1, 1, 1, 2)));
        Assert.False(ConvAttributes.IsIntList1XY1(List(1, 1, 1)));
        Assert.False(ConvAttributes.IsIntList1XY1(List(1, 1, 1, 1, 1)));
        Assert.False(ConvAttributes.IsIntList1XY1(ArrayAttr.Get(Ctx, [IntegerAttr.Get(Ctx, 64, 1), StringAttr.Get(Ctx, "x"),
            IntegerAttr.Get(Ctx, 64, 1), IntegerAttr.Get(Ctx, 64, 1)])));
        Assert.False(ConvAttributes.IsIntList1XY1(StringAttr.Get(Ctx, "NHWC")));
        Assert.False(ConvAttributes.IsIntList1XY1(null));
    }

    [Fact]
    public void AllOnesAcceptsOnlyIntegerOnes()
    {
        Assert.True(ConvAttributes.IsAllOnes(List(1, 1, 1, 1)));
        Assert.True(ConvAttributes.IsAllOnes(List()));
        Assert.False(ConvAttributes.IsAllOnes(List(1, 2, 1, 1)));
        Assert.False(ConvAttributes.IsAllOnes(ArrayAttr.Get(Ctx, [StringAttr.Get(Ctx, "1")])));
    }

    private static Operation Conv(string attrs)
    {
        var text = $$"""
            func.func @f(%x: tensor<1x4x4x2xf32>, %w: tensor<1x1x2x3xf32>) -> tensor<1x4x4x3xf32> {
              %0 = "tf.Conv2D"(%x, %w) {{{attrs}}} : (tensor<1x4x4x2xf32>, tensor<1x1x2x3xf32>) -> tensor<1x4x4x3xf32>
              return %0 : tensor<1x4x4x3xf32>
            }
            """;
        var module = MlirParser.ParseSourceString(Ctx, text, "conv.mlir").Operation!;
        Operation? conv = null;
        module.Walk(op => { if (op.Name == "tf.Conv2D") conv = op; });
        return conv!;
    }

    [Fact]
    public void AbsentAttributesReadAsTheirDefaults()
    {
        var plain = Conv("padding = \"VALID\", strides = [1, 1, 1, 1]");
        Assert.Equal("[1, 1, 1, 1]", ConvAttributes.Dilations(plain).ToString());
        Assert.True(ConvAttributes.IsDataFormatNHWC(plain));
        var explicitAttrs = Conv("padding = \"VALID\", strides = [1, 1, 1, 1], dilations = [1, 2, 3, 1], data_format = \"NCHW\"");
        Assert.Equal("[1, 2, 3, 1]", ConvAttributes.Dilations(explicitAttrs).ToString());
        Assert.False(ConvAttributes.IsDataFormatNHWC(explicitAttrs));
        Assert.True(ConvAttributes.IsDataFormatNHWC(Conv("padding = \"VALID\", strides = [1, 1, 1, 1], data_format = \"NHWC\"")));
    }

    [Fact]
    public void ExtractI32AtTruncatesTo32Bits()
    {
        Assert.Equal("3 : i32", ConvAttributes.ExtractI32At(Ctx, List(1, 2, 3, 1), 2).ToString());
        Assert.Equal("1 : i32", ConvAttributes.ExtractI32At(Ctx, List(1, (1L << 32) + 1, 3, 1), 1).ToString());
    }

    [Fact]
    public void InputChannelsNeedAPositiveStaticInnermostDimension()
    {
        var f32 = FloatType.F32(Ctx);
        Assert.Equal("96 : i32", ConvAttributes.InputChannels(Ctx, RankedTensorType.Get(Ctx, [1, 5, 5, 96], f32))!.ToString());
        Assert.Null(ConvAttributes.InputChannels(Ctx, RankedTensorType.Get(Ctx, [1, 5, 5, ShapedType.Dynamic], f32)));
        Assert.Null(ConvAttributes.InputChannels(Ctx, RankedTensorType.Get(Ctx, [1, 5, 5, 0], f32)));
        Assert.Null(ConvAttributes.InputChannels(Ctx, RankedTensorType.Get(Ctx, [], f32)));
        Assert.Null(ConvAttributes.InputChannels(Ctx, UnrankedTensorType.Get(Ctx, f32)));
    }
}
