using Lce.Serialization.FlexBuffers;
using static Lce.Tests.Serialization.FlexBuffers.ExpectedBytes;

namespace Lce.Tests.Serialization.FlexBuffers;

/// <summary>
/// The custom-options encodings of lce-spec §5.4–5.5, built through the public API and compared
/// byte for byte; the expected buffers are spelled out from the spec's tables.
/// </summary>
public class LceOptionGoldenTests
{
    private static readonly string[] Bconv2dKeys =
    [
        "channels_in", "dilation_height_factor", "dilation_width_factor", "fused_activation_function",
        "pad_values", "padding", "stride_height", "stride_width",
    ];

    private static byte[] Bconv2d(long channelsIn, long activation, long padValues, long padding) =>
        FlexBufferIntMap.Encode(
            ("channels_in", channelsIn), ("dilation_height_factor", 1), ("dilation_width_factor", 1),
            ("fused_activation_function", activation), ("pad_values", padValues), ("padding", padding),
            ("stride_height", 1), ("stride_width", 1));

    /// <summary>The key block and the 8-bit keys vector, common to every Bconv2d map (bytes 0–137).</summary>
    private static readonly byte[] Bconv2dKeyBlock = Concat(Keys(Bconv2dKeys), Hex("08 | 82 77 61 4C 33 29 22 15"));

    [Fact]
    public void Bconv2dOfLegalizeTestIs160Bytes()
    {
        var expected = Concat(Bconv2dKeyBlock,
            Hex("08 01 08 | 03 01 01 00 00 01 01 01 | 04x8 | 10 24 01"));
        var actual = Bconv2d(channelsIn: 3, activation: 0, padValues: 0, padding: 1);
        Assert.Equal(160, actual.Length);
        Assert.Equal(Show(expected), Show(actual));
    }

    [Fact]
    public void BMaxPool2dKeepsInsertionOrderInTheKeyBlockAndSortsTheMap()
    {
        var expected = Concat(
            Keys("padding", "stride_width", "stride_height", "filter_width", "filter_height"),
            Hex("05 | 0F 1D 41 2D 3B | 05 01 05 | 02 02 00 02 02 | 04x5 | 0A 24 01"));
        var actual = FlexBufferIntMap.Encode(
            ("padding", 0), ("stride_width", 2), ("stride_height", 2), ("filter_width", 2), ("filter_height", 2));
        Assert.Equal(84, actual.Length);
        Assert.Equal(Show(expected), Show(actual));
    }

    [Fact]
    public void ChannelsIn256MakesTheValues16Bit()
    {
        // 138 is already 2-aligned: keys offset 8, key width 1, length 8, then eight 16-bit values.
        var expected = Concat(Bconv2dKeyBlock,
            Hex("0800 0100 0800 | 0001 0100 0100 0100 0100 0000 0100 0100 | 05x8 | 18 25 01"));
        Assert.Equal(Show(expected), Show(Bconv2d(channelsIn: 256, activation: 1, padValues: 1, padding: 0)));
    }

    [Fact]
    public void ChannelsIn40000MakesTheValues32BitAfterTwoPaddingBytes()
    {
        var expected = Concat(Bconv2dKeyBlock,
            Hex("0000 | 0A000000 01000000 08000000 | 409C0000 01000000 01000000 00000000 00000000 01000000 01000000 01000000 | 06x8 | 28 26 01"));
        Assert.Equal(Show(expected), Show(Bconv2d(channelsIn: 40000, activation: 0, padValues: 0, padding: 1)));
    }

    [Fact]
    public void DetectionPostProcessMapWithFloatsMatchesTheGivenKeyVectorAndTrailer()
    {
        var b = new FlexBufferBuilder();
        int map = b.StartMap();
        b.Int("max_detections", 20);
        b.Int("max_classes_per_detection", 1);
        b.Int("num_classes", 1);
        b.Float("nms_score_threshold", -0.85f);
        b.Float("nms_iou_threshold", 0.5f);
        b.Float("y_scale", 1f);
        b.Float("x_scale", 1f);
        b.Float("h_scale", 1f);
        b.Float("w_scale", 1f);
        b.Int("use_regular_nms", 1);
        b.EndMap(map);
        b.Finish();
        var actual = b.GetBuffer();

        var keyBlock = Keys("max_detections", "max_classes_per_detection", "num_classes", "nms_score_threshold",
            "nms_iou_threshold", "y_scale", "x_scale", "h_scale", "w_scale", "use_regular_nms");
        // Sorted: h_scale, max_classes_per_detection, max_detections, nms_iou_threshold,
        // nms_score_threshold, num_classes, use_regular_nms, w_scale, x_scale, y_scale.
        var expected = Concat(keyBlock,
            Hex("0A 217E8E465B681720313A | 0000 | 0C000000 01000000 0A000000"),
            Hex("0000803F 01000000 14000000 0000003F 9A9959BF 01000000 01000000 0000803F 0000803F 0000803F"),
            Hex("0E 06 06 0E 0E 06 06 0E 0E 0E | 32 26 01"));
        Assert.Equal(Show(expected), Show(actual));
        // The parts the spec states verbatim.
        Assert.Equal("0A217E8E465B681720313A0000", Show(actual[keyBlock.Length..(keyBlock.Length + 13)]));
        Assert.Equal("322601", Show(actual[^3..]));
    }

    [Fact]
    public void TheGoldenMapsReadBack()
    {
        var bconv = FlexBufferReader.GetRoot(Bconv2d(channelsIn: 40000, activation: 3, padValues: 1, padding: 0)).AsMap();
        Assert.Equal(40000, bconv["channels_in"].AsInt32());
        Assert.Equal(3, bconv["fused_activation_function"].AsInt32());
        Assert.Equal(1, bconv["pad_values"].AsInt32());
        Assert.Equal(0, bconv["padding"].AsInt32());
        Assert.True(bconv["no_such_key"].IsNull);
        Assert.Equal(Bconv2dKeys, bconv.Select(kv => kv.Key));

        var decoded = FlexBufferIntMap.Decode(FlexBufferIntMap.Encode(("padding", 0), ("stride_width", 2), ("filter_height", 3)));
        Assert.Equal([("filter_height", 3L), ("padding", 0L), ("stride_width", 2L)], decoded);
    }
}
