namespace Lce.Dialects.Tfl;

using Lce.IR;

/// <summary>
/// `#tfl&lt;const_bytes : "0x0A1B"&gt;`: raw bytes held by an attribute (TFL's ConstBytesAttr), used
/// for the options of `tfl.custom`. Printed as uppercase hex after `0x` (`"0x"` when empty);
/// with `--mlir-elide-elementsattrs-if-larger=N` and more than N bytes it prints `"__elided__"`.
/// </summary>
public sealed class ConstBytesAttr : DialectAttribute
{
    public const string Mnemonic = "const_bytes";

    private readonly Dialect _dialect;
    private readonly byte[] _bytes;
    public override Dialect Dialect => _dialect;

    /// <summary>The held bytes.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes;
    public int Length => _bytes.Length;

    private ConstBytesAttr(Dialect dialect, byte[] bytes) { _dialect = dialect; _bytes = bytes; }

    /// <summary>The attribute holding a copy of <paramref name="bytes"/> (registers the tfl dialect if needed).</summary>
    public static ConstBytesAttr Get(IRContext ctx, ReadOnlySpan<byte> bytes) =>
        ctx.Intern(new ConstBytesAttr(TflDialect.Of(ctx), bytes.ToArray()));

    /// <summary>A copy of the held bytes.</summary>
    public byte[] ToArray() => _bytes.ToArray();

    /// <summary>The quoted body text without the quotes: `0x` followed by uppercase hex digits.</summary>
    public string HexText => "0x" + Convert.ToHexString(_bytes);

    /// <summary>`&lt;const_bytes : "0x..."&gt;`, the text after `#tfl`.</summary>
    internal string Body(PrinterFlags flags)
    {
        bool elide = flags.ElideElementsAttrsIfLarger is { } limit && limit < _bytes.Length;
        return $"<{Mnemonic} : \"{(elide ? "__elided__" : HexText)}\">";
    }

    /// <summary>
    /// The bytes of the attribute's string: after `0x`, pairs of hex digits decoded as absl's
    /// HexStringToBytes does (leniently: a non-hex digit counts as 0 and an odd last digit is
    /// dropped); any other string is taken byte for byte.
    /// </summary>
    public static byte[] DecodeString(ReadOnlySpan<byte> text)
    {
        if (text.Length < 2 || text[0] != '0' || text[1] != 'x') return text.ToArray();
        var hex = text[2..];
        var bytes = new byte[hex.Length / 2];
        for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)(LenientHex(hex[2 * i]) << 4 | LenientHex(hex[2 * i + 1]));
        return bytes;
    }

    private static int LenientHex(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => 0,
    };

    public override bool Equals(object? o) => o is ConstBytesAttr a && a._bytes.AsSpan().SequenceEqual(_bytes);

    protected override int ComputeHash()
    {
        var h = new HashCode();
        h.Add(951);
        h.AddBytes(_bytes);
        return h.ToHashCode();
    }
}
