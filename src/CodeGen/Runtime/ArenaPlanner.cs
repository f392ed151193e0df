namespace Lce.CodeGen.Runtime;

/// <summary>A buffer to place: its size and the inclusive range of op steps during which it is live.</summary>
public readonly record struct BufferRequest(long Size, int FirstUse, int LastUse)
{
    public bool LiveTogetherWith(BufferRequest o) => FirstUse <= o.LastUse && o.FirstUse <= LastUse;
}

/// <summary>The arena layout: one offset per request (in request order) and the arena's size.</summary>
public sealed record ArenaPlan(long[] Offsets, long ArenaSize);

/// <summary>
/// Places buffers in one arena so that buffers live at the same time never overlap while buffers
/// with disjoint lifetimes share space. Greedy by decreasing size (ties: earlier first use, then
/// request order, so plans are deterministic): each buffer goes to the lowest aligned offset
/// that fits between the already placed buffers whose lifetimes intersect its own. This is the
/// strategy of TFLite's greedy memory planner; it is not optimal but close on chains of ops.
/// </summary>
public static class ArenaPlanner
{
    /// <summary>Offsets are multiples of this (enough for any element type and for vector loads).</summary>
    public const int Alignment = 64;

    public static ArenaPlan Plan(IReadOnlyList<BufferRequest> requests)
    {
        for (int i = 0; i < requests.Count; i++)
        {
            var r = requests[i];
            if (r.Size < 0 || r.FirstUse > r.LastUse)
                throw new ArgumentException($"buffer {i}: size {r.Size}, live {r.FirstUse}..{r.LastUse} is not a valid request");
        }
        var order = Enumerable.Range(0, requests.Count)
            .OrderByDescending(i => requests[i].Size).ThenBy(i => requests[i].FirstUse).ThenBy(i => i).ToArray();
        var offsets = new long[requests.Count];
        var placed = new List<int>();
        long arena = 0;
        foreach (int i in order)
        {
            var r = requests[i];
            // The placed buffers that are live together with this one, by offset.
            var conflicts = placed.Where(p => requests[p].LiveTogetherWith(r) && requests[p].Size > 0)
                .OrderBy(p => offsets[p]).ToList();
            long candidate = 0;
            foreach (int p in conflicts)
            {
                if (r.Size == 0 || candidate + r.Size <= offsets[p]) break;
                candidate = Math.Max(candidate, AlignUp(offsets[p] + requests[p].Size));
            }
            offsets[i] = candidate;
            placed.Add(i);
            arena = Math.Max(arena, candidate + r.Size);
        }
        return new ArenaPlan(offsets, arena);
    }

    public static long AlignUp(long n) => (n + Alignment - 1) / Alignment * Alignment;
}
