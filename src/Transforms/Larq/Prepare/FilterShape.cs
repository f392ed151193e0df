using Lce.IR;

namespace Lce.Transforms.Larq.Prepare;

/// <summary>
/// LCE's check that a binary convolution's filter fits its input (prepare_tf.cc
/// HasValidFilterShape): the filter's input channels (HWIO dimension 2) must divide the total
/// input channels, and when that makes several groups, each group's channel count must be a
/// multiple of the 32-bit bitpacking word. A violation is a user error, reported at the
/// filter's location with LCE's text (including its trailing newline), and the convolution is
/// left as it is.
/// </summary>
public static class FilterShape
{
    /// <summary>compute_engine::core::bitpacking_bitwidth.</summary>
    public const int BitpackingBitwidth = 32;

    /// <summary>
    /// LCE's error for <paramref name="totalInputChannels"/> input channels convolved with a
    /// filter of <paramref name="filterInputChannels"/> (&gt; 0) input channels; null when valid.
    /// </summary>
    public static string? Error(long totalInputChannels, long filterInputChannels)
    {
        if (totalInputChannels % filterInputChannels != 0)
            return $"Filter dimensions invalid: the number of filter input channels {filterInputChannels} " +
                $"does not divide the total number of input channels {totalInputChannels}\n";
        long groups = totalInputChannels / filterInputChannels;
        if (groups > 1 && filterInputChannels % BitpackingBitwidth != 0)
            return "Invalid binary grouped convolution: the number of input channels per-group must be a multiple of " +
                $"{BitpackingBitwidth}, but is {filterInputChannels}\n";
        return null;
    }

    /// <summary>
    /// The native: whether the filter value (a rank-4 tensor with a positive static dimension 2)
    /// fits <paramref name="channelsIn"/> total input channels. Otherwise the error is emitted at
    /// the filter's location (once per pass run, see <see cref="OnceDiagnostics"/>) and the
    /// answer is false. A filter of another shape is simply not a match.
    /// </summary>
    public static bool HasValidFilterShape(IRContext ctx, IntegerAttr channelsIn, Value filter)
    {
        if (filter.Type is not RankedTensorType { Rank: >= 2 } type) return false;
        long filterInputChannels = type.Shape[^2];
        if (filterInputChannels <= 0) return false;
        if (Error(channelsIn.Int64, filterInputChannels) is not { } message) return true;
        OnceDiagnostics.EmitError(ctx, LocationOf(filter), message);
        return false;
    }

    /// <summary>Value::getLoc: the defining op's location, or the block argument's.</summary>
    public static Location LocationOf(Value v) => v switch
    {
        OpResult r => r.Owner.Location,
        BlockArgument a => a.Location,
        _ => throw new ArgumentException("unknown value kind", nameof(v)),
    };
}
