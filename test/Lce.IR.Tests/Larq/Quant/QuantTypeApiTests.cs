namespace Lce.Tests.Larq.Quant;

using Lce.Dialects;
using Lce.Dialects.Quant;
using Lce.IR;
using Lce.IR.Parsing;

/// <summary>The C# API of the quant types that passes and kernels use: factories, interning, accessors, casts.</summary>
public class QuantTypeApiTests
{
    private readonly IRContext _ctx = StandardDialects.CreateContext();
    private FloatType F32 => FloatType.F32(_ctx);
    private IntegerType I(int w) => IntegerType.Get(_ctx, w);

    [Fact]
    public void UniformTypesAreInternedAndPrintAsMlir()
    {
        var a = UniformQuantizedType.Get(_ctx, 8, true, F32, 0.0234375, 0);
        var b = UniformQuantizedType.Get(_ctx, QuantizationFlags.Signed, I(8), F32, 0.0234375, 0, -128, 127);
        Assert.Same(a, b);
        Assert.Equal("!quant.uniform<i8:f32, 2.343750e-02>", a.ToString());
        Assert.Equal("tensor<1x20x!quant.uniform<i8:f32, 2.343750e-02>>", RankedTensorType.Get(_ctx, [1, 20], a).ToString());
        Assert.NotSame(a, UniformQuantizedType.Get(_ctx, 8, true, F32, 0.0234375, 1));
    }

    [Fact]
    public void AccessorsDescribeStorageAndParameters()
    {
        var u = UniformQuantizedType.Get(_ctx, 8, false, F32, 0.5, 128);
        Assert.False(u.IsSigned);
        Assert.Equal(8, u.StorageTypeIntegralWidth);
        Assert.Same(I(8), u.StorageType);
        Assert.Same(F32, u.ExpressedType);
        Assert.Equal((0L, 255L), (u.StorageTypeMin, u.StorageTypeMax));
        Assert.False(u.HasStorageTypeBounds);
        Assert.Equal(0.5, u.Scale);
        Assert.Equal(128, u.ZeroPoint);

        var narrow = UniformQuantizedType.Get(_ctx, QuantizationFlags.Signed, I(8), F32, 0.5, -1, -127, 127);
        Assert.True(narrow.HasStorageTypeBounds);
        Assert.Equal("!quant.uniform<i8<-127:127>:f32, 5.000000e-01:-1>", narrow.ToString());
    }

    [Fact]
    public void PerAxisTypeKeepsItsLists()
    {
        var t = UniformQuantizedPerAxisType.Get(_ctx, QuantizationFlags.Signed, I(8), F32, [2.0, 3.0], [1, 0], 3, -128, 127);
        Assert.Equal([2.0, 3.0], t.Scales);
        Assert.Equal([1L, 0L], t.ZeroPoints);
        Assert.Equal(3, t.QuantizedDimension);
        Assert.Equal("!quant.uniform<i8:f32:3, {2.000000e+00:1,3.000000e+00}>", t.ToString());
    }

    [Fact]
    public void SubChannelTypeRoundsScalesAndTruncatesZeroPoints()
    {
        var t = UniformQuantizedSubChannelType.Get(_ctx, QuantizationFlags.Signed, I(8), FloatType.F16(_ctx),
            [0.1, 0.2], [200, 0], [1, 2], [(1, 2)], -128, 127);
        Assert.Equal([-56L, 0L], t.ZeroPoints);
        Assert.Equal("!quant.uniform<i8:f16:{1:2}, {{9.997550e-02:-56, 1.999510e-01}}>", t.ToString());
    }

    [Fact]
    public void InvalidParametersAreRejectedWithMlirMessages()
    {
        Assert.Equal("illegal storage type size: 33",
            Assert.Throws<ArgumentException>(() => UniformQuantizedType.Get(_ctx, QuantizationFlags.Signed, I(33), F32, 1.0, 0, 0, 1)).Message);
        Assert.Equal("illegal storage min and storage max: (5:5)",
            Assert.Throws<ArgumentException>(() => UniformQuantizedType.Get(_ctx, QuantizationFlags.Signed, I(8), F32, 1.0, 0, 5, 5)).Message);
        Assert.Null(UniformQuantizedType.TryGet(_ctx, QuantizationFlags.Signed, I(8), F32, -1.0, 0, -128, 127, out var error));
        Assert.Equal("scale out of expressed type range [1.401298e-45, 3.402823e+38]", error);
        Assert.Equal("illegal quantized dimension: -1",
            Assert.Throws<ArgumentException>(() => UniformQuantizedPerAxisType.Get(_ctx, QuantizationFlags.Signed, I(8), F32, [1.0], [0], -1, -128, 127)).Message);
        Assert.Equal("illegal min and max: (1.000000e+00:5.000000e-01)",
            Assert.Throws<ArgumentException>(() => CalibratedQuantizedType.Get(_ctx, F32, 1.0, 0.5)).Message);
    }

    [Fact]
    public void CastHelpersSwapElementTypes()
    {
        var q = UniformQuantizedType.Get(_ctx, 8, true, F32, 0.5, 0);
        var qt = RankedTensorType.Get(_ctx, [4], q);
        Assert.Same(RankedTensorType.Get(_ctx, [4], I(8)), QuantizedType.CastToStorageType(qt));
        Assert.Same(RankedTensorType.Get(_ctx, [4], F32), QuantizedType.CastToExpressedType(qt));
        Assert.Same(qt, q.CastFromExpressedType(RankedTensorType.Get(_ctx, [4], F32)));
        Assert.Same(UnrankedTensorType.Get(_ctx, I(8)), q.CastExpressedToStorageType(UnrankedTensorType.Get(_ctx, F32)));
        Assert.Null(q.CastFromExpressedType(FloatType.F16(_ctx)));
        Assert.Same(q, QuantizedType.GetQuantizedElementType(qt));
        Assert.Null(QuantizedType.GetQuantizedElementType(F32));
        Assert.True(q.IsCompatibleExpressedType(RankedTensorType.Get(_ctx, [2], F32)));
    }

    [Fact]
    public void ParsedTypesAreTheFactoriesTypes()
    {
        var parsed = MlirParser.ParseType(_ctx, "!quant.uniform<u8:f32, 0.023528476789885875:128>");
        var built = UniformQuantizedType.Get(_ctx, 8, false, F32, 0.023528476789885875, 128);
        Assert.Same(built, parsed);
        var any = (AnyQuantizedType)MlirParser.ParseType(_ctx, "!quant.any<i8<-8:7>>");
        Assert.Null(any.ExpressedType);
        Assert.Equal((-8L, 7L), (any.StorageTypeMin, any.StorageTypeMax));
        var cal = (CalibratedQuantizedType)MlirParser.ParseType(_ctx, "!quant.calibrated<f32<-0.5:1.0>>");
        Assert.Equal((-0.5, 1.0), (cal.Min, cal.Max));
        Assert.Null(cal.StorageType);
    }

    [Fact]
    public void QuantizedTypesAreTensorButNotVectorOrMemRefElements()
    {
        Assert.NotNull(MlirParser.TryParseType(_ctx, "tensor<*x!quant.uniform<i8:f32, 1.0>>", out _));
        Assert.Null(MlirParser.TryParseType(_ctx, "vector<2x!quant.uniform<i8:f32, 1.0>>", out var v));
        Assert.Contains("VectorElementTypeInterface", v!.Message);
        Assert.Null(MlirParser.TryParseType(_ctx, "memref<2x!quant.uniform<i8:f32, 1.0>>", out var m));
        Assert.Equal("invalid memref element type", m!.Message);
    }
}
