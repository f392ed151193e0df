using Lce.Serialization.FlexBuffers;
using static Lce.Tests.Serialization.FlexBuffers.ExpectedBytes;

namespace Lce.Tests.Serialization.FlexBuffers;

/// <summary>Hand-made malformed buffers: each is rejected with the format exception at the right byte.</summary>
public class ReaderMalformedTests
{
    private static FlexBufferFormatException Rejects(byte[] bytes, Func<FlexReference, object?> read)
    {
        Assert.False(FlexBufferReader.TryValidate(bytes, out var validateError));
        Assert.NotNull(validateError);
        return Assert.Throws<FlexBufferFormatException>(() => read(FlexBufferReader.GetRoot(bytes)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0401")]
    [InlineData("00 04 03")]      // root width 3
    [InlineData("00 04 00")]      // root width 0
    [InlineData("00 04 08")]      // an 8-byte slot in 3 bytes
    public void BadTrailersAreRejected(string hex)
    {
        var bytes = Hex(hex);
        Assert.Throws<FlexBufferFormatException>(() => FlexBufferReader.GetRoot(bytes));
        Assert.False(FlexBufferReader.TryValidate(bytes, out _));
    }

    [Fact]
    public void OffsetsPointingBeforeTheBufferAreRejected()
    {
        var e = Rejects(Hex("FF 14 01"), r => r.AsString());       // STRING 255 bytes back from byte 0
        Assert.Equal(0, e.Offset);
        Assert.Contains("before the start", e.Message);
    }

    [Fact]
    public void ChildrenMustEndBeforeTheSlotReferringToThem()
    {
        // A string whose length (5) runs into its own offset slot at byte 3.
        var e = Rejects(Hex("05 61 62 02 14 01"), r => r.AsString());
        Assert.Equal(1, e.Offset);
        // An indirect 32-bit int at byte 0 whose 4 bytes overlap its slot at byte 2.
        Assert.Equal(0, Rejects(Hex("00 01 02 1A 01"), r => r.AsInt64()).Offset);
    }

    [Fact]
    public void AVectorContainingItselfIsRejectedInsteadOfLooping()
    {
        // Length 1 at 0; its only slot (byte 1) holds offset 0, i.e. the vector itself; type VECTOR.
        // Root at 3: offset 2 back to byte 1, VECTOR|W8.
        var bytes = Hex("01 00 28 02 28 01");
        var outer = FlexBufferReader.GetRoot(bytes).AsVector();
        Assert.Equal(1, outer.Count);
        var e = Assert.Throws<FlexBufferFormatException>(() => outer[0].AsVector());
        Assert.Equal(1, e.Offset);
        Assert.False(FlexBufferReader.TryValidate(bytes, out _));
    }

    [Fact]
    public void MapsWithABadKeyWidthOrMismatchedCountsAreRejected()
    {
        var good = FlexBufferIntMap.Encode(("a", 1), ("b", 2));
        Assert.True(FlexBufferReader.TryValidate(good, out _));
        // Layout: "a\0b\0" | 02 k0 k1 | keys-offset, key width, length | values | types | root.
        int keyWidth = good.Length - 3 - 2 - 2 - 2;
        Assert.Equal(1, good[keyWidth]);
        var badWidth = (byte[])good.Clone();
        badWidth[keyWidth] = 3;
        Assert.Contains("keys byte width 3", Rejects(badWidth, r => r.AsMap()).Message);
        var badCount = (byte[])good.Clone();
        badCount[keyWidth + 1] = 1;
        Assert.Contains("2 keys but 1 values", Rejects(badCount, r => r.AsMap()).Message);
    }

    [Fact]
    public void UnknownTypeCodesReadAsOpaqueValuesButFailValidation()
    {
        var bytes = Hex("07 6C 01"); // type 27
        var r = FlexBufferReader.GetRoot(bytes);
        Assert.Equal((FlexBufferType)27, r.Type);
        Assert.Equal(0, r.AsInt64());
        Assert.Equal("", r.AsString());
        Assert.Contains("unknown type code 27", Assert.Throws<FlexBufferFormatException>(() => FlexBufferReader.Validate(bytes)).Message);
    }

    [Fact]
    public void ValidationLimitsNestingDepth()
    {
        var b = new FlexBufferBuilder();
        var starts = new Stack<int>();
        for (int i = 0; i < 70; i++) starts.Push(b.StartVector());
        while (starts.Count > 0) b.EndVector(starts.Pop());
        b.Finish();
        var bytes = b.GetBuffer();
        Assert.Contains("nested", Assert.Throws<FlexBufferFormatException>(() => FlexBufferReader.Validate(bytes)).Message);
        FlexBufferReader.Validate(bytes, maxDepth: 100);
    }

    [Fact]
    public void SharedValuesAreValidatedOnceSoDeepSharingStaysCheap()
    {
        // Level k is a vector holding level k-1 twice (by reference): 2^60 paths through 60
        // containers. The outer vector keeps every level so that one root remains.
        var b = new FlexBufferBuilder();
        int outer = b.StartVector();
        b.Int(1);
        for (int level = 0; level < 60; level++)
        {
            var previous = b.LastValue();
            int start = b.StartVector();
            b.ReuseValue(previous);
            b.ReuseValue(previous);
            b.EndVector(start);
        }
        b.EndVector(outer);
        b.Finish();
        var bytes = b.GetBuffer();
        FlexBufferReader.Validate(bytes, maxDepth: 100);
        AccessorWalk.Run(FlexBufferReader.GetRoot(bytes));
        var top = FlexBufferReader.GetRoot(bytes).AsVector()[60];
        for (int level = 0; level < 60; level++) top = top.AsVector()[1];
        Assert.Equal(1, top.AsInt32());
    }
}
