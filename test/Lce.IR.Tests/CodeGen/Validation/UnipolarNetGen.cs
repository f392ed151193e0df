using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;

namespace Lce.Tests.CodeGen.Validation;

/// <summary>
/// FsCheck generation of <see cref="BinaryNet"/>s whose binary convolutions mostly take {0, 1}
/// activations (the three unipolar forms), with VALID or SAME padding, strides, dilations (also
/// as SpaceToBatchND chains), a grouped first conv, odd and multi-word channel counts, batch norm
/// and ReLU after them, and sometimes a ±1 conv after one (so a unipolar conv feeds a bipolar
/// one). Every tf.Conv2D printed is binary and meant to become lq.Bconv2d on both targets: the
/// bipolar ones use VALID or same-one padding only. Shrinking is <see cref="BinaryNetGen"/>'s,
/// except that it keeps the unipolar quantizers unipolar.
/// </summary>
public static class UnipolarNetGen
{
    public static readonly SignForm[] Forms = [SignForm.Heaviside, SignForm.DoReFa, SignForm.HalfSign];

    public static Arbitrary<BinaryNet> Arbitrary => Arb.From(Gen(bipolar: true), Shrink);

    /// <summary>
    /// Networks with unipolar convs only: prepare's bipolar rewrite leaves its filter as tf.Div and
    /// tf.Transpose for canonicalization to fold, which the executor cannot take as a Bconv2d filter.
    /// </summary>
    public static Arbitrary<BinaryNet> UnipolarOnly =>
        Arb.From(Gen(bipolar: false), net => Shrink(net).Where(n => n.Layers.All(l => l is not BinaryConv b || BinaryNetPrinter.IsUnipolar(b.Sign))));

    public static Gen<BinaryNet> Gen(bool bipolar) =>
        from seed in FsCheck.Fluent.Gen.Choose(0, int.MaxValue)
        select Build(new Random(seed), bipolar);

    public static BinaryNet Build(Random r, bool bipolar = true)
    {
        int h = r.Next(2, 8), w = r.Next(2, 8), c = Channels(r);
        var layers = ImmutableArray.CreateBuilder<NetLayer>();
        // Sometimes a grouped unipolar conv first: 64 input channels, 2 groups of 32.
        if (r.Next(8) == 0)
        {
            c = 64;
            layers.Add(Unipolar(r) with { Groups = 2, OutChannels = 2 * r.Next(1, 4) });
        }
        int count = r.Next(1, 5);
        for (int i = 0; i < count; i++)
        {
            int roll = r.Next(10);
            if (roll < 5 || i == 0) layers.Add(Unipolar(r));
            else if (roll < 7) layers.Add(new BatchNorm(r.Next()));
            else if (roll == 7 || !bipolar) layers.Add(new Relu());
            else layers.Add(new BinaryConv(r.Next(2) == 0 ? SignForm.SelectV2 : SignForm.LegacySign, Channels(r), r.Next(1, 4), r.Next(1, 3), 1,
                r.Next(2) == 0 ? ConvPadding.Valid : ConvPadding.SameOne, r.Next(2) == 0, r.Next()));
        }
        return new BinaryNet(h, w, c, layers.ToImmutable(), false, r.Next(), Batch: r.Next(5) == 0 ? 2 : 1);
    }

    /// <summary>Mostly few channels (odd counts included), sometimes more than one 32-bit word.</summary>
    private static int Channels(Random r) => r.Next(6) == 0 ? r.Next(30, 42) : r.Next(1, 9);

    private static BinaryConv Unipolar(Random r)
    {
        int stride = r.Next(1, 3), dilation = r.Next(4) == 0 ? 2 : 1;
        return new BinaryConv(Forms[r.Next(Forms.Length)], Channels(r), r.Next(1, 4), stride, dilation,
            r.Next(2) == 0 ? ConvPadding.Valid : ConvPadding.SameZero, r.Next(2) == 0, r.Next(),
            SpaceToBatch: dilation > 1 && stride == 1 && r.Next(2) == 0);
    }

    public static IEnumerable<BinaryNet> Shrink(BinaryNet net) =>
        BinaryNetGen.Shrink(net).Where(n => n.Layers.Length < net.Layers.Length || UnipolarCount(n) == UnipolarCount(net));


    private static int UnipolarCount(BinaryNet net) => net.Layers.Count(l => l is BinaryConv b && BinaryNetPrinter.IsUnipolar(b.Sign));
}
