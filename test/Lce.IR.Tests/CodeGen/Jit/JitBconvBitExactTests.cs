using FsCheck;
using FsCheck.Fluent;
using Lce.CodeGen.Jit;
using Lce.CodeGen.Reference;

namespace Lce.Tests.CodeGen.Jit;

/// <summary>
/// Every JIT back end this machine can run (AVX-512BW, AVX2, scalar, NEON over its software
/// emulation), with each accumulation scheme and pixel blocking, one and two threads, agrees bit for bit with the
/// reference Bconv2d kernels on random layers and every output kind.
/// </summary>
public class JitBconvBitExactTests
{
    private static readonly string[] Names =
        ["avx512bw", "avx512bw-bytecounters", "avx512bw-m3", "avx512bw-nibbles", "avx512bw-k1", "avx2", "avx2-carrysave", "avx2-m2",
            "avx2-bytecounters", "avx2-nibbles-k0", "avx2-k1", "avx2-bytecounters-m3-k1", "scalar", "scalar-m3",
            "neon-emulated", "neon-emulated-carrysave", "neon-emulated-m2"];

    public static TheoryData<string> Backends() => new(Names);

    internal static JitBackend? Backend(string name)
    {
        string isaName = name.Split('-')[0];
        var isa = JitIsas.Parse(isaName)!.Value;
        JitBackend? b = name.Contains("emulated") ? JitBackend.EmulatedNeon() : JitIsas.IsSupported(isa) ? JitBackend.For(isa) : null;
        if (b is null) return null;
        // suffixes: -carrysave/-bytecounters/-nibbles (scheme), -mN (pixels per tile), -kN (weight chunks of N KiB; k1 chunks every 24 steps)
        foreach (var part in name.Split('-').Skip(1))
            b = part switch
            {
                "carrysave" => b.With(scheme: AccumulationScheme.CarrySave),
                "bytecounters" => b.With(scheme: AccumulationScheme.ByteCounters),
                "nibbles" => b.With(scheme: AccumulationScheme.NibblePlanes),
                ['m', .. var m] => b.With(pixelsPerTile: int.Parse(m, System.Globalization.CultureInfo.InvariantCulture)),
                ['k', .. var k] => b.With(weightChunkBytes: 1024 * int.Parse(k, System.Globalization.CultureInfo.InvariantCulture)),
                _ => b,
            };
        return b;
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public void AgreesWithTheReferenceKernel(string name)
    {
        var backend = Backend(name);
        if (backend is null) return; // the CPU lacks it: nothing can run (the ISA test reports what is there)
        bool emulated = backend.Emulated;
        Prop.ForAll(JitLayerCase.Gen(emulated ? 20_000 : 400_000).ToArbitrary(), FsCheck.Fluent.Gen.Choose(1, 2).ToArbitrary(), (c, threads) =>
        {
            var (input, filter, g) = c.Data();
            var jit = new JitBconv2d(g, filter, backend, threads);
            Check(c, g, input, filter, jit);
        }).Check(JitLayerCase.Cases(emulated ? 25 : 60));
    }

    internal static void Check(JitLayerCase c, Bconv2dGeometry g, int[] input, int[] filter, JitBconv2d jit)
    {
        int outputs = g.Batches * g.OutputHeight * g.OutputWidth * g.OutputChannels;
        switch (c.Output)
        {
            case JitOutputKind.Raw:
            {
                var want = new int[outputs];
                var got = new int[outputs];
                Bconv2d.Accumulate(g, input, filter, want);
                jit.Accumulate(input, got);
                AssertSame(c, want, got);
                break;
            }
            case JitOutputKind.Float:
            {
                var t = c.Transform(g);
                var want = new float[outputs];
                var got = new float[outputs];
                Bconv2d.Float(g, input, filter, t, want);
                jit.Float(input, t, got);
                AssertSame(c, want.Select(BitConverter.SingleToInt32Bits).ToArray(), got.Select(BitConverter.SingleToInt32Bits).ToArray());
                break;
            }
            case JitOutputKind.Int8:
            {
                var t = c.Transform(g);
                var want = new sbyte[outputs];
                var got = new sbyte[outputs];
                Bconv2d.Int8(g, input, filter, t, want);
                jit.Int8(input, t, got);
                AssertSame(c, want.Select(x => (int)x).ToArray(), got.Select(x => (int)x).ToArray());
                break;
            }
            default:
            {
                var th = c.Thresholds(g);
                int n = g.Batches * g.OutputHeight * g.OutputWidth * ((g.OutputChannels + 31) / 32);
                var want = new int[n];
                var got = new int[n];
                Bconv2d.Bitpacked(g, input, filter, th, want);
                jit.Bitpacked(input, th, got);
                AssertSame(c, want, got);
                break;
            }
        }
    }

    private static void AssertSame(JitLayerCase c, int[] want, int[] got)
    {
        for (int i = 0; i < want.Length; i++)
            if (want[i] != got[i])
                throw new Xunit.Sdk.XunitException($"{c}: element {i}: reference {want[i]}, jit {got[i]}");
    }

    [Fact]
    public void LargeStepCountsWidenBeforeByteCountersOverflow()
    {
        // 7×7 taps × 19 words = 931 steps: many flushes of every scheme's byte counters
        var c = new JitLayerCase(1, 3, 3, 600, 1, 70, 7, 7, 1, 1, 1, 1, LcePadding.Same, 1, Bconv2dActivation.None, JitOutputKind.Raw, 7);
        var (input, filter, g) = c.Data();
        foreach (var name in Names)
            if (Backend(name) is { } b) Check(c, g, input, filter, new JitBconv2d(g, filter, b));
    }
}
