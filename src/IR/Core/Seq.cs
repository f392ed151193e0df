namespace Lce.IR;

/// <summary>Structural helpers over sequences of interned objects (compared by reference).</summary>
internal static class Seq
{
    public static bool RefEqual<T>(IReadOnlyList<T> a, IReadOnlyList<T> b) where T : class
    {
        if (a.Count != b.Count) return false;
        for (int i = 0; i < a.Count; i++) if (!ReferenceEquals(a[i], b[i])) return false;
        return true;
    }

    public static bool ValueEqual<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
    {
        if (a.Count != b.Count) return false;
        var cmp = EqualityComparer<T>.Default;
        for (int i = 0; i < a.Count; i++) if (!cmp.Equals(a[i], b[i])) return false;
        return true;
    }

    public static int Hash<T>(int seed, IReadOnlyList<T> items)
    {
        var h = new HashCode();
        h.Add(seed);
        h.Add(items.Count);
        foreach (var x in items) h.Add(x);
        return h.ToHashCode();
    }
}
