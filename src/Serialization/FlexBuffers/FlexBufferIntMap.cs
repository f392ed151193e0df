namespace Lce.Serialization.FlexBuffers;

/// <summary>
/// The shape of LCE's custom options: a root map of named ints. The entries are pushed in the
/// order given, which decides where the key strings land in the buffer (the map itself is sorted
/// by key), so pass them in the order the C++ builder call sites use.
/// </summary>
public static class FlexBufferIntMap
{
    /// <summary>Encodes the entries with a default (<see cref="FlexBufferBuilderFlags.ShareKeys"/>) builder.</summary>
    public static byte[] Encode(params ReadOnlySpan<(string Key, long Value)> entries)
    {
        var builder = new FlexBufferBuilder();
        int map = builder.StartMap();
        foreach (var (key, value) in entries) builder.Int(key, value);
        builder.EndMap(map);
        builder.Finish();
        return builder.GetBuffer();
    }

    /// <inheritdoc cref="Encode(ReadOnlySpan{ValueTuple{string, long}})"/>
    public static byte[] Encode(IEnumerable<(string Key, long Value)> entries) => Encode([.. entries]);

    /// <summary>
    /// Reads a root map back as (key, <c>AsInt64</c>) pairs in the map's (sorted) order.
    /// Throws <see cref="FlexBufferFormatException"/> when the bytes are not a map.
    /// </summary>
    public static IReadOnlyList<(string Key, long Value)> Decode(ReadOnlyMemory<byte> buffer)
    {
        var root = FlexBufferReader.GetRoot(buffer);
        if (root.Type != FlexBufferType.Map)
            throw new FlexBufferFormatException(buffer.Length, $"the root is a {root.Type}, not a map");
        var map = root.AsMap();
        var result = new List<(string, long)>(map.Count);
        for (int i = 0; i < map.Count; i++) result.Add((map.KeyAt(i), map.ValueAt(i).AsInt64()));
        return result;
    }
}
