using System.Text;
using Lce.Serialization.FlexBuffers;
using static Lce.Tests.Serialization.FlexBuffers.ExpectedBytes;

namespace Lce.Tests.Serialization.FlexBuffers;

/// <summary>Hand-derived encodings of each kind of value, root widths, alignment and sharing.</summary>
public class BuilderEncodingTests
{
    private static string Build(Action<FlexBufferBuilder> body, FlexBufferBuilderFlags flags = FlexBufferBuilderFlags.ShareKeys)
    {
        var b = new FlexBufferBuilder(flags);
        body(b);
        b.Finish();
        return Show(b.GetBuffer());
    }

    [Theory]
    [InlineData(5L, "050401")]
    [InlineData(-128L, "800401")]
    [InlineData(127L, "7F0401")]
    [InlineData(128L, "80000502")]          // needs 16 bits as a signed number
    [InlineData(-129L, "7FFF0502")]
    [InlineData(40000L, "409C00000604")]
    [InlineData(long.MinValue, "00000000000000800708")]
    public void IntRootTakesItsOwnWidth(long value, string hex) => Assert.Equal(hex, Build(b => b.Int(value)));

    [Fact]
    public void ScalarRoots()
    {
        Assert.Equal("FF0801", Build(b => b.UInt(255)));                  // UINT<<2 = 08
        Assert.Equal("2C010902", Build(b => b.UInt(300)));
        Assert.Equal("0000C03F0E04", Build(b => b.Float(1.5f)));           // FLOAT|W32
        Assert.Equal("0000C03F0E04", Build(b => b.Double(1.5)));           // exact as a float: 32 bits
        Assert.Equal("9A9999999999B93F0F08", Build(b => b.Double(0.1)));  // not exact: 64 bits
        Assert.Equal("016801", Build(b => b.Bool(true)));                  // BOOL<<2 = 0x68
        Assert.Equal("000001", Build(b => b.Null()));
    }

    [Fact]
    public void StringsBlobsAndKeys()
    {
        // len 3, "abc\0", root offset 5-1=4, STRING|W8.
        Assert.Equal("0361626300041401", Build(b => b.String("abc")));
        Assert.Equal("0301020303" + "6401", Build(b => b.Blob([1, 2, 3])));
        // A 256-byte string has a 16-bit length (aligned to 2) and a 16-bit root offset.
        var longString = Build(b => b.String(new string('z', 256)));
        Assert.StartsWith("0001" + "7A7A", longString);
        Assert.EndsWith("00" + "0201" + "1502", longString); // NUL, offset 0x102 (aligned), STRING|W16, width 2
        Assert.Equal("6B00" + "02" + "1001", Build(b => b.Key("k")));  // a key as the root: KEY<<2 = 0x10
    }

    [Fact]
    public void IndirectScalarsAreAlignedToTheirOwnWidth()
    {
        Assert.Equal("E803" + "02" + "1901", Build(b => b.IndirectInt(1000)));       // INDIRECT_INT|W16
        Assert.Equal("0000C03F" + "04" + "2201", Build(b => b.IndirectFloat(1.5f))); // INDIRECT_FLOAT|W32
        Assert.Equal("0000C03F" + "04" + "2201", Build(b => b.IndirectDouble(1.5))); // written as the float it is
        Assert.Equal("FF" + "01" + "1C01", Build(b => b.IndirectUInt(255)));
    }

    [Fact]
    public void UntypedVectorStoresATypeBytePerElementWithInlineWidthsRaisedToTheVector()
    {
        // "x" string first: 01 78 00; vector width 1: len 3 at 3, slots at 4..6, types at 7..9.
        // Slot 5 holds 5-1=4 (offset to "x"). Types: INT|W8=04, STRING|W8=14, BOOL|W8=68.
        Assert.Equal("017800" + "03" + "07" + "04" + "01" + "04" + "14" + "68" + "06" + "2801",
            Build(b => b.Vector(v => { v.Int(7); v.String("x"); v.Bool(true); })));
        // A 16-bit int widens the vector; the small int's type byte then says 16 bits too.
        Assert.Equal("0200" + "0100" + "0001" + "0505" + "06" + "2901",
            Build(b => b.Vector(v => { v.Int(1); v.Int(256); })));
    }

    [Fact]
    public void TypedAndFixedVectors()
    {
        Assert.Equal("03010203" + "03" + "2C01", Build(b => b.TypedVector(v => { v.Int(1); v.Int(2); v.Int(3); })));
        Assert.Equal("0300" + "010002000300" + "06" + "2D01", Build(b => b.ScalarVector<short>([1, 2, 3])));
        Assert.Equal("0000803F00000040" + "08" + "4A01", Build(b => b.FixedTypedVector<float>([1f, 2f])));   // VECTOR_FLOAT2|W32
        Assert.Equal("0102" + "02" + "4001", Build(b => b.EndVector(Start(b, v => { v.Int(1); v.Int(2); }), typed: true, fixedLength: true)));
        Assert.Equal("00" + "00" + "3801", Build(b => b.TypedVector(_ => { })));                               // empty: VECTOR_KEY
        Assert.Equal("020100" + "02" + "9001", Build(b => b.ScalarVector<bool>([true, false])));                // VECTOR_BOOL<<2 = 0x90
    }

    private static int Start(FlexBufferBuilder b, Action<FlexBufferBuilder> body)
    {
        int s = b.StartVector();
        body(b);
        return s;
    }

    [Fact]
    public void ScalarVectorIsAlignedToItsElementSize()
    {
        // "a\0" puts the buffer at 2; an int32 vector pads to 4 before its length.
        var b = new FlexBufferBuilder();
        int map = b.StartMap();
        b.ScalarVector<int>("a", [7]);
        b.EndMap(map);
        b.Finish();
        var bytes = b.GetBuffer();
        Assert.StartsWith("61000000" + "01000000" + "07000000", Show(bytes));
        Assert.Equal(7, FlexBufferReader.GetRoot(bytes).AsMap()["a"].AsTypedVector()[0].AsInt32());
    }

    [Fact]
    public void KeysAreSharedByDefaultAndStringsOnlyWhenAsked()
    {
        static void TwoMaps(FlexBufferBuilder b) => b.Vector(v =>
        {
            v.Map(m => m.String("k", "same"));
            v.Map(m => m.String("k", "same"));
        });
        var shared = new FlexBufferBuilder(FlexBufferBuilderFlags.ShareKeysAndStrings);
        TwoMaps(shared);
        shared.Finish();
        var plain = new FlexBufferBuilder(FlexBufferBuilderFlags.None);
        TwoMaps(plain);
        plain.Finish();
        static int Count(byte[] buf, string s) => Occurrences(buf, Encoding.UTF8.GetBytes(s));
        Assert.Equal(1, Count(shared.GetBuffer(), "k\0"));
        Assert.Equal(1, Count(shared.GetBuffer(), "same\0"));
        Assert.Equal(2, Count(plain.GetBuffer(), "k\0"));
        Assert.Equal(2, Count(plain.GetBuffer(), "same\0"));
        foreach (var buf in new[] { shared.GetBuffer(), plain.GetBuffer() })
        {
            var v = FlexBufferReader.GetRoot(buf).AsVector();
            Assert.Equal("same", v[0].AsMap()["k"].AsString());
            Assert.Equal("same", v[1].AsMap()["k"].AsString());
        }
    }

    /// <summary>
    /// An element's offset width is sized at its slot index counted from the start of its vector
    /// (flatbuffers ≥ 2.0, commit c37c989, as TF 2.16 builds), where map values count double and
    /// start after the 3 prefix fields: here the value sits at index 3 and its offset is exactly
    /// 255, so the map stays 8-bit. The older rule (absolute stack index, still used by the
    /// JavaScript port and described in lce-spec §5.2) uses index 4, sees 256 and picks 16 bits.
    /// </summary>
    [Fact]
    public void MapValueOffsetWidthUsesTheIndexWithinTheVector()
    {
        void Body(FlexBufferBuilder b) => b.Map(m => m.String("k", new string('x', 249)));
        var current = new FlexBufferBuilder();
        Body(current);
        current.Finish();
        var bytes = current.GetBuffer();
        Assert.Equal(263, bytes.Length);
        Assert.Equal("FE" + "01" + "01" + "01" + "FF" + "14" + "022401", Show(bytes[^9..]));

        var legacy = new FlexBufferBuilder { LegacyElementIndexing = true };
        Body(legacy);
        legacy.Finish();
        var legacyBytes = legacy.GetBuffer();
        Assert.Equal(0x25, legacyBytes[^2]); // MAP|W16
        Assert.Equal(new string('x', 249), FlexBufferReader.GetRoot(legacyBytes).AsMap()["k"].AsString());
    }

    [Fact]
    public void ForcedMinimumWidthWidensVectorsAndMaps()
    {
        var b = new FlexBufferBuilder();
        b.ForceMinimumBitWidth(BitWidth.Width32);
        b.Map(m => m.Int("a", 1));
        b.Finish();
        Assert.Equal(0x26, b.GetBuffer()[^2]); // MAP|W32
    }

    [Fact]
    public void ReusedValuesAreReferencedNotCopied()
    {
        var b = new FlexBufferBuilder();
        int v = b.StartVector();
        b.String("shared");
        var s = b.LastValue();
        b.ReuseValue(s);
        b.EndVector(v);
        b.Finish();
        var bytes = b.GetBuffer();
        Assert.Equal(1, Occurrences(bytes, Encoding.UTF8.GetBytes("shared")));
        var vec = FlexBufferReader.GetRoot(bytes).AsVector();
        Assert.Equal("shared", vec[1].AsString());
    }
}
