namespace Lce.Serialization.FlexBuffers;

/// <summary>Byte-for-byte equality of byte arrays, for the builder's key and string pools.</summary>
internal sealed class ByteStringComparer : IEqualityComparer<byte[]>
{
    public static readonly ByteStringComparer Instance = new();

    public bool Equals(byte[]? x, byte[]? y) => x is null ? y is null : y is not null && x.AsSpan().SequenceEqual(y);

    public int GetHashCode(byte[] bytes)
    {
        var hash = new HashCode();
        hash.AddBytes(bytes);
        return hash.ToHashCode();
    }
}
