using FsCheck;
using FsCheck.Fluent;
using Lce.Serialization.FlexBuffers;

namespace Lce.Tests.Serialization.FlexBuffers;

/// <summary>
/// Truncated, bit-flipped, overwritten or shifted copies of valid buffers: the reader throws
/// nothing but <see cref="FlexBufferFormatException"/>, and a buffer that passes
/// <see cref="FlexBufferReader.Validate"/> reads through every accessor without any exception.
/// </summary>
public class CorruptionPropertyTests
{
    [Fact]
    public void DamagedBuffersOnlyEverRaiseTheFormatException() =>
        Prop.ForAll(FlexSeedArb.Arb, s =>
        {
            var bytes = s.Case().Build();
            if (bytes.Length > 8192) return true; // keep each case small; large ones are covered by round trips
            var r = new Random(s.Seed);
            for (int attempt = 0; attempt < 8; attempt++) Probe(Damage(bytes, r), s, attempt);
            return true;
        }).Check(FlexRoundTripPropertyTests.Cases(400));

    [Fact]
    public void EveryTruncationOfSmallMapsIsRejectedOrReadable()
    {
        var bytes = FlexBufferIntMap.Encode(("padding", 1), ("stride_width", 40000), ("channels_in", -3));
        for (int n = 0; n < bytes.Length; n++) Probe(bytes[..n], new FlexSeed(0, n), 0);
        for (int n = 1; n < bytes.Length; n++) Probe(bytes[n..], new FlexSeed(1, n), 0);
    }

    private static void Probe(byte[] damaged, FlexSeed seed, int attempt)
    {
        bool valid = FlexBufferReader.TryValidate(damaged, out _);
        try
        {
            AccessorWalk.Run(FlexBufferReader.GetRoot(damaged));
        }
        catch (FlexBufferFormatException e) when (!valid)
        {
            if (e.Offset < -16 || e.Offset > damaged.Length + 16)
                throw new Xunit.Sdk.XunitException($"{seed}/{attempt}: implausible offset {e.Offset} for {damaged.Length} bytes");
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException(
                $"{seed}/{attempt}: {(valid ? "a validated buffer" : "a damaged buffer")} threw {e.GetType().Name}: {e.Message}\n{Convert.ToHexString(damaged)}");
        }
    }

    private static byte[] Damage(byte[] bytes, Random r)
    {
        var d = (byte[])bytes.Clone();
        switch (r.Next(6))
        {
            case 0: return d[..r.Next(d.Length)];
            case 1:
                for (int i = r.Next(1, 5); i > 0; i--) d[r.Next(d.Length)] ^= (byte)(1 << r.Next(8));
                return d;
            case 2:
                for (int i = r.Next(1, 4); i > 0; i--) d[r.Next(d.Length)] = (byte)r.Next(256);
                return d;
            case 3:
                // The trailer: root type and width.
                d[^1] = (byte)(r.Next(2) == 0 ? 1 << r.Next(4) : r.Next(256));
                if (d.Length > 1) d[^2] = (byte)r.Next(256);
                return d;
            case 4: return d[r.Next(d.Length)..];
            default:
                // A byte inside the last few (where the root and the outer container's fields sit).
                d[Math.Max(0, d.Length - 1 - r.Next(Math.Min(d.Length, 24)))] = (byte)r.Next(256);
                return d;
        }
    }
}
