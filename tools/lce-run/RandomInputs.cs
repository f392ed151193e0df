namespace Lce.Run;

using Lce.CodeGen.Runtime;

/// <summary>
/// Deterministic random inputs from a seed: floats uniform in [-1, 1), integers over their type's
/// range (int32/int64 in [-128, 127] so that index-like inputs stay small), bools fair.
/// </summary>
public static class RandomInputs
{
    public static IReadOnlyList<Tensor> For(IReadOnlyList<TensorSpec> specs, int seed)
    {
        var rng = new Random(seed);
        return specs.Select(s => Fill(Tensor.Zeros(new TensorSpec(s.DType, s.Shape, s.Quantization)), rng)).ToArray();
    }

    private static Tensor Fill(Tensor t, Random rng)
    {
        switch (t.DType)
        {
            case DType.Float32:
                foreach (ref var x in t.Span<float>()) x = (float)(rng.NextDouble() * 2 - 1);
                break;
            case DType.Int8:
                foreach (ref var x in t.Span<sbyte>()) x = (sbyte)rng.Next(sbyte.MinValue, sbyte.MaxValue + 1);
                break;
            case DType.UInt8:
                rng.NextBytes(t.Span<byte>());
                break;
            case DType.Int32:
                foreach (ref var x in t.Span<int>()) x = rng.Next(-128, 128);
                break;
            case DType.Int64:
                foreach (ref var x in t.Span<long>()) x = rng.Next(-128, 128);
                break;
            default:
                foreach (ref var x in t.Span<byte>()) x = (byte)rng.Next(2);
                break;
        }
        return t;
    }
}
