namespace Lce.IR;

/// <summary>
/// Iterative walks over nested operations. An explicit stack (rather than recursion) keeps
/// 10,000-deep region nests from overflowing the thread stack.
/// </summary>
internal static class Walker
{
    private readonly record struct Frame(Operation Op, bool Expanded);

    // The stack is kept from the last walk on this thread: walks run after every pass and would
    // keep growing a new one otherwise.
    public static WalkResult Walk(Operation root, Func<Operation, WalkResult> visit, WalkOrder order)
    {
        var stack = ThreadSpare<Stack<Frame>>.Take() ?? new Stack<Frame>();
        try { return Walk(stack, root, visit, order); }
        finally
        {
            stack.Clear();
            ThreadSpare<Stack<Frame>>.Keep(stack);
        }
    }

    private static WalkResult Walk(Stack<Frame> stack, Operation root, Func<Operation, WalkResult> visit, WalkOrder order)
    {
        stack.Push(new Frame(root, false));
        while (stack.Count > 0)
        {
            var f = stack.Pop();
            if (!f.Expanded)
            {
                if (order == WalkOrder.PreOrder)
                {
                    var r = visit(f.Op);
                    if (r == WalkResult.Interrupt) return r;
                    if (r == WalkResult.Skip) continue;
                }
                else stack.Push(f with { Expanded = true });
                PushChildren(stack, f.Op);
            }
            else if (visit(f.Op) == WalkResult.Interrupt) return WalkResult.Interrupt;
        }
        return WalkResult.Advance;
    }

    private static void PushChildren(Stack<Frame> stack, Operation op)
    {
        // Push in reverse so children are visited in forward order.
        var regions = op.Regions;
        for (int r = regions.Count - 1; r >= 0; r--)
        {
            var blocks = regions[r].Blocks;
            for (int b = blocks.Count - 1; b >= 0; b--)
                for (var o = blocks[b].LastOp; o is not null; o = o.PrevNode)
                    stack.Push(new Frame(o, false));
        }
    }
}
