namespace Lce.Serialization.FlexBuffers;

/// <summary>
/// The full walk behind <see cref="FlexBufferReader.Validate"/>. Each value is read through every
/// accessor that can fail for its type, so a buffer that passes reads without exceptions. Shared
/// values (reused vectors, pooled keys) are visited once, and the elements visited in total may
/// not exceed the buffer's size (builder output never does: distinct containers do not overlap),
/// which keeps the number of visits linear even on crafted buffers whose references form a deep DAG.
/// </summary>
internal sealed class FlexBufferValidator(long budget, int maxDepth)
{
    private readonly HashSet<(long Target, FlexBufferType Type, int Width)> _visited = [];
    private long _budget = budget;

    public void Walk(FlexReference r) => Walk(r, maxDepth);

    private void Walk(FlexReference r, int depth)
    {
        if (!FlexBufferTypes.IsKnown(r.Type))
            throw new FlexBufferFormatException(r.Offset, $"unknown type code {(int)r.Type}");
        switch (r.Type)
        {
            case FlexBufferType.Null:
                return;
            case FlexBufferType.Key:
                r.AsKeyBytes();
                return;
            case FlexBufferType.String:
                r.AsStringBytes();
                r.AsKeyBytes(); // a C-string view must find its NUL too
                return;
            case FlexBufferType.Blob:
                r.AsBlob();
                return;
            case FlexBufferType.Map:
            {
                var map = r.AsMap();
                if (!Enter(r, map.Values.Offset, 2 * map.Count, depth)) return;
                foreach (var key in map.Keys) key.AsKeyBytes();
                foreach (var value in map.Values) Walk(value, depth - 1);
                return;
            }
            case FlexBufferType.Vector:
            {
                var vector = r.AsVector();
                if (!Enter(r, vector.Offset, vector.Count, depth)) return;
                foreach (var element in vector) Walk(element, depth - 1);
                return;
            }
        }
        if (r.IsTypedVector || r.IsFixedTypedVector)
        {
            var vector = r.IsTypedVector ? r.AsTypedVector() : r.AsFixedTypedVector();
            if (!Enter(r, vector.Offset, vector.Count, depth)) return;
            foreach (var element in vector) Walk(element, depth - 1);
            return;
        }
        r.AsUInt64(); // an inline or indirect scalar: reads its slot or its target
    }

    /// <summary>False when this container was walked already; throws when too deep or over budget.</summary>
    private bool Enter(FlexReference r, long target, int elements, int depth)
    {
        if (depth <= 0) throw new FlexBufferFormatException(r.Offset, $"containers are nested more than {maxDepth} deep");
        if (!_visited.Add((target, r.Type, r.ByteWidth))) return false;
        _budget -= elements;
        if (_budget < 0)
            throw new FlexBufferFormatException(r.Offset, "the containers hold more elements than the buffer has bytes (overlapping containers)");
        return true;
    }
}
