using Lce.Serialization.FlexBuffers;

namespace Lce.Tests.Serialization.FlexBuffers;

/// <summary>
/// Calls every reader accessor on every value reachable from a reference — each conversion, each
/// container view, map lookups and out-of-range indices — as a consumer poking at untrusted data
/// would. Containers are visited once each and the total number of visits is capped, so the walk
/// stays small on crafted buffers whose references fan out.
/// </summary>
public sealed class AccessorWalk
{
    private readonly HashSet<(long, FlexBufferType, int)> _seen = [];
    private int _visits = 200_000;

    public static void Run(FlexReference root) => new AccessorWalk().Visit(root, 64);

    private void Visit(FlexReference r, int depth)
    {
        if (--_visits < 0 || depth < 0) return;
        _ = (r.AsBool(), r.AsInt64(), r.AsInt32(), r.AsInt8(), r.AsUInt64(), r.AsUInt16(), r.AsDouble(), r.AsFloat());
        _ = (r.AsString(), r.AsStringBytes(), r.AsKey(), r.AsKeyBytes(), r.AsBlob(), r.ToString());
        _ = (r.IsNumeric, r.IsAnyVector, r.ParentByteWidth, r.ByteWidth);

        var vector = r.AsVector();
        if (Enter(vector.Offset, r, vector.Count))
        {
            _ = vector[vector.Count];
            foreach (var e in vector) Visit(e, depth - 1);
        }
        foreach (var typed in new[] { r.AsTypedVector(), r.AsFixedTypedVector() })
            if (Enter(typed.Offset, r, typed.Count))
            {
                _ = (typed[-1], typed.ElementType, typed.IsFixed);
                foreach (var e in typed) Visit(e, depth - 1);
            }
        var map = r.AsMap();
        if (map.Count > 0 && Enter(map.Keys.Offset, r, map.Count))
        {
            foreach (var (key, value) in map) _ = (key, value.Type);
            _ = (map["a"], map[""], map.ContainsKey("padding"), map.TryGetValue(map.KeyAt(0), out _), map.KeyAt(map.Count));
            _ = map[map.Keys[map.Count / 2].AsKeyBytes().Span];
        }
    }

    private bool Enter(long offset, FlexReference r, int count)
    {
        if (count == 0 || !_seen.Add((offset, r.Type, r.ByteWidth))) return false;
        _visits -= count;
        return _visits >= 0;
    }
}
