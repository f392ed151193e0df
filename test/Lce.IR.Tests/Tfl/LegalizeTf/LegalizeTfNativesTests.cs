namespace Lce.Tests.Tfl.LegalizeTf;

using Lce.IR;
using Lce.IR.Parsing;
using Lce.Transforms.Tfl.LegalizeTf;
using static LegalizeTfTestUtil;

/// <summary>The natives of the legalization patterns: TF's list/shape predicates and attribute/type computations.</summary>
public sealed class LegalizeTfNativesTests
{
    private static readonly IRContext Ctx = NewContext();

    private static IRAttribute List(params long[] values) =>
        ArrayAttr.Get(Ctx, values.Select(v => (IRAttribute)IntegerAttr.Get(Ctx, 64, v)));

    [Theory]
    [InlineData(new long[] { 1, 2, 3, 1 }, true, false)]
    [InlineData(new long[] { 1, 1, 1, 1 }, true, true)]
    [InlineData(new long[] { 1, 1, 2, 3 }, false, true)]
    [InlineData(new long[] { 2, 1, 1, 1 }, false, false)]
    [InlineData(new long[] { 1, 2, 1 }, false, false)]
    [InlineData(new long[] { 1, 2, 3, 4, 1 }, false, false)]
    public void IntListShapes(long[] values, bool is1XY1, bool is11XY)
    {
        Assert.Equal(is1XY1, LegalizeTfNatives.IsIntList1XY1(List(values)));
        Assert.Equal(is11XY, LegalizeTfNatives.IsIntList11XY(List(values)));
    }

    [Fact]
    public void IntListsMustHoldIntegers()
    {
        var mixed = ArrayAttr.Get(Ctx, [IntegerAttr.Get(Ctx, 64, 1), StringAttr.Get(Ctx, "x"), IntegerAttr.Get(Ctx, 64, 1), IntegerAttr.Get(Ctx, 64, 1)]);
        Assert.False(LegalizeTfNatives.IsIntList1XY1(mixed));
        Assert.False(LegalizeTfNatives.IsIntList11XY(StringAttr.Get(Ctx, "1,1,1,1")));
    }

    [Fact]
    public void I32AtTruncatesLikeGetI32IntegerAttr()
    {
        var list = (ArrayAttr)List(1, (1L << 32) + 5, -3, 1);
        var i32 = IntegerType.Get(Ctx, 32);
        Assert.Equal(IntegerAttr.Get(Ctx, i32, 5), LegalizeTfNatives.I32At(Ctx, list, 1));
        Assert.Equal(IntegerAttr.Get(Ctx, i32, -3), LegalizeTfNatives.I32At(Ctx, list, 2));
    }

    [Fact]
    public void DataFormatDefaultsToNhwc()
    {
        var m = Parse(Ctx, """
            func.func @f(%x: tensor<1x4x4x2xf32>) -> (tensor<1x2x2x2xf32>, tensor<1x4x2x2xf32>) {
              %0 = "tf.MaxPool"(%x) {ksize = [1, 2, 2, 1], padding = "VALID", strides = [1, 2, 2, 1]} : (tensor<1x4x4x2xf32>) -> tensor<1x2x2x2xf32>
              %1 = "tf.MaxPool"(%x) {data_format = "NCHW", ksize = [1, 1, 2, 2], padding = "VALID", strides = [1, 1, 2, 2]} : (tensor<1x4x4x2xf32>) -> tensor<1x4x2x2xf32>
              return %0, %1 : tensor<1x2x2x2xf32>, tensor<1x4x2x2xf32>
            }
            """);
        var pools = All(m, "tf.MaxPool");
        Assert.Equal("NHWC", LegalizeTfNatives.DataFormat(pools[0]));
        Assert.Equal("NCHW", LegalizeTfNatives.DataFormat(pools[1]));
    }

    [Fact]
    public void SameStaticShapesNeedsEveryOperandStaticAndEqual()
    {
        var m = Parse(Ctx, """
            func.func @f(%c: tensor<2x3xi1>, %x: tensor<2x3xf32>, %y: tensor<?x3xf32>, %s: tensor<f32>, %u: tensor<*xf32>) {
              %0 = "tf.SelectV2"(%c, %x, %x) : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
              %1 = "tf.SelectV2"(%c, %x, %y) : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<?x3xf32>) -> tensor<2x3xf32>
              %2 = "tf.SelectV2"(%c, %x, %s) : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
              %3 = "tf.SelectV2"(%c, %u, %x) : (tensor<2x3xi1>, tensor<*xf32>, tensor<2x3xf32>) -> tensor<*xf32>
              return
            }
            """);
        Assert.Equal([true, false, false, false], All(m, "tf.SelectV2").Select(LegalizeTfNatives.OpHasSameStaticShapes));
    }

    [Fact]
    public void TransposeTypes()
    {
        var m = Parse(Ctx, """
            func.func @f(%x: tensor<2x3x5xf32>, %u: tensor<*xf32>, %p: tensor<3xi32>) {
              %perm = arith.constant dense<[2, 0, 1]> : tensor<3xi32>
              "tf.IdentityN"(%x, %u, %p, %perm) : (tensor<2x3x5xf32>, tensor<*xf32>, tensor<3xi32>, tensor<3xi32>) -> ()
              return
            }
            """);
        var use = First(m, "tf.IdentityN");
        Value x = use.GetOperand(0), u = use.GetOperand(1), p = use.GetOperand(2), perm = use.GetOperand(3);
        Assert.Equal("tensor<5x2x3xf32>", LegalizeTfNatives.TransposeResultType(Ctx, x, perm).ToString());
        Assert.Equal("tensor<*xf32>", LegalizeTfNatives.TransposeResultType(Ctx, u, perm).ToString());
        Assert.Equal("tensor<*xf32>", LegalizeTfNatives.TransposeResultType(Ctx, x, p).ToString());
        Assert.Equal("tensor<3x5x2xf32>", LegalizeTfNatives.TransposedType(Ctx, x, [1, 2, 0]).ToString());
    }

    [Fact]
    public void ScalarZeroHasTheElementType()
    {
        Assert.Equal("dense<0.000000e+00> : tensor<f32>", LegalizeTfNatives.ScalarZeroOf(Ctx, MlirParser.ParseType(Ctx, "tensor<2x2xf32>")).ToString());
        Assert.Equal("dense<0> : tensor<i8>", LegalizeTfNatives.ScalarZeroOf(Ctx, MlirParser.ParseType(Ctx, "tensor<*xi8>")).ToString());
    }

    [Fact]
    public void DenseElementsAreNumbersOrStringsNotResources()
    {
        Assert.True(LegalizeTfNatives.IsDenseElementsAttr(MlirParser.ParseAttribute(Ctx, "dense<1.0> : tensor<2xf32>")));
        Assert.True(LegalizeTfNatives.IsDenseElementsAttr(MlirParser.ParseAttribute(Ctx, "dense<\"a\"> : tensor<1x!tf_type.string>")));
        Assert.False(LegalizeTfNatives.IsDenseElementsAttr(MlirParser.ParseAttribute(Ctx, "dense_resource<blob> : tensor<2xf32>")));
    }

    [Fact]
    public void ConcatAxisIsASingleSignlessInteger()
    {
        Assert.Equal(-1, ConcatV2Pattern.Axis(MlirParser.ParseAttribute(Ctx, "dense<-1> : tensor<i64>")));
        Assert.Equal(2, ConcatV2Pattern.Axis(MlirParser.ParseAttribute(Ctx, "dense<2> : tensor<1xi32>")));
        Assert.Null(ConcatV2Pattern.Axis(MlirParser.ParseAttribute(Ctx, "dense<[1, 2]> : tensor<2xi32>")));
        Assert.Null(ConcatV2Pattern.Axis(MlirParser.ParseAttribute(Ctx, "dense<1.0> : tensor<f32>")));
        Assert.Null(ConcatV2Pattern.Axis(MlirParser.ParseAttribute(Ctx, "dense<1> : tensor<ui32>")));
    }
}
