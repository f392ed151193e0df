using System.Numerics;
using Lce.IR;
using Lce.IR.Parsing;
using Xunit;
using static Lce.Tests.Parsing.ParsingTestUtil;

namespace Lce.Tests.Parsing;

public class AttributeParsingTests
{
    private readonly IRContext ctx = Ctx();
    private IRAttribute A(string text) => MlirParser.ParseAttribute(ctx, text);

    [Fact]
    public void Integers()
    {
        var i = Assert.IsType<IntegerAttr>(A("1"));
        Assert.Equal(IntegerType.Get(ctx, 64), i.Type);
        Assert.Equal(new BigInteger(-1), Assert.IsType<IntegerAttr>(A("0xFF : i8")).Value);
        Assert.Equal(new BigInteger(-1), Assert.IsType<IntegerAttr>(A("-0x1 : i32")).Value);
        Assert.Equal(new BigInteger(255), Assert.IsType<IntegerAttr>(A("255 : ui8")).Value);
        Assert.Equal(new BigInteger(7), Assert.IsType<IntegerAttr>(A("7 : index")).Value);
        Assert.True(BoolAttr.IsBool(A("true")));
        Assert.Equal(BigInteger.Parse("170141183460469231731687303715884105727"),
            Assert.IsType<IntegerAttr>(A("170141183460469231731687303715884105727 : i128")).Value);
    }

    [Fact]
    public void Floats()
    {
        var f = Assert.IsType<FloatAttr>(A("1.5"));
        Assert.Equal(1.5, f.ToDouble());
        Assert.Equal(FloatType.F64(ctx), f.Type);
        Assert.Equal((UInt128)0x7FC00000, Assert.IsType<FloatAttr>(A("0x7FC00000 : f32")).Bits);
        Assert.Equal((UInt128)0x3E00, Assert.IsType<FloatAttr>(A("1.5 : f16")).Bits);
        Assert.Equal(-0.0, Assert.IsType<FloatAttr>(A("-0.0")).ToDouble());
        Assert.Equal(1000.0, Assert.IsType<FloatAttr>(A("1.e3 : f32")).ToDouble());
        Assert.True(double.IsPositiveInfinity(Assert.IsType<FloatAttr>(A("1.5e+300 : f32")).ToDouble()));
    }

    [Fact]
    public void StringsKeepBytes()
    {
        var s = Assert.IsType<StringAttr>(A("\"a\\\\b\\\"c\\n\\t\\E2\\82\\AC\\FF\""));
        Assert.Equal(new byte[] { (byte)'a', (byte)'\\', (byte)'b', (byte)'"', (byte)'c', 10, 9, 0xE2, 0x82, 0xAC, 0xFF }, s.Bytes.ToArray());
        var typed = Assert.IsType<StringAttr>(A("\"x\" : i32"));
        Assert.Equal(IntegerType.Get(ctx, 32), typed.Type);
    }

    [Fact]
    public void Containers()
    {
        var arr = Assert.IsType<ArrayAttr>(A("[1, 2.0, \"x\", unit, i32, @sym]"));
        Assert.Equal(6, arr.Count);
        Assert.IsType<UnitAttr>(arr[3]);
        Assert.IsType<TypeAttr>(arr[4]);
        var dict = Assert.IsType<DictionaryAttr>(A("{k10 = 1, \"my key\" = 2, c, k.4 = {}}"));
        Assert.Equal(new[] { "c", "k.4", "k10", "my key" }, dict.Entries.Select(e => e.Name));
        Assert.IsType<UnitAttr>(dict.Get("c"));
        var sym = Assert.IsType<SymbolRefAttr>(A("@foo::@\"bar baz\"::@q"));
        Assert.Equal("foo", sym.RootReference);
        Assert.Equal(new[] { "bar baz", "q" }, sym.NestedReferences);
    }

    [Fact]
    public void DenseElements()
    {
        var nested = Assert.IsType<DenseElementsAttr>(A("dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>"));
        Assert.False(nested.IsSplat);
        Assert.Equal(new BigInteger(4), nested.IntegerAt(3));
        var splat = Assert.IsType<DenseElementsAttr>(A("dense<7> : tensor<200xi32>"));
        Assert.True(splat.IsSplat);
        var hex = Assert.IsType<DenseElementsAttr>(A("dense<\"0x0100000002000000\"> : tensor<2xi32>"));
        Assert.Equal(new BigInteger(2), hex.IntegerAt(1));
        var bits = Assert.IsType<DenseElementsAttr>(A("dense<\"0x01\"> : tensor<3xi1>"));
        Assert.Equal(new byte[] { 1, 0, 0 }, bits.RawData.ToArray());
        Assert.True(Assert.IsType<DenseElementsAttr>(A("dense<\"0xFF\"> : tensor<8xi1>")).IsSplat);
        var cplx = Assert.IsType<DenseElementsAttr>(A("dense<[(1.0, 2.0), (3.0, 4.0)]> : tensor<2xcomplex<f32>>"));
        Assert.Equal(16, cplx.RawData.Length);
        Assert.Equal(0, Assert.IsType<DenseElementsAttr>(A("dense<> : tensor<0xi32>")).RawData.Length);
        var strs = Assert.IsType<DenseStringElementsAttr>(A("dense<[\"a\", \"b\"]> : tensor<2x!foo.s>"));
        Assert.Equal(2, strs.Values.Count);
        var floats = Assert.IsType<DenseElementsAttr>(A("dense<[1.5, -2.0]> : vector<2xf32>"));
        Assert.Equal(8, floats.RawData.Length);
    }

    [Fact]
    public void OtherBuiltins()
    {
        var arr = Assert.IsType<DenseArrayAttr>(A("array<i32: 1, 2, -3>"));
        Assert.Equal(3, arr.Size);
        Assert.Equal(-3, BitConverter.ToInt32(arr.ElementBytes(2)));
        Assert.Equal(0, Assert.IsType<DenseArrayAttr>(A("array<f32>")).Size);
        Assert.Equal(2, Assert.IsType<DenseArrayAttr>(A("array<i1: true, false>")).Size);
        Assert.IsType<AffineMapAttr>(A("affine_map<(d0, d1)[s0] -> (d0 + s0, d1 * 2)>"));
        Assert.IsType<IntegerSetAttr>(A("affine_set<(d0)[s0] : (d0 - s0 >= 0, d0 == 0)>"));
        var strided = Assert.IsType<StridedLayoutAttr>(A("strided<[?, 1], offset: -4>"));
        Assert.Equal(-4, strided.Offset);
        var d = Assert.IsType<DistinctAttr>(A("distinct[0]<{}>"));
        Assert.IsType<DictionaryAttr>(d.Referenced);
        Assert.IsType<UnitAttr>(Assert.IsType<DistinctAttr>(A("distinct[3]<>")).Referenced);
        Assert.IsType<FileLineColLoc>(A("loc(\"f\":1:2)"));
        var opaque = Assert.IsType<OpaqueAttr>(A("#foo.thing<\"bla\" 1, 2>"));
        Assert.Equal(".thing<\"bla\" 1, 2>", opaque.Body);
        Assert.Equal("<\"x\">", Assert.IsType<OpaqueAttr>(A("#foo<\"x\">")).Body);
    }

    [Theory]
    [InlineData("1.5 : i32", "1:10: floating point value not valid for specified type")]
    [InlineData("-0x1 : f32", "1:2: hexadecimal float literal should not have a leading minus")]
    [InlineData("0x10000 : f16", "1:1: hexadecimal float constant out of range for type")]
    [InlineData("256 : ui8", "1:1: integer constant out of range for attribute")]
    [InlineData("-1 : ui8", "1:2: negative integer literal not valid for unsigned integer type")]
    [InlineData("-129 : i8", "1:2: integer constant out of range for attribute")]
    [InlineData("dense<\"0x0102\"> : tensor<3xi8>", "1:1: elements hex data size is invalid for provided type: 'tensor<3xi8>'")]
    [InlineData("dense<[[1],[2,3]]> : tensor<2x2xi8>", "1:12: tensor literal is invalid; ranks are not consistent between elements")]
    [InlineData("dense<[300]> : tensor<1xi8>", "1:8: integer constant out of range for type")]
    [InlineData("dense<[1,2]> : tensor<3xi32>", "1:1: inferred shape of elements literal ([2]) does not match type ([3])")]
    [InlineData("dense<[1.5]> : tensor<1xi32>", "1:8: expected integer elements, but parsed floating-point")]
    [InlineData("dense<[true, false]> : tensor<2xi32>", "1:8: expected i1 type for 'true' or 'false' values")]
    [InlineData("array<i32: 1, 2.5>", "1:15: expected integer literal")]
    [InlineData("foo", "1:1: expected non-function type")]
    [InlineData("{a = 1, a = 2}", "1:9: duplicate key 'a' in dictionary attribute")]
    [InlineData("\"bad \\q\"", "1:6: unknown escape in string literal")]
    public void AttributeErrors(string text, string expected)
    {
        Assert.Null(MlirParser.TryParseAttribute(ctx, text, out var d));
        Assert.Equal(expected, Describe(d!));
    }
}
