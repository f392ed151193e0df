using FsCheck;
using FsCheck.Fluent;
using Lce.CodeGen.Reference;

namespace Lce.Tests.CodeGen.Jit;

public enum JitOutputKind { Raw, Float, Int8, Bitpacked }

/// <summary>
/// A random Bconv2d layer for the JIT back ends: 1..600 input channels (any count, not only
/// multiples of 32), groups of 32·k channels, 1..7 filters, strides, dilations, SAME/VALID with
/// both pad values, every output kind and activation; random packed words and parameters. Spatial
/// sizes shrink when a case would take the reference kernel too long (tests stay in seconds).
/// </summary>
public sealed record JitLayerCase(
    int Batches, int Height, int Width, int ChannelsIn, int Groups, int ChannelsOut, int FilterHeight, int FilterWidth,
    int StrideHeight, int StrideWidth, int DilationHeight, int DilationWidth, LcePadding Padding, int PadValue,
    Bconv2dActivation Activation, JitOutputKind Output, int Seed)
{
    public Bconv2dParams Params => new(ChannelsIn, StrideHeight, StrideWidth, DilationHeight, DilationWidth, Padding, PadValue, Activation);

    public int InputWords => (ChannelsIn + 31) / 32;

    public int GroupWords => InputWords / Groups;

    public static Gen<JitLayerCase> Gen(long workBudget) =>
        from grouped in FsCheck.Fluent.Gen.Elements(false, false, false, true)
        from groups in grouped ? FsCheck.Fluent.Gen.Choose(2, 5) : FsCheck.Fluent.Gen.Constant(1)
        from cin in grouped ? FsCheck.Fluent.Gen.Choose(1, 3).Select(k => 32 * k * groups) : FsCheck.Fluent.Gen.Choose(1, 600)
        from coutPerGroup in FsCheck.Fluent.Gen.OneOf(FsCheck.Fluent.Gen.Choose(1, 40), FsCheck.Fluent.Gen.Choose(1, 600 / groups))
        from n in FsCheck.Fluent.Gen.Choose(1, 2)
        from h in FsCheck.Fluent.Gen.Choose(1, 9)
        from w in FsCheck.Fluent.Gen.Choose(1, 9)
        from fh in FsCheck.Fluent.Gen.Choose(1, 7)
        from fw in FsCheck.Fluent.Gen.Choose(1, 7)
        from sh in FsCheck.Fluent.Gen.Choose(1, 3)
        from sw in FsCheck.Fluent.Gen.Choose(1, 3)
        from dh in FsCheck.Fluent.Gen.Choose(1, 3)
        from dw in FsCheck.Fluent.Gen.Choose(1, 3)
        from padding in FsCheck.Fluent.Gen.Elements(LcePadding.Same, LcePadding.Same, LcePadding.Valid)
        from padValue in FsCheck.Fluent.Gen.Choose(0, 1)
        from act in FsCheck.Fluent.Gen.Elements(Bconv2dActivation.None, Bconv2dActivation.Relu, Bconv2dActivation.Relu6, Bconv2dActivation.ReluN1To1)
        from output in FsCheck.Fluent.Gen.Elements(JitOutputKind.Raw, JitOutputKind.Float, JitOutputKind.Int8, JitOutputKind.Bitpacked)
        from seed in FsCheck.Fluent.Gen.Choose(int.MinValue, int.MaxValue)
        select Fit(new JitLayerCase(n, h, w, cin, groups, coutPerGroup * groups, fh, fw, sh, sw, dh, dw, padding,
            // the reference kernel needs an even channel count for same-zero padding
            padding == LcePadding.Same && padValue == 0 && cin % 2 != 0 ? 1 : padValue, act, output, seed), workBudget);

    /// <summary>Shrinks batch and spatial size until the reference work (outputs × taps × words) fits the budget.</summary>
    private static JitLayerCase Fit(JitLayerCase c, long budget)
    {
        while (c.Work > budget && (c.Height > 1 || c.Width > 1 || c.Batches > 1))
            c = c.Batches > 1 ? c with { Batches = 1 } : c.Height >= c.Width ? c with { Height = c.Height - 1 } : c with { Width = c.Width - 1 };
        return c;
    }

    private long Work => (long)Batches * Height * Width * ChannelsOut * FilterHeight * FilterWidth * GroupWords;

    public static Config Cases(int n) => Config.QuickThrowOnFailure.WithMaxTest(n);

    public (int[] Input, int[] Filter, Bconv2dGeometry Geometry) Data()
    {
        var rng = new Random(Seed);
        int[] inShape = [Batches, Height, Width, InputWords], fShape = [ChannelsOut, FilterHeight, FilterWidth, GroupWords];
        var g = Bconv2dGeometry.Create(Params, inShape, fShape);
        var input = Words(rng, Batches * Height * Width, InputWords, ChannelsIn);
        var filter = Words(rng, ChannelsOut * FilterHeight * FilterWidth, GroupWords, ChannelsIn / Groups);
        return (input, filter, g);
    }

    /// <summary>Random rows of packed words with LCE's zero padding bits past the channel count.</summary>
    private static int[] Words(Random rng, int rows, int words, int channels)
    {
        var w = new int[rows * words];
        for (int r = 0; r < rows; r++)
            for (int i = 0; i < words; i++)
            {
                int bits = Math.Min(32, channels - 32 * i);
                int v = rng.Next() ^ (rng.Next() << 16);
                w[r * words + i] = bits >= 32 ? v : v & (int)((1u << bits) - 1);
            }
        return w;
    }

    public Bconv2dOutputTransform Transform(Bconv2dGeometry g)
    {
        var rng = new Random(Seed ^ 0x5bd1e995);
        var m = new float[ChannelsOut];
        var b = new float[ChannelsOut];
        for (int c = 0; c < ChannelsOut; c++)
        {
            m[c] = (float)((rng.Next(2) == 0 ? -1 : 1) * (0.01 + 2 * rng.NextDouble()));
            b[c] = (float)((2 * rng.NextDouble() - 1) * g.BacktransformAdd);
        }
        bool int8 = Output == JitOutputKind.Int8;
        return Bconv2dOutputTransform.Create(m, b, g.BacktransformAdd, Activation, int8 ? 0.05f + rng.Next(400) / 10f : 1f, int8 ? rng.Next(-20, 20) : 0);
    }

    public int[] Thresholds(Bconv2dGeometry g)
    {
        var rng = new Random(Seed ^ 0x27d4eb2d);
        return [.. Enumerable.Range(0, ChannelsOut).Select(_ => rng.Next(-2, g.FilterHeight * g.FilterWidth * g.ChannelsPerGroup + 2) / (rng.Next(3) == 0 ? 1 : 2))];
    }
}
