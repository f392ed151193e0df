using Lce.IR;
using Lce.IR.Numerics;
using Lce.IR.Parsing;
using Xunit;
using static Lce.Tests.Parsing.ParsingTestUtil;

namespace Lce.Tests.Parsing;

public class TypeParsingTests
{
    private readonly IRContext ctx = Ctx();
    private IRType T(string text) => MlirParser.ParseType(ctx, text);

    [Theory]
    [InlineData("i1", 1, Signedness.Signless)]
    [InlineData("i32", 32, Signedness.Signless)]
    [InlineData("si8", 8, Signedness.Signed)]
    [InlineData("ui64", 64, Signedness.Unsigned)]
    public void IntegerTypes(string text, int width, Signedness s)
    {
        var t = Assert.IsType<IntegerType>(T(text));
        Assert.Equal(width, t.Width);
        Assert.Equal(s, t.Signedness);
    }

    [Fact]
    public void KeywordTypes()
    {
        Assert.IsType<IndexType>(T("index"));
        Assert.IsType<NoneType>(T("none"));
        Assert.Same(FloatSemantics.Half, Assert.IsType<FloatType>(T("f16")).Semantics);
        Assert.Same(FloatSemantics.BFloat16, Assert.IsType<FloatType>(T("bf16")).Semantics);
        Assert.Same(FloatSemantics.Double, Assert.IsType<FloatType>(T("f64")).Semantics);
        Assert.Same(FloatSemantics.X87Extended, Assert.IsType<FloatType>(T("f80")).Semantics);
        Assert.Same(FloatSemantics.Quad, Assert.IsType<FloatType>(T("f128")).Semantics);
        Assert.Same(FloatSemantics.TF32, Assert.IsType<FloatType>(T("tf32")).Semantics);
        Assert.Same(FloatSemantics.Float8E5M2, Assert.IsType<FloatType>(T("f8E5M2")).Semantics);
    }

    [Fact]
    public void TypesAreInterned() => Assert.Same(T("tensor<4x?xf32>"), T("tensor<4x?xf32>"));

    [Theory]
    [InlineData("tensor<4x?xf32>", new long[] { 4, ShapedType.Dynamic })]
    [InlineData("tensor<0xf32>", new long[] { 0 })]
    [InlineData("tensor<0x0xf32>", new long[] { 0, 0 })]
    [InlineData("tensor<f32>", new long[0])]
    [InlineData("tensor<1x2x3x4xi8>", new long[] { 1, 2, 3, 4 })]
    public void RankedTensors(string text, long[] shape)
    {
        var t = Assert.IsType<RankedTensorType>(T(text));
        Assert.Equal(shape, t.Shape);
    }

    [Fact]
    public void TensorCornerCases()
    {
        var c = Assert.IsType<RankedTensorType>(T("tensor<?x?xcomplex<f32>>"));
        Assert.Equal(FloatType.F32(ctx), Assert.IsType<ComplexType>(c.ElementType).ElementType);
        var enc = Assert.IsType<RankedTensorType>(T("tensor<4xf32, #foo.enc>"));
        Assert.Equal("foo", Assert.IsType<OpaqueAttr>(enc.Encoding).DialectNamespace);
        Assert.IsType<UnrankedTensorType>(T("tensor<*xf32>"));
        var hexLike = Assert.IsType<RankedTensorType>(T("tensor<0xf16>"));
        Assert.Equal(FloatType.F16(ctx), hexLike.ElementType);
        var nested = Assert.IsType<RankedTensorType>(T("tensor<2xvector<[4]x8xf32>>"));
        Assert.IsType<VectorType>(nested.ElementType);
        var dialectElem = Assert.IsType<RankedTensorType>(T("tensor<4x!foo.bar<\"x\">>"));
        Assert.Equal(".bar<\"x\">", Assert.IsType<OpaqueType>(dialectElem.ElementType).Body);
    }

    [Fact]
    public void Vectors()
    {
        var v = Assert.IsType<VectorType>(T("vector<2x[4]xf32>"));
        Assert.Equal(new long[] { 2, 4 }, v.Shape);
        Assert.Equal(new[] { false, true }, v.ScalableDims);
        var v2 = Assert.IsType<VectorType>(T("vector<[4]x8xf32>"));
        Assert.Equal(new[] { true, false }, v2.ScalableDims);
        Assert.Empty(Assert.IsType<VectorType>(T("vector<f32>")).Shape);
    }

    [Fact]
    public void MemRefs()
    {
        var m = Assert.IsType<MemRefType>(T("memref<4x?xf32>"));
        Assert.Null(m.Layout);
        Assert.Null(m.MemorySpace);
        var space = Assert.IsType<MemRefType>(T("memref<4xf32, 1>"));
        Assert.Equal(1, (int)Assert.IsType<IntegerAttr>(space.MemorySpace).Value);
        Assert.Null(Assert.IsType<MemRefType>(T("memref<4xf32, 0>")).MemorySpace);
        var strided = Assert.IsType<MemRefType>(T("memref<4x4xf32, strided<[4, 1], offset: ?>>"));
        var layout = Assert.IsType<StridedLayoutAttr>(strided.Layout);
        Assert.Equal(new long[] { 4, 1 }, layout.Strides);
        Assert.Equal(ShapedType.Dynamic, layout.Offset);
        var affine = Assert.IsType<MemRefType>(T("memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>, 2>"));
        Assert.IsType<AffineMapAttr>(affine.Layout);
        Assert.NotNull(affine.MemorySpace);
        Assert.IsType<UnrankedMemRefType>(T("memref<*xf32>"));
    }

    [Fact]
    public void FunctionsAndTuples()
    {
        var f = Assert.IsType<FunctionType>(T("(i32, f32) -> ()"));
        Assert.Equal(2, f.Inputs.Count);
        Assert.Empty(f.Results);
        var nested = Assert.IsType<FunctionType>(T("() -> ((i32) -> i32)"));
        Assert.IsType<FunctionType>(Assert.Single(nested.Results));
        var tuple = Assert.IsType<TupleType>(T("tuple<i32, tuple<>>"));
        Assert.Empty(Assert.IsType<TupleType>(tuple.Types[1]).Types);
    }

    [Fact]
    public void DialectTypesKeepTheirBody()
    {
        var t = Assert.IsType<OpaqueType>(T("!foo.bar<\"x\", 1, [2]>"));
        Assert.Equal("foo", t.DialectNamespace);
        Assert.Equal(".bar<\"x\", 1, [2]>", t.Body);
        Assert.Equal("<x y>", Assert.IsType<OpaqueType>(T("!foo<x y>")).Body);
        Assert.Equal(".a<b<c>, (d -> e)>", Assert.IsType<OpaqueType>(T("!foo.a<b<c>, (d -> e)>")).Body);
    }

    [Theory]
    [InlineData("tensor<4x4>", "1:11: expected 'x' in dimension list")]
    [InlineData("i32 i32", "1:5: unexpected characters after the end of the value")]
    [InlineData("!foo.bar", "1:6: `!\"foo\"<\"bar\">` type created with unregistered dialect. If this is intended, please call allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with the MLIR opt tool used")]
    [InlineData("!undefined", "1:10: undefined symbol alias id 'undefined'")]
    public void TypeErrors(string text, string expected)
    {
        var strict = Ctx(allowUnregistered: false);
        Assert.Null(MlirParser.TryParseType(strict, text, out var d));
        Assert.Equal(expected, Describe(d!));
    }
}
