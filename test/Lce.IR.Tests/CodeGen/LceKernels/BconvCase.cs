using FsCheck;
using FsCheck.Fluent;
using Lce.CodeGen.Reference;
using Lce.Dialects.Lq;

namespace Lce.Tests.CodeGen.LceKernels;

/// <summary>
/// A random binary convolution: shapes, options and a data seed. The ±1 input
/// <c>[N,H,W,Cin]</c> and OHWI filter <c>[Cout,Fh,Fw,Cin/groups]</c>, the multipliers and the
/// biases are drawn from the seed, so a failing case prints everything needed to replay it.
/// </summary>
public sealed record BconvCase(
    int Batches, int Height, int Width, int ChannelsIn, int Groups, int ChannelsOut,
    int FilterHeight, int FilterWidth, int StrideHeight, int StrideWidth, int DilationHeight, int DilationWidth,
    LcePadding Padding, int PadValue, Bconv2dActivation Activation, int Seed)
{
    public int ChannelsPerGroup => ChannelsIn / Groups;
    public int BacktransformAdd => FilterHeight * FilterWidth * ChannelsPerGroup;
    public bool SameZero => Padding == LcePadding.Same && PadValue == 0;

    public Bconv2dParams Params => new(ChannelsIn, StrideHeight, StrideWidth, DilationHeight, DilationWidth, Padding, PadValue, Activation);

    /// <summary>The activation's name as the converter spells it (for the threshold computation).</summary>
    public string ActivationName => Activation switch
    {
        Bconv2dActivation.Relu => "RELU",
        Bconv2dActivation.Relu6 => "RELU6",
        Bconv2dActivation.ReluN1To1 => "RELU_N1_TO_1",
        _ => "NONE",
    };

    /// <summary>Cases with 1..130 channels for one group, or 2..4 groups of 32 or 64 channels.</summary>
    public static Gen<BconvCase> Gen(bool evenChannels = false) =>
        from grouped in FsCheck.Fluent.Gen.Elements(false, false, false, true)
        from groups in grouped ? FsCheck.Fluent.Gen.Choose(2, 4) : FsCheck.Fluent.Gen.Constant(1)
        from cin in grouped ? FsCheck.Fluent.Gen.Choose(1, 2).Select(k => 32 * k * groups) : FsCheck.Fluent.Gen.Choose(1, 130).Select(c => evenChannels ? c + c % 2 : c)
        from coutPerGroup in FsCheck.Fluent.Gen.Choose(1, grouped ? 12 : 40)
        from n in FsCheck.Fluent.Gen.Choose(1, 2)
        from h in FsCheck.Fluent.Gen.Choose(1, 7)
        from w in FsCheck.Fluent.Gen.Choose(1, 7)
        from fh in FsCheck.Fluent.Gen.Choose(1, 3)
        from fw in FsCheck.Fluent.Gen.Choose(1, 3)
        from sh in FsCheck.Fluent.Gen.Choose(1, 3)
        from sw in FsCheck.Fluent.Gen.Choose(1, 3)
        from dh in FsCheck.Fluent.Gen.Choose(1, 3)
        from dw in FsCheck.Fluent.Gen.Choose(1, 3)
        from padding in FsCheck.Fluent.Gen.Elements(LcePadding.Same, LcePadding.Same, LcePadding.Valid)
        from padValue in FsCheck.Fluent.Gen.Choose(0, 1)
        from act in FsCheck.Fluent.Gen.Elements(Bconv2dActivation.None, Bconv2dActivation.Relu, Bconv2dActivation.Relu6, Bconv2dActivation.ReluN1To1)
        from seed in FsCheck.Fluent.Gen.Choose(int.MinValue, int.MaxValue)
        select new BconvCase(n, h, w, cin, groups, coutPerGroup * groups, fh, fw, sh, sw, dh, dw, padding, padValue, act, seed);

    public static Config Cases(int n) => Config.QuickThrowOnFailure.WithMaxTest(n);

    /// <summary>The random data of the case.</summary>
    public BconvData Data()
    {
        var rng = new Random(Seed);
        var input = new float[Batches * Height * Width * ChannelsIn];
        for (int i = 0; i < input.Length; i++) input[i] = rng.Next(2) == 0 ? 1f : -1f;
        var filter = new float[ChannelsOut * FilterHeight * FilterWidth * ChannelsPerGroup];
        for (int i = 0; i < filter.Length; i++) filter[i] = rng.Next(2) == 0 ? 1f : -1f;
        var m = new float[ChannelsOut];
        var b = new float[ChannelsOut];
        float spread = MathF.Sqrt(BacktransformAdd) + 1;
        for (int c = 0; c < ChannelsOut; c++)
        {
            m[c] = rng.Next(8) switch
            {
                0 => 0f,
                1 => (float)-(0.05 + 2 * rng.NextDouble()),
                _ => (float)((rng.Next(3) == 0 ? -1 : 1) * (0.05 + 2 * rng.NextDouble())),
            };
            b[c] = (float)((2 * rng.NextDouble() - 1) * spread * Math.Max(Math.Abs(m[c]), 0.5));
        }
        return new BconvData(input, filter, m, b);
    }
}

/// <summary>±1 input and filter as floats, and the post-activation multipliers and biases.</summary>
public sealed record BconvData(float[] Input, float[] Filter, float[] Multipliers, float[] Biases)
{
    public int[] PackedInput(BconvCase c) => Bitpacking.PackF32(Input, c.ChannelsIn);

    public int[] PackedFilter(BconvCase c) => Bitpacking.PackF32(Filter, c.ChannelsPerGroup);

    public int[] PackedInputShape(BconvCase c) => [c.Batches, c.Height, c.Width, Bitpacking.PackedSize(c.ChannelsIn)];

    public int[] PackedFilterShape(BconvCase c) => [c.ChannelsOut, c.FilterHeight, c.FilterWidth, Bitpacking.PackedSize(c.ChannelsPerGroup)];
}
