using Lce.CodeGen.Tflite.Schema;

namespace Lce.CodeGen.Tflite.Export;

/// <summary>
/// The model's buffers: buffer 0 is the empty sentinel every non-constant tensor uses, and each
/// distinct constant content gets one buffer, shared by all tensors with the same bytes. Data is
/// referenced, not copied: a non-splat dense attribute's storage is handed to the writer as is;
/// only splats are expanded (they have no full-size storage).
/// </summary>
public sealed class ConstantBuffers
{
    private readonly List<TfliteBuffer> _buffers = [TfliteBuffer.Empty];
    private readonly Dictionary<ReadOnlyMemory<byte>, uint> _byContent = new(ContentComparer.Instance);

    public IReadOnlyList<TfliteBuffer> Buffers => _buffers;

    /// <summary>Total bytes of constant data (for the size check before writing).</summary>
    public long DataBytes { get; private set; }

    /// <summary>The index of a buffer holding <paramref name="data"/> (an existing one with equal bytes if any).</summary>
    public uint Add(ReadOnlyMemory<byte> data)
    {
        if (data.IsEmpty) return 0;
        if (_byContent.TryGetValue(data, out uint index)) return index;
        index = (uint)_buffers.Count;
        _buffers.Add(new TfliteBuffer { Data = data });
        _byContent[data] = index;
        DataBytes += data.Length;
        return index;
    }

    /// <summary>Adds a buffer that is never shared (metadata such as <c>min_runtime_version</c>).</summary>
    public uint AddUnshared(byte[] data)
    {
        _buffers.Add(new TfliteBuffer { Data = data });
        DataBytes += data.Length;
        return (uint)(_buffers.Count - 1);
    }

    /// <summary>The bytes of a constant op's value as TFLite stores them for a tensor of <paramref name="type"/>.</summary>
    public static ReadOnlyMemory<byte> ConstantBytes(Operation op, TensorTypeMapper.Mapped type)
    {
        var value = op.GetInherentOrDiscardable("value");
        long count = 1;
        foreach (int d in type.Shape) count *= d;
        int width = ElementSize(type.Type)
            ?? throw new TfliteExportException($"constants of TFLite type {type.Type} are not supported", op.Location);
        long expected = count * width;
        switch (value)
        {
            case DenseElementsAttr dense:
                if (dense.ElementByteWidth != width)
                    throw new TfliteExportException($"constant of type '{dense.Type}' does not match its {type.Type} tensor", op.Location);
                if (!dense.IsSplat)
                {
                    if (dense.RawDataArray.LongLength != expected)
                        throw new TfliteExportException($"constant of type '{dense.Type}' has {dense.RawDataArray.Length} bytes, its tensor needs {expected}", op.Location);
                    return dense.RawDataArray;
                }
                if (expected > Array.MaxLength) throw new TfliteExportException($"splat constant of {expected} bytes is too large", op.Location);
                var expanded = new byte[expected];
                var one = dense.ElementBytes(0);
                for (long i = 0; i < expected; i += width) one.CopyTo(expanded.AsSpan((int)i));
                return expanded;
            case DenseResourceElementsAttr resource:
                var blob = resource.Blob.Data
                    ?? throw new TfliteExportException($"dense resource '{resource.Blob.Key}' has no data", op.Location);
                if (blob.LongLength != expected)
                    throw new TfliteExportException($"dense resource '{resource.Blob.Key}' has {blob.Length} bytes, its tensor needs {expected}", op.Location);
                return blob;
            default:
                throw new TfliteExportException($"constant value {(value is null ? "is missing" : $"'{value}' is not a dense elements attribute")}", op.Location);
        }
    }

    /// <summary>Bytes per element of the fixed-size TFLite types.</summary>
    public static int? ElementSize(TensorType t) => t switch
    {
        TensorType.Bool or TensorType.Int8 or TensorType.UInt8 => 1,
        TensorType.Int16 or TensorType.UInt16 or TensorType.Float16 or TensorType.BFloat16 => 2,
        TensorType.Float32 or TensorType.Int32 or TensorType.UInt32 => 4,
        TensorType.Int64 or TensorType.UInt64 or TensorType.Float64 or TensorType.Complex64 => 8,
        TensorType.Complex128 => 16,
        _ => null,
    };

    /// <summary>Content equality of byte memories; the hash samples at most 4 KiB so big weights hash quickly.</summary>
    private sealed class ContentComparer : IEqualityComparer<ReadOnlyMemory<byte>>
    {
        public static readonly ContentComparer Instance = new();

        public bool Equals(ReadOnlyMemory<byte> a, ReadOnlyMemory<byte> b) => a.Length == b.Length && a.Span.SequenceEqual(b.Span);

        public int GetHashCode(ReadOnlyMemory<byte> m)
        {
            var h = new HashCode();
            h.Add(m.Length);
            var s = m.Span;
            h.AddBytes(s.Length <= 4096 ? s : s[..2048]);
            if (s.Length > 4096) h.AddBytes(s[^2048..]);
            return h.ToHashCode();
        }
    }
}
