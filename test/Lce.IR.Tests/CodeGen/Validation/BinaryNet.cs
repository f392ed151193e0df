using System.Collections.Immutable;

namespace Lce.Tests.CodeGen.Validation;

/// <summary>
/// A small binarized network in the tf dialect, as a structured description that FsCheck
/// generates and shrinks and <see cref="BinaryNetPrinter"/> prints as IR. The layers act in
/// order on one NHWC float tensor; a layer that does not fit the shape it gets (after shrinking)
/// is left out of the printed IR. Every value is dyadic (weights ±2^e, batch-norm factors ±2^e or
/// 0, offsets k/8, inputs k/8), so the float arithmetic of the original and of the converted
/// network is exact and any difference is a translation error, not rounding.
/// </summary>
public sealed record BinaryNet(int Height, int Width, int Channels, ImmutableArray<NetLayer> Layers, bool Head, int InputSeed, int Batch = 1)
{
    public override string ToString() =>
        $"BinaryNet {Batch}x{Height}x{Width}x{Channels}, head {Head}, input seed {InputSeed}: [{string.Join(", ", Layers)}]";
}

/// <summary>The forms of Larq's sign quantizer that LCE's prepare pass recognises.</summary>
public enum SignForm
{
    /// <summary>select_v2(x >= 0, 1, -1) (larq's ste_sign as tf.where).</summary>
    SelectV2,
    /// <summary>select_v2(x &lt; 0, -1, 1): the inverted select, with the condition negated by prepare.</summary>
    SelectV2Inverted,
    /// <summary>select(x >= 0, 1, -1) with full-shape constants (tf.Select, v1).</summary>
    SelectV1,
    /// <summary>sign(sign(x) + 0.1), the legacy ste_sign.</summary>
    LegacySign,
    /// <summary>select_v2(x >= t, 1, -1) with a non-zero threshold t (optimize turns it into sign(x - t)).</summary>
    Threshold,
    /// <summary>select_v2(t &lt;= x, 1, -1) with t = -0.25 (optimize swaps it into x >= t first).</summary>
    LessEqualSwapped,
    /// <summary>Larq's SteHeaviside as exported: clip(x, -1, 1), sign(relu(.)), a custom-gradient IdentityN. Values {0, 1}.</summary>
    Heaviside,
    /// <summary>Larq's DoReFa with k_bit = 1: round(clip(x, 0, 1) * 1) / 1, then the custom-gradient IdentityN. Values {0, 1}.</summary>
    DoReFa,
    /// <summary>0.5 * sign(x - 0.5) + 0.5: values {0, 1}, and 0.5 where x == 0.5.</summary>
    HalfSign,
}

/// <summary>VALID, SAME with zeros (tf.Conv2D SAME), SAME with ones (tf.PadV2 1.0 then VALID).</summary>
public enum ConvPadding { Valid, SameZero, SameOne }

public abstract record NetLayer;

/// <summary>
/// A binary convolution: the sign quantizer, then tf.Conv2D with ±1 weights times a per-output
/// channel factor ±2^e (all 1 when not <paramref name="Scaled"/>). <paramref name="OutChannels"/>
/// 0 keeps the input's channel count (what a shortcut body needs). A grouped convolution needs
/// 32·k input channels per group (LCE's HasValidFilterShape); otherwise the layer does not fit.
/// <paramref name="SpaceToBatch"/> writes a dilated, stride-1, VALID or same-zero conv as
/// TensorFlow does: SpaceToBatchND → Conv2D → BatchToSpaceND (prepare's dilated-conv rewrite).
/// </summary>
public sealed record BinaryConv(SignForm Sign, int OutChannels, int Kernel, int Stride, int Dilation, ConvPadding Padding,
    bool Scaled, int WeightSeed, int Groups = 1, bool SpaceToBatch = false) : NetLayer
{
    public override string ToString() =>
        $"BinaryConv({Sign}, out {(OutChannels == 0 ? "same" : OutChannels)}, {Kernel}x{Kernel}, stride {Stride}, dilation {Dilation}" +
        $"{(SpaceToBatch ? " as space-to-batch" : "")}, {Padding}{(Scaled ? ", scaled" : "")}{(Groups > 1 ? $", {Groups} groups" : "")}, seed {WeightSeed})";
}

/// <summary>A float convolution (weights k/4), VALID or SAME.</summary>
public sealed record FloatConv(int OutChannels, int Kernel, bool Same, int WeightSeed) : NetLayer;

/// <summary>Batch norm as TF exports it folded: tf.Mul by ±2^e (sometimes 0) per channel, then tf.AddV2 of k/8.</summary>
public sealed record BatchNorm(int Seed) : NetLayer;

public sealed record Relu : NetLayer;

public sealed record MaxPool(int Size, int Stride, bool Same) : NetLayer;

/// <summary>x + body(x); printed without the add when the body changes the shape.</summary>
public sealed record Shortcut(ImmutableArray<NetLayer> Body) : NetLayer
{
    public override string ToString() => $"Shortcut[{string.Join(", ", Body)}]";
}
