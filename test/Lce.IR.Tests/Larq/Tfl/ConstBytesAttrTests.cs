namespace Lce.Tests.Larq.Tfl;

using FsCheck;
using FsCheck.Fluent;
using Lce.Dialects;
using Lce.Dialects.Tfl;
using Lce.IR;
using Lce.IR.Parsing;
using Lce.IR.Printing;

/// <summary>`#tfl&lt;const_bytes : "0x..."&gt;`: printing, parsing and the C# API agree on the bytes.</summary>
public sealed class ConstBytesAttrTests
{
    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(500);

    private static readonly Arbitrary<byte[]> Bytes =
        Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf().ToArbitrary();

    [Fact]
    public void PrintsUppercaseHexAndParsesBackToTheSameAttribute() =>
        Prop.ForAll(Bytes, bytes =>
        {
            var ctx = StandardDialects.CreateContext();
            var attr = ConstBytesAttr.Get(ctx, bytes);
            var text = attr.ToString();
            Assert.Equal($"#tfl<const_bytes : \"0x{Convert.ToHexString(bytes)}\">", text);
            var parsed = MlirParser.ParseAttribute(ctx, text);
            Assert.Same(attr, parsed);
            Assert.Equal(bytes, ((ConstBytesAttr)parsed).ToArray());
        }).Check(Many);

    [Fact]
    public void LowercaseHexAndPlainStringsDecodeToTheirBytes() =>
        Prop.ForAll(Bytes, bytes =>
        {
            var ctx = StandardDialects.CreateContext();
            var lower = (ConstBytesAttr)MlirParser.ParseAttribute(ctx, $"#tfl<const_bytes : \"0x{Convert.ToHexString(bytes).ToLowerInvariant()}\">");
            Assert.Equal(bytes, lower.ToArray());
            // Any string not starting with "0x" is taken byte for byte (escaped here as \XX).
            var escaped = string.Concat(bytes.Select(b => $"\\{b:X2}"));
            var plain = (ConstBytesAttr)MlirParser.ParseAttribute(ctx, $"#tfl<const_bytes : \"{escaped}\">");
            bool looksHex = bytes.Length >= 2 && bytes[0] == '0' && bytes[1] == 'x';
            if (!looksHex) Assert.Equal(bytes, plain.ToArray());
        }).Check(Many);

    [Fact]
    public void EmptyBytesPrintAsBareHexPrefix()
    {
        var ctx = StandardDialects.CreateContext();
        Assert.Equal("#tfl<const_bytes : \"0x\">", ConstBytesAttr.Get(ctx, []).ToString());
        Assert.Equal("0x", ConstBytesAttr.Get(ctx, []).HexText);
        Assert.Equal(0, ((ConstBytesAttr)MlirParser.ParseAttribute(ctx, "#tfl<const_bytes : \"0x\">")).Length);
    }

    [Fact]
    public void HexDecodingIsLenientLikeAbsl()
    {
        // A non-hex digit counts as 0; an odd trailing digit is dropped.
        Assert.Equal(new byte[] { 0x01, 0xA0 }, ConstBytesAttr.DecodeString("0xZ1aG"u8));
        Assert.Equal(new byte[] { 0xAB }, ConstBytesAttr.DecodeString("0xABC"u8));
        Assert.Equal("0X12"u8.ToArray(), ConstBytesAttr.DecodeString("0X12"u8));
    }

    [Fact]
    public void EqualBytesAreOneInternedAttribute()
    {
        var ctx = StandardDialects.CreateContext();
        Assert.Same(ConstBytesAttr.Get(ctx, [1, 2, 3]), ConstBytesAttr.Get(ctx, new byte[] { 1, 2, 3 }));
        Assert.NotSame(ConstBytesAttr.Get(ctx, [1, 2, 3]), ConstBytesAttr.Get(ctx, [1, 2]));
    }

    [Fact]
    public void LargeBytesAreElidedWhenAsked()
    {
        var ctx = StandardDialects.CreateContext();
        var flags = PrinterFlags.Default with { ElideElementsAttrsIfLarger = 2 };
        Assert.Equal("#tfl<const_bytes : \"__elided__\">", Print(ConstBytesAttr.Get(ctx, [1, 2, 3]), flags));
        Assert.Equal("#tfl<const_bytes : \"0x0102\">", Print(ConstBytesAttr.Get(ctx, [1, 2]), flags));
    }

    private static string Print(IRAttribute attr, PrinterFlags flags)
    {
        var sb = new System.Text.StringBuilder();
        new AttrTypePrinter(sb, flags, null).PrintAttribute(attr);
        return sb.ToString();
    }

    [Theory]
    [InlineData("#tfl<const_bytes \"0x\">", "expected ':'")]
    [InlineData("#tfl<const_bytes : 0x00>", "expected string")]
    [InlineData("#tfl<const_bytes : \"0x\" x>", "expected '>'")]
    [InlineData("#tfl<other : \"0x\">", "unknown attribute `other` in dialect `tfl`")]
    public void MalformedBodiesAreDiagnosed(string text, string message)
    {
        var ctx = StandardDialects.CreateContext();
        var parsed = MlirParser.TryParseAttribute(ctx, text, out var diag);
        Assert.Null(parsed);
        Assert.Contains(message, diag!.Message);
    }
}
