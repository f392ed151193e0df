namespace Lce.Tests.Larq.LegalizeLce;

using FsCheck;
using FsCheck.Fluent;
using Lce.Serialization.CustomOptions;
using Lce.Serialization.FlexBuffers;

/// <summary>
/// The LceBconv2d / LceBMaxPool2d option codecs over random attribute values: encode → decode
/// is the identity, the bytes follow the width rules of lce-spec §5.2–5.3, and values LCE
/// cannot write are rejected.
/// </summary>
public sealed class CustomOptionsPropertyTests
{
    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(1000);

    /// <summary>Ints around every FlexBuffers width boundary, plus arbitrary ones.</summary>
    internal static readonly Gen<int> AnyInt = Gen.OneOf(
        Gen.Choose(-300, 300),
        Gen.Elements(127, 128, -128, -129, 32767, 32768, -32768, -32769, int.MaxValue, int.MinValue, 0, 1),
        ArbMap.Default.GeneratorFor<int>());

    internal static readonly Gen<TfliteActivation> Activation =
        Gen.Elements(TfliteActivation.None, TfliteActivation.Relu, TfliteActivation.ReluN1To1, TfliteActivation.Relu6);

    internal static readonly Gen<TflitePadding> Padding = Gen.Elements(TflitePadding.Same, TflitePadding.Valid);

    internal static readonly Gen<Bconv2dOptions> Bconv =
        from c in AnyInt
        from dh in AnyInt
        from dw in AnyInt
        from act in Activation
        from pv in AnyInt
        from pad in Padding
        from sh in AnyInt
        from sw in AnyInt
        select new Bconv2dOptions(c, dh, dw, act, pv, pad, sh, sw);

    internal static readonly Gen<BMaxPool2dOptions> Pool =
        from pad in Padding
        from sw in AnyInt
        from sh in AnyInt
        from fw in AnyInt
        from fh in AnyInt
        select new BMaxPool2dOptions(pad, sw, sh, fw, fh);

    [Fact]
    public void Bconv2dOptionsRoundTrip() =>
        Prop.ForAll(Bconv.ToArbitrary(), o => Assert.Equal(o, Bconv2dOptions.Decode(o.Encode()))).Check(Many);

    [Fact]
    public void BMaxPool2dOptionsRoundTrip() =>
        Prop.ForAll(Pool.ToArbitrary(), o => Assert.Equal(o, BMaxPool2dOptions.Decode(o.Encode()))).Check(Many);

    /// <summary>
    /// Layout of a Bconv2d map (§5.3): the 129-byte key block and 9-byte keys vector, alignment to
    /// the value width W = the widest value's signed width, keys offset / key width / length and
    /// eight values of W bytes, eight INT type bytes, and a 1-byte root.
    /// </summary>
    [Fact]
    public void Bconv2dBytesFollowTheWidthRules() =>
        Prop.ForAll(Bconv.ToArbitrary(), o =>
        {
            long[] values = [o.ChannelsIn, o.DilationHeightFactor, o.DilationWidthFactor, (int)o.FusedActivationFunction,
                o.PadValues, (int)o.Padding, o.StrideHeight, o.StrideWidth];
            int w = values.Max(WidthI);
            int code = w switch { 1 => 0, 2 => 1, 4 => 2, _ => 3 };
            int start = 138 + (138 % w == 0 ? 0 : w - 138 % w);
            var bytes = o.Encode();
            Assert.Equal(start + 11 * w + 8 + 3, bytes.Length);
            Assert.All(bytes.AsSpan(start + 11 * w, 8).ToArray(), t => Assert.Equal(4 | code, t));
            Assert.Equal(0x24 | code, bytes[^2]);
            Assert.Equal(1, bytes[^1]);
            for (int i = 0; i < 8; i++)
                Assert.Equal(values[i], ReadSigned(bytes.AsSpan(start + (3 + i) * w, w)));
        }).Check(Many);

    /// <summary>The generic FlexBuffers reader sees LCE's keys, sorted, with the record's values.</summary>
    [Fact]
    public void BMaxPool2dBytesAreASortedIntMap() =>
        Prop.ForAll(Pool.ToArbitrary(), o =>
        {
            var map = FlexBufferIntMap.Decode(o.Encode());
            Assert.Equal(["filter_height", "filter_width", "padding", "stride_height", "stride_width"], map.Select(e => e.Key));
            Assert.Equal([o.FilterHeight, o.FilterWidth, (long)o.Padding, o.StrideHeight, o.StrideWidth], map.Select(e => e.Value));
        }).Check(Many);

    /// <summary>Decoding reads by key: any insertion order, extra keys and unsigned storage give the same options.</summary>
    [Fact]
    public void DecodingIgnoresKeyOrderExtraKeysAndSignedness()
    {
        var gen = from o in Bconv
                  from order in Gen.Shuffle(Enumerable.Range(0, 8).ToArray())
                  from extra in Gen.Choose(0, 3)
                  select (o, order, extra);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (o, order, extra) = t;
            long[] values = [o.ChannelsIn, o.DilationHeightFactor, o.DilationWidthFactor, (int)o.FusedActivationFunction,
                o.PadValues, (int)o.Padding, o.StrideHeight, o.StrideWidth];
            var b = new FlexBufferBuilder();
            int map = b.StartMap();
            for (int k = 0; k < extra; k++) b.Int("zz_extra" + k, k * 1000);
            foreach (int i in order)
            {
                // Non-negative values may also be stored as UINT.
                if (values[i] >= 0 && i % 2 == 0) b.UInt(Bconv2dOptions.Keys[i], (ulong)values[i]);
                else b.Int(Bconv2dOptions.Keys[i], values[i]);
            }
            b.EndMap(map);
            b.Finish();
            Assert.Equal(o, Bconv2dOptions.Decode(b.GetBuffer()));
        }).Check(Many);
    }

    [Theory]
    [InlineData(TfliteActivation.Tanh, "TANH")]
    [InlineData(TfliteActivation.SignBit, "SIGN_BIT")]
    [InlineData((TfliteActivation)6, "6")]
    public void UnwritableActivationsAreRejected(TfliteActivation activation, string name)
    {
        var o = new Bconv2dOptions(32, 1, 1, activation, 0, TflitePadding.Same, 1, 1);
        var e = Assert.Throws<CustomOptionsException>(o.Encode);
        Assert.Equal($"fused activation {name} cannot be written to LceBconv2d options (supported: NONE, RELU, RELU_N1_TO_1, RELU6)", e.Message);
    }

    [Fact]
    public void UnwritablePaddingsAreRejected()
    {
        Assert.Throws<CustomOptionsException>(() => new BMaxPool2dOptions((TflitePadding)2, 1, 1, 1, 1).Encode());
        Assert.Throws<CustomOptionsException>(() => new Bconv2dOptions(1, 1, 1, TfliteActivation.None, 0, (TflitePadding)(-1), 1, 1).Encode());
    }

    [Fact]
    public void EnumNamesAreTheTflAttributeStrings()
    {
        string[] activations = ["NONE", "RELU", "RELU_N1_TO_1", "RELU6", "TANH", "SIGN_BIT"];
        for (int i = 0; i < activations.Length; i++)
        {
            Assert.Equal(activations[i], TfliteEnums.Name((TfliteActivation)i));
            Assert.True(TfliteEnums.TryParseActivation(activations[i], out var a));
            Assert.Equal((TfliteActivation)i, a);
            Assert.Equal(i < 4, TfliteEnums.IsSerializable(a));
        }
        Assert.Equal("SAME", TfliteEnums.Name(TflitePadding.Same));
        Assert.Equal("VALID", TfliteEnums.Name(TflitePadding.Valid));
        Assert.False(TfliteEnums.TryParsePadding("same", out _));
        Assert.False(TfliteEnums.TryParseActivation("Relu", out _));
    }

    /// <summary>WidthI of §5.2: the bytes a signed value needs (8, 16, 32 or 64 bits).</summary>
    private static int WidthI(long v)
    {
        ulong u = v >= 0 ? (ulong)v << 1 : ~((ulong)v << 1);
        return u < 1UL << 8 ? 1 : u < 1UL << 16 ? 2 : u < 1UL << 32 ? 4 : 8;
    }

    private static long ReadSigned(ReadOnlySpan<byte> b)
    {
        long v = 0;
        for (int i = b.Length - 1; i >= 0; i--) v = (v << 8) | b[i];
        int shift = 64 - 8 * b.Length;
        return (v << shift) >> shift;
    }
}
