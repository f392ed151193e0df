namespace Lce.IR;

/// <summary>
/// Walks for code that only reads the IR (the verifier and its traits): ops are taken from their
/// blocks' lists as the walk reaches them, and only ops with regions take a place on the explicit
/// stack. <see cref="Walker"/> instead pushes every child before visiting any (so visitors may
/// change the IR), which for a block of thousands of ops costs a push, a pop and a cache miss per
/// op and walk; the verifier walks everything three times. Visit order, Skip and Interrupt are
/// those of <see cref="Walker"/>; the visitor must not add, move or erase ops.
/// </summary>
internal static class ReadOnlyWalker
{
    /// <summary>Where the walk is inside one op: the next op to visit of block <see cref="Block"/> of region <see cref="Region"/>.</summary>
    private struct Cursor
    {
        public Operation Owner;
        public int Region, Block;
        public Operation? Next;
    }

    public static WalkResult Walk(Operation root, Func<Operation, WalkResult> visit, WalkOrder order) =>
        order == WalkOrder.PreOrder
            ? Run(root, visit, static _ => true, null) ? WalkResult.Advance : WalkResult.Interrupt
            : Run(root, static _ => WalkResult.Advance, op => visit(op) != WalkResult.Interrupt, null) ? WalkResult.Advance : WalkResult.Interrupt;

    /// <summary>
    /// <paramref name="enter"/> before what an op holds and <paramref name="exit"/> after it, in one
    /// walk; ops below the root for which <paramref name="include"/> is false are left out with
    /// everything inside them. False as soon as a callback returns false.
    /// </summary>
    public static bool EnterExit(Operation root, Func<Operation, bool> enter, Func<Operation, bool> exit, Func<Operation, bool> include) =>
        Run(root, op => enter(op) ? WalkResult.Advance : WalkResult.Interrupt, exit, include);

    /// <summary>
    /// The walk: <paramref name="enter"/> in pre-order (Skip: neither what the op holds nor its
    /// exit), <paramref name="exit"/> in post-order; false when interrupted.
    /// </summary>
    private static bool Run(Operation root, Func<Operation, WalkResult> enter, Func<Operation, bool> exit, Func<Operation, bool>? include)
    {
        var stack = ThreadSpare<Cursor[]>.Take() ?? new Cursor[16];
        try
        {
            int depth = 0;
            if (!Visit(ref stack, ref depth, root, enter, exit)) return false;
            while (depth > 0)
            {
                ref var top = ref stack[depth - 1];
                var op = top.Next;
                if (op is null)
                {
                    top.Block++;
                    if (Seek(ref top)) continue;
                    var owner = top.Owner;
                    depth--;
                    if (!exit(owner)) return false;
                    continue;
                }
                top.Next = op.NextInBlock;
                if (include is not null && !include(op)) continue;
                if (!Visit(ref stack, ref depth, op, enter, exit)) return false;
            }
            return true;
        }
        finally
        {
            Array.Clear(stack);
            ThreadSpare<Cursor[]>.Keep(stack);
        }
    }

    /// <summary>Enters <paramref name="op"/>: its entry callback, then a cursor inside it, or its exit at once when it holds nothing.</summary>
    private static bool Visit(ref Cursor[] stack, ref int depth, Operation op, Func<Operation, WalkResult> enter, Func<Operation, bool> exit)
    {
        var r = enter(op);
        if (r == WalkResult.Interrupt) return false;
        if (r == WalkResult.Skip) return true;
        return Enter(ref stack, ref depth, op) || exit(op);
    }

    /// <summary>Pushes a cursor at the first op inside <paramref name="op"/>; false (nothing pushed) when it holds none.</summary>
    private static bool Enter(ref Cursor[] stack, ref int depth, Operation op)
    {
        if (op.NumRegions == 0) return false;
        var cursor = new Cursor { Owner = op };
        if (!Seek(ref cursor)) return false;
        if (depth == stack.Length) Array.Resize(ref stack, stack.Length * 2);
        stack[depth++] = cursor;
        return true;
    }

    /// <summary>Moves the cursor to the first op of its block, or of the next non-empty block; false when there is none.</summary>
    private static bool Seek(ref Cursor c)
    {
        for (; c.Region < c.Owner.NumRegions; c.Region++, c.Block = 0)
        {
            var blocks = c.Owner.GetRegion(c.Region).Blocks;
            for (; c.Block < blocks.Count; c.Block++)
                if (blocks[c.Block].FirstOp is { } first) { c.Next = first; return true; }
        }
        return false;
    }
}
