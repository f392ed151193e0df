using Lce.Serialization.FlexBuffers;
using static Lce.Tests.Serialization.FlexBuffers.ExpectedBytes;

namespace Lce.Tests.Serialization.FlexBuffers;

/// <summary>The C++ conversion rules of <c>flexbuffers::Reference</c>, value kind by value kind.</summary>
public class ReaderConversionTests
{
    private static FlexReference Root(Action<FlexBufferBuilder> body)
    {
        var b = new FlexBufferBuilder();
        body(b);
        b.Finish();
        return FlexBufferReader.GetRoot(b.GetBuffer());
    }

    private static FlexMap Map(Action<FlexBufferBuilder> body) => Root(b => b.Map(body)).AsMap();

    [Fact]
    public void AsInt32ConvertsEveryNumericKind()
    {
        var m = Map(b =>
        {
            b.Float("float", 3.75f);
            b.Double("negative_double", -2.5);
            b.UInt("uint", 40000);
            b.UInt("huge_uint", ulong.MaxValue);
            b.IndirectInt("indirect_int", -70000);
            b.IndirectUInt("indirect_uint", 7);
            b.IndirectFloat("indirect_float", 9.9f);
            b.Bool("bool", true);
            b.Null("null");
            b.Int("wide", 0x1_0000_0005);
        });
        Assert.Equal(3, m["float"].AsInt32());
        Assert.Equal(-2, m["negative_double"].AsInt32());
        Assert.Equal(40000, m["uint"].AsInt32());
        Assert.Equal(-1, m["huge_uint"].AsInt64());          // wraps, as a C++ static_cast
        Assert.Equal(-70000, m["indirect_int"].AsInt32());
        Assert.Equal(7, m["indirect_uint"].AsInt32());
        Assert.Equal(9, m["indirect_float"].AsInt32());
        Assert.Equal(1, m["bool"].AsInt32());
        Assert.Equal(0, m["null"].AsInt32());
        Assert.Equal(5, m["wide"].AsInt32());                // truncated to 32 bits
        Assert.Equal(0, m["missing"].AsInt32());
        Assert.Equal(-2L, m["negative_double"].AsInt64());
        Assert.Equal(0UL, m["negative_double"].AsUInt64()); // a negative float saturates at 0 as unsigned
    }

    [Fact]
    public void AsDoubleAndAsBool()
    {
        var m = Map(b => { b.Int("i", -3); b.UInt("u", 5); b.Double("d", 0.1); b.Bool("f", false); b.Int("zero", 0); });
        Assert.Equal(-3.0, m["i"].AsDouble());
        Assert.Equal(5.0, m["u"].AsDouble());
        Assert.Equal(0.1, m["d"].AsDouble());
        Assert.Equal((float)0.1, m["d"].AsFloat());
        Assert.False(m["f"].AsBool());
        Assert.True(m["i"].AsBool());
        Assert.False(m["zero"].AsBool());
        Assert.False(m["d"].AsBool());         // 0.1 truncates to 0 as an unsigned integer
    }

    [Fact]
    public void OutOfRangeFloatsSaturateWhenConvertedToIntegers()
    {
        var m = Map(b => { b.Double("big", 1e30); b.Double("small", -1e30); b.Double("nan", double.NaN); });
        Assert.Equal(long.MaxValue, m["big"].AsInt64());
        Assert.Equal(long.MinValue, m["small"].AsInt64());
        Assert.Equal(0L, m["nan"].AsInt64());
        Assert.Equal(ulong.MaxValue, m["big"].AsUInt64());
        Assert.Equal(-1, m["big"].AsInt32());                 // int64 max truncated to 32 bits
    }

    [Fact]
    public void NarrowFloatSlotsReadAsSignedIntegersAsInCpp()
    {
        // A hand-made root FLOAT with an 8-bit slot: C++ reads 1- and 2-byte floats as int8/int16.
        Assert.Equal(-5.0, FlexBufferReader.GetRoot(Hex("FB 0C 01")).AsDouble());
        Assert.Equal(-5, FlexBufferReader.GetRoot(Hex("FB 0C 01")).AsInt64());
        Assert.Equal(258.0, FlexBufferReader.GetRoot(Hex("0201 0D 02")).AsDouble());
    }

    [Theory]
    [InlineData("123", 123L)]
    [InlineData(" \t-42", -42L)]
    [InlineData("+7", 7L)]
    [InlineData("12a", 0L)]
    [InlineData("", 0L)]
    [InlineData("-", 0L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("9223372036854775808", 0L)]               // out of range
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("1.5", 0L)]
    public void StringsConvertToIntegersOnlyWhenWhollyNumeric(string text, long expected) =>
        Assert.Equal(expected, Root(b => b.String(text)).AsInt64());

    [Theory]
    [InlineData("-1", ulong.MaxValue)]                    // strtoull negates modulo 2^64
    [InlineData("18446744073709551615", ulong.MaxValue)]
    [InlineData("18446744073709551616", 0UL)]
    [InlineData("x", 0UL)]
    public void StringsConvertToUnsigned(string text, ulong expected) =>
        Assert.Equal(expected, Root(b => b.String(text)).AsUInt64());

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData("  -2.5e3", -2500.0)]
    [InlineData("5.", 5.0)]
    [InlineData(".5", 0.5)]
    [InlineData("1e400", double.PositiveInfinity)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    [InlineData("inf", double.PositiveInfinity)]
    [InlineData("1e", 0.0)]
    [InlineData("1.5x", 0.0)]
    [InlineData(".", 0.0)]
    [InlineData("0x1p3", 0.0)]                            // hex floats are not supported
    public void StringsConvertToDoubles(string text, double expected) =>
        Assert.Equal(expected, Root(b => b.String(text)).AsDouble());

    [Fact]
    public void NaNStringsReadAsNaN()
    {
        Assert.True(double.IsNaN(Root(b => b.String("nan")).AsDouble()));
        Assert.True(double.IsNaN(Root(b => b.String("-NaN(abc_1)")).AsDouble()));
        Assert.Equal(0.0, Root(b => b.String("nan(")).AsDouble());
    }

    [Fact]
    public void StringKeyAndBlobViews()
    {
        var m = Map(b =>
        {
            b.String("s", "a\0b");
            b.Blob("blob", [1, 2]);
            b.Int("int", 1);
            b.Vector("keys", v => { v.Key("first"); v.Key("second"); });
        });
        Assert.Equal("a\0b", m["s"].AsString());
        Assert.Equal("a", m["s"].AsKey());                    // a C string stops at the NUL
        Assert.Equal([(byte)'a', 0, (byte)'b'], m["s"].AsBlob().ToArray());
        Assert.Equal([1, 2], m["blob"].AsBlob().ToArray());
        Assert.Equal("", m["blob"].AsString());
        Assert.Equal("", m["int"].AsString());
        Assert.Equal("", m["int"].AsKey());
        Assert.True(m["int"].AsBlob().IsEmpty);
        Assert.Equal("second", m["keys"].AsVector()[1].AsKey());
        Assert.Equal("second", m["keys"].AsVector()[1].AsString());
        Assert.Equal(2, m["keys"].AsInt64());                 // an untyped vector converts to its length
    }

    [Fact]
    public void ContainerViewsOfTheWrongKindAreEmpty()
    {
        var m = Map(b => { b.Int("int", 1); b.Map("inner", x => x.Int("z", 26)); b.ScalarVector<int>("tv", [4, 5]); });
        Assert.Equal(0, m["int"].AsVector().Count);
        Assert.Equal(0, m["int"].AsMap().Count);
        Assert.Equal(0, m["int"].AsTypedVector().Count);
        Assert.Equal(0, m["int"].AsFixedTypedVector().Count);
        Assert.Equal(26, m["inner"].AsVector()[0].AsInt32());  // a map's values are a vector
        Assert.Equal(0, m["inner"].AsInt64());                 // but only untyped vectors convert to a length
        Assert.Equal(0, m["tv"].AsVector().Count);
        Assert.Equal(5, m["tv"].AsTypedVector()[1].AsInt32());
        Assert.Equal(FlexBufferType.Int, m["tv"].AsTypedVector().ElementType);
        Assert.True(m["tv"].AsTypedVector()[2].IsNull);       // out of range reads as Null
        Assert.True(m["inner"].AsVector()[-1].IsNull);
    }

    [Fact]
    public void DeprecatedStringVectorsReadAsKeys()
    {
        var r = Root(b => b.TypedVector(v => { v.String("xy"); v.String("z"); }));
        Assert.Equal(FlexBufferType.VectorStringDeprecated, r.Type);
        var tv = r.AsTypedVector();
        Assert.Equal(FlexBufferType.Key, tv.ElementType);
        Assert.Equal(["xy", "z"], tv.Select(e => e.AsString()));
    }

    [Fact]
    public void MapLookupIsByBytesInStrcmpOrder()
    {
        var m = Map(b => { b.Int("padding", 1); b.Int("pad_values", 2); b.Int("\u00e9", 3); b.Int("Z", 4); });
        Assert.Equal(["Z", "pad_values", "padding", "\u00e9"], m.Select(kv => kv.Key));
        Assert.Equal(2, m["pad_values"].AsInt32());
        Assert.Equal(3, m["\u00e9"].AsInt32());
        Assert.Equal(1, m["padding\0ignored"].AsInt32());     // the search key is a C string too
        Assert.True(m["pad"].IsNull);
        Assert.False(m.TryGetValue("paddings", out var none));
        Assert.True(none.IsNull);
        Assert.True(m.ContainsKey("Z"));
    }
}
