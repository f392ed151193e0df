using Lce.Dialects.Tfl;
using Lce.IR;
using Lce.Serialization.CustomOptions;
using Lce.Transforms.Larq.LegalizeLce;

namespace Lce.Transforms.Larq.TranslateTfl;

/// <summary>What a `tfl.custom` with an LCE code translates to: the lq op name and its properties.</summary>
internal sealed record LqOpDescription(string OpName, IReadOnlyList<NamedAttribute> Properties);

/// <summary>
/// Reads a `tfl.custom` as the lq op it encodes (LCE's TranslateToLCEPattern), checking what
/// LCE takes on trust: the operand and result counts of the lq op, and options that decode
/// strictly (<see cref="Bconv2dOptions.Decode"/>). LCE ignores the options of Quantize and
/// Dequantize, and so does this.
/// </summary>
internal static class LceCustomOpReader
{
    /// <summary>
    /// Null when the op is not an LCE custom op (another code, or no code at all); otherwise the
    /// description, or the reason it cannot be translated in <paramref name="error"/>.
    /// </summary>
    public static LqOpDescription? Read(Operation custom, out string? error)
    {
        error = null;
        if (custom.GetAttr("custom_code") is not StringAttr code || LqCustomOps.OpNameOf(code.Value) is not { } name) return null;
        int operands = name == LqCustomOps.Bconv2d ? 5 : 1;
        if (custom.NumOperands != operands || custom.NumResults != 1)
        {
            error = $"{code.Value} takes {operands} operand{(operands == 1 ? "" : "s")} and 1 result, but the op has " +
                    $"{custom.NumOperands} operand{(custom.NumOperands == 1 ? "" : "s")} and {custom.NumResults} result{(custom.NumResults == 1 ? "" : "s")}";
            return null;
        }
        var ctx = custom.Context;
        if (name is LqCustomOps.Quantize or LqCustomOps.Dequantize) return new LqOpDescription(name, []);
        if (custom.GetAttr("custom_option") is not ConstBytesAttr bytes)
        {
            error = $"{code.Value} needs its options in a 'custom_option' #tfl<const_bytes> attribute";
            return null;
        }
        var memory = bytes.ToArray().AsMemory();
        if (name == LqCustomOps.Bconv2d)
            return Bconv2dOptions.TryDecode(memory, out var conv, out error) ? new LqOpDescription(name, LqCustomOps.Properties(ctx, conv!)) : null;
        return BMaxPool2dOptions.TryDecode(memory, out var pool, out error) ? new LqOpDescription(name, LqCustomOps.Properties(ctx, pool!)) : null;
    }
}
