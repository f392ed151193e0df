namespace Lce.CodeGen.Runtime;

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

/// <summary>
/// A tensor: its <see cref="TensorSpec"/> and a view of bytes it does not necessarily own (a
/// slice of the executor's arena, a constant, or its own array). Elements are stored row-major
/// (NHWC for images), little-endian, bool as one byte 0/1.
/// </summary>
public sealed class Tensor
{
    public TensorSpec Spec { get; }
    public Memory<byte> Storage { get; }

    public DType DType => Spec.DType;
    public int[] Shape => Spec.Shape;
    public TensorQuantization? Quantization => Spec.Quantization;
    public long ElementCount => Spec.ElementCount;

    public Tensor(TensorSpec spec, Memory<byte> storage)
    {
        if (storage.Length != spec.ByteSize)
            throw new ArgumentException($"storage of {storage.Length} bytes for {spec} which needs {spec.ByteSize}");
        Spec = spec;
        Storage = storage;
    }

    /// <summary>A zero-filled tensor owning its storage.</summary>
    public static Tensor Zeros(TensorSpec spec) => new(spec, new byte[checked((int)spec.ByteSize)]);

    public static Tensor FromFloats(int[] shape, ReadOnlySpan<float> values) => From(new TensorSpec(DType.Float32, shape), values);
    public static Tensor FromInt32s(int[] shape, ReadOnlySpan<int> values) => From(new TensorSpec(DType.Int32, shape), values);

    /// <summary>A tensor owning a copy of <paramref name="values"/> (whose element type must match the spec's).</summary>
    public static Tensor From<T>(TensorSpec spec, ReadOnlySpan<T> values) where T : unmanaged
    {
        var t = Zeros(spec);
        values.CopyTo(t.Span<T>());
        return t;
    }

    /// <summary>The elements as <typeparamref name="T"/> (float, sbyte, byte, int, long, or byte/bool for bool).</summary>
    public Span<T> Span<T>() where T : unmanaged
    {
        if (Unsafe.SizeOf<T>() != DType.ByteSize())
            throw new InvalidOperationException($"cannot view {DType.Name()} elements as {typeof(T).Name}");
        return MemoryMarshal.Cast<byte, T>(Storage.Span);
    }

    /// <summary>Copies this tensor into storage it owns (so it outlives the arena it points into).</summary>
    public Tensor Clone() => new(Spec, Storage.ToArray());

    /// <summary>Element <paramref name="i"/> as a double (bool as 0/1), for printing and comparisons.</summary>
    public double GetAsDouble(long i) =>
        DType == DType.Float32 ? MemoryMarshal.Cast<byte, float>(Storage.Span)[checked((int)i)] : GetAsInt64(i);

    /// <summary>Element <paramref name="i"/> of an integer or bool tensor, exactly (floats are truncated).</summary>
    public long GetAsInt64(long i)
    {
        var s = Storage.Span;
        int k = checked((int)i);
        return DType switch
        {
            DType.Float32 => (long)MemoryMarshal.Cast<byte, float>(s)[k],
            DType.Int8 => (sbyte)s[k],
            DType.UInt8 or DType.Bool => s[k],
            DType.Int32 => MemoryMarshal.Cast<byte, int>(s)[k],
            _ => MemoryMarshal.Cast<byte, long>(s)[k],
        };
    }

    /// <summary>Number of elements of a shape (1 for a scalar).</summary>
    public static long CountOf(ReadOnlySpan<int> shape)
    {
        long n = 1;
        foreach (var d in shape) n = checked(n * d);
        return n;
    }

    public override string ToString() => Spec.ToString();
}
