namespace Lce.Dialects.Lq;

using Lce.IR;
using static Lce.Dialects.Lq.LqVerifiers;

/// <summary>
/// The channel arithmetic of lq.Bconv2d that LCE's kernel Prepare enforces, checked where
/// shapes are static: the input holds ⌈channels_in/32⌉ words; the filter (f32 OHWI, or i32
/// bitpacked) divides the input channels into groups whose size is a multiple of 32 when
/// there is more than one; the output has filter.dim0 channels (⌈·/32⌉ words when bitpacked);
/// per-channel multiplier, bias and thresholds have one entry per output channel.
/// </summary>
internal readonly struct BconvShapeCheck(Operation op)
{
    public bool Run()
    {
        long channelsIn = Int(op, "channels_in");
        var input = Ranked(0);
        var filter = Ranked(1);
        var output = op.GetResult(0).Type as RankedTensorType;
        if (input is { Rank: not 4 } || filter is { Rank: not 4 } || output is { Rank: not 4 })
            return Fail("expects 4-D input, filter and output (NHWC input/output, OHWI filter)");

        long inputWords = Bitpacking.PackedSize(channelsIn);
        if (input is not null && Static(input.Shape[3]) && input.Shape[3] != inputWords)
            return Fail($"input has {input.Shape[3]} channel words, but channels_in = {channelsIn} needs {inputWords}");

        long groups = 1;
        if (filter is not null && Static(filter.Shape[3]) && filter.Shape[3] > 0)
        {
            bool packedFilter = LqConstraints.IsI32(filter.ElementType);
            long perGroup = filter.Shape[3];
            long total = packedFilter ? inputWords : channelsIn;
            if (total % perGroup != 0)
                return Fail($"filter has {perGroup} input {(packedFilter ? "words" : "channels")} per group, which does not divide the " +
                    $"{total} input {(packedFilter ? "words" : "channels")}");
            groups = total / perGroup;
            if (groups > 1 && channelsIn / groups % 32 != 0)
                return Fail($"grouped binary convolution needs a multiple of 32 input channels per group, but has {channelsIn / groups}");
        }

        long channelsOut = filter is not null && Static(filter.Shape[0]) ? filter.Shape[0] : ShapedType.Dynamic;
        if (!Static(channelsOut)) return true;
        if (groups > 1 && channelsOut % groups != 0)
            return Fail($"{channelsOut} output channels do not split into {groups} groups");
        if (output is not null && Static(output.Shape[3]))
        {
            bool packedOutput = LqConstraints.IsI32(output.ElementType);
            long expected = packedOutput ? Bitpacking.PackedSize(channelsOut) : channelsOut;
            if (output.Shape[3] != expected)
                return Fail($"output has {output.Shape[3]} channel{(packedOutput ? " words" : "s")}, but the filter has {channelsOut} output channels" +
                    (packedOutput ? $" ({expected} words when bitpacked)" : ""));
        }
        return PerChannel(2, "post_activation_multiplier", channelsOut)
            && PerChannel(3, "post_activation_bias", channelsOut)
            && PerChannel(4, "output_threshold", channelsOut);
    }

    private bool PerChannel(int operand, string name, long channelsOut)
    {
        if (Ranked(operand) is not { } t) return true;
        if (t.Rank != 1) return Fail($"'{name}' must be 1-D with one value per output channel, but has type '{t}'");
        if (Static(t.Shape[0]) && t.Shape[0] != channelsOut)
            return Fail($"'{name}' has {t.Shape[0]} values, but there are {channelsOut} output channels");
        return true;
    }

    private RankedTensorType? Ranked(int operand) => op.GetOperand(operand).Type as RankedTensorType;

    private bool Fail(string message)
    {
        op.EmitOpError(message);
        return false;
    }
}
