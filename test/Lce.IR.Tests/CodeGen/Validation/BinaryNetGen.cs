using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;

namespace Lce.Tests.CodeGen.Validation;

/// <summary>
/// FsCheck generation and shrinking of <see cref="BinaryNet"/>s. Generation is procedural from a
/// seed (it follows the shape so most layers fit); shrinking works on the description: drop a
/// layer, unwrap a shortcut, drop the head, shrink the input, and simplify one layer at a time
/// (canonical sign form, VALID, stride and dilation 1, 1x1 kernel, fewer channels, unscaled),
/// so a counterexample prints as a few readable ops.
/// </summary>
public static class BinaryNetGen
{
    public static Arbitrary<BinaryNet> Arbitrary => Arb.From(Gen, Shrink);

    public static Gen<BinaryNet> Gen =>
        from seed in FsCheck.Fluent.Gen.Choose(0, int.MaxValue)
        select Build(new Random(seed));

    public static BinaryNet Build(Random r)
    {
        int h = r.Next(2, 8), w = r.Next(2, 8), c = Channels(r);
        var layers = ImmutableArray.CreateBuilder<NetLayer>();
        // Sometimes a grouped binary conv first: 64 input channels, 2 groups of 32.
        if (r.Next(10) == 0)
        {
            c = 64;
            layers.Add(Conv(r) with { Groups = 2, OutChannels = 2 * r.Next(1, 4), Padding = (ConvPadding)r.Next(3) });
        }
        int count = r.Next(1, 6);
        for (int i = 0; i < count; i++)
        {
            int roll = r.Next(10);
            bool afterPool = layers.Count > 0 && layers[^1] is MaxPool;
            bool afterPlainConv = layers.Count > 0 && layers[^1] is BinaryConv { Scaled: false, Padding: not ConvPadding.SameZero };
            if (roll < 4 || i == 0 || afterPool) layers.Add(Conv(r));
            else if (afterPlainConv && roll < 6) layers.Add(new Relu());
            else if (roll < 6) layers.Add(new BatchNorm(r.Next()));
            else if (roll == 6) layers.Add(new Relu());
            else if (roll == 7) layers.Add(new MaxPool(r.Next(1, 4), r.Next(1, 3), r.Next(2) == 0));
            else if (roll == 8) layers.Add(new FloatConv(Channels(r), r.Next(1, 4), r.Next(2) == 0, r.Next()));
            else layers.Add(Block(r));
        }
        return new BinaryNet(h, w, c, layers.ToImmutable(), r.Next(4) == 0, r.Next(), Batch: r.Next(5) == 0 ? 2 : 1);
    }

    /// <summary>Mostly few channels, sometimes more than one 32-bit word (odd counts included).</summary>
    private static int Channels(Random r) => r.Next(6) == 0 ? r.Next(30, 42) : r.Next(1, 9);

    private static BinaryConv Conv(Random r, bool keepShape = false)
    {
        var padding = keepShape ? (r.Next(2) == 0 ? ConvPadding.SameZero : ConvPadding.SameOne) : (ConvPadding)r.Next(3);
        int stride = keepShape ? 1 : r.Next(1, 3), dilation = r.Next(4) == 0 ? 2 : 1;
        return new BinaryConv((SignForm)r.Next(6), keepShape ? 0 : Channels(r), r.Next(1, 4), stride,
            dilation, padding, r.Next(2) == 0, r.Next(), SpaceToBatch: dilation > 1 && stride == 1 && r.Next(2) == 0);
    }

    /// <summary>A residual block: binary conv keeping the shape, then batch norm and/or relu.</summary>
    private static Shortcut Block(Random r)
    {
        var body = ImmutableArray.CreateBuilder<NetLayer>();
        body.Add(Conv(r, keepShape: true));
        if (r.Next(2) == 0) body.Add(new BatchNorm(r.Next()));
        if (r.Next(3) == 0) body.Add(new Relu());
        return new Shortcut(body.ToImmutable());
    }

    public static IEnumerable<BinaryNet> Shrink(BinaryNet net)
    {
        if (net.Head) yield return net with { Head = false };
        if (net.Batch > 1) yield return net with { Batch = 1 };
        foreach (var layers in ShrinkLayers(net.Layers))
            yield return net with { Layers = layers };
        if (net.Channels > 1) yield return net with { Channels = net.Channels > 8 ? 8 : net.Channels - 1 };
        if (net.Height > 1) yield return net with { Height = net.Height - 1 };
        if (net.Width > 1) yield return net with { Width = net.Width - 1 };
        if (net.InputSeed != 0) yield return net with { InputSeed = 0 };
    }

    private static IEnumerable<ImmutableArray<NetLayer>> ShrinkLayers(ImmutableArray<NetLayer> layers)
    {
        for (int i = 0; i < layers.Length; i++)
            yield return layers.RemoveAt(i);
        for (int i = 0; i < layers.Length; i++)
        {
            if (layers[i] is Shortcut s)
                yield return layers.RemoveAt(i).InsertRange(i, s.Body);
            foreach (var simpler in ShrinkLayer(layers[i]))
                yield return layers.SetItem(i, simpler);
        }
    }

    private static IEnumerable<NetLayer> ShrinkLayer(NetLayer layer)
    {
        switch (layer)
        {
            case BinaryConv b:
                if (b.Sign != SignForm.SelectV2) yield return b with { Sign = SignForm.SelectV2 };
                if (b.Padding != ConvPadding.Valid && b.OutChannels != 0) yield return b with { Padding = ConvPadding.Valid };
                if (b.Stride > 1) yield return b with { Stride = 1 };
                if (b.SpaceToBatch) yield return b with { SpaceToBatch = false };
                if (b.Dilation > 1) yield return b with { Dilation = 1, SpaceToBatch = false };
                if (b.Kernel > 1) yield return b with { Kernel = b.Kernel - 1 };
                if (b.OutChannels > 1) yield return b with { OutChannels = b.OutChannels > 8 ? 8 : b.OutChannels - 1 };
                if (b.Scaled) yield return b with { Scaled = false };
                if (b.Groups > 1) yield return b with { Groups = 1 };
                if (b.WeightSeed != 0) yield return b with { WeightSeed = 0 };
                break;
            case FloatConv f:
                if (f.Kernel > 1) yield return f with { Kernel = f.Kernel - 1 };
                if (f.OutChannels > 1) yield return f with { OutChannels = f.OutChannels - 1 };
                if (f.Same) yield return f with { Same = false };
                break;
            case MaxPool p:
                if (p.Size > 1) yield return p with { Size = p.Size - 1 };
                if (p.Stride > 1) yield return p with { Stride = 1 };
                if (p.Same) yield return p with { Same = false };
                break;
            case BatchNorm bn when bn.Seed != 0:
                yield return new BatchNorm(0);
                break;
            case Shortcut s:
                foreach (var body in ShrinkLayers(s.Body))
                    if (body.Length > 0) yield return new Shortcut(body);
                break;
        }
    }
}
