namespace Lce.CodeGen.Runtime;

/// <summary>
/// Affine quantization of a tensor: real = scale * (stored - zeroPoint). Per-tensor when
/// <see cref="Axis"/> is null (one scale and zero point), else one pair per index of that axis.
/// </summary>
public sealed record TensorQuantization(IReadOnlyList<double> Scales, IReadOnlyList<long> ZeroPoints, int? Axis)
{
    public static TensorQuantization PerTensor(double scale, long zeroPoint) => new([scale], [zeroPoint], null);

    public bool IsPerTensor => Axis is null;

    /// <summary>The single scale of a per-tensor quantization.</summary>
    public double Scale => IsPerTensor ? Scales[0] : throw new InvalidOperationException("per-axis quantization has no single scale");

    /// <summary>The single zero point of a per-tensor quantization.</summary>
    public long ZeroPoint => IsPerTensor ? ZeroPoints[0] : throw new InvalidOperationException("per-axis quantization has no single zero point");

    public bool Equals(TensorQuantization? other) => other is not null && Axis == other.Axis
        && Scales.SequenceEqual(other.Scales) && ZeroPoints.SequenceEqual(other.ZeroPoints);

    public override int GetHashCode() => HashCode.Combine(Axis, Scales.Count, Scales.Count > 0 ? Scales[0] : 0);
}
