namespace Lce.IR;

/// <summary>
/// Checks IR invariants: op-defined verifiers and traits, terminators, operand/result
/// constraints of registered ops, and SSA dominance in CFG regions. Diagnostics go to the
/// context's <see cref="DiagnosticEngine"/>; the walk is iterative so deep nesting is safe.
/// </summary>
public static class Verifier
{
    /// <summary>
    /// Verifies <paramref name="root"/>; with <paramref name="recursive"/> false only the op itself
    /// (its traits, verifiers and block structure), as the pass manager does after a nested
    /// pipeline already verified the ops inside.
    /// </summary>
    public static bool Verify(Operation root, bool recursive)
    {
        if (recursive) return Verify(root);
        try { return VerifyOnEntrance(root) && VerifyOnExit(root); }
        finally { PendingDiagnostic.Flush(); }
    }

    /// <summary>Verifies <paramref name="root"/> and everything nested in it; false after reporting the first error.</summary>
    public static bool Verify(Operation root)
    {
        try
        {
            // Entrance checks in pre-order (as MLIR visits ops before their regions).
            var r = ReadOnlyWalker.Walk(root, EntranceVisitor, WalkOrder.PreOrder);
            if (r == WalkResult.Interrupt) return false;
            // Region verifiers need their nested ops verified first: post-order.
            r = ReadOnlyWalker.Walk(root, ExitVisitor, WalkOrder.PostOrder);
            if (r == WalkResult.Interrupt) return false;
            return Dominance.Verify(root);
        }
        finally
        {
            PendingDiagnostic.Flush();
        }
    }

    private static readonly Func<Operation, WalkResult> EntranceVisitor = op => VerifyOnEntrance(op) ? WalkResult.Advance : WalkResult.Interrupt;
    private static readonly Func<Operation, WalkResult> ExitVisitor = op => VerifyOnExit(op) ? WalkResult.Advance : WalkResult.Interrupt;

    private static bool VerifyOnEntrance(Operation op)
    {
        for (int i = 0; i < op.NumOperands; i++)
            if (op.GetOperand(i) is null) { op.EmitOpError($"null operand found"); return false; }

        var def = op.Definition;
        if (def is null)
        {
            if (!op.Context.AllowUnregisteredDialects && op.Context.DialectOf(op.Name) is null)
            {
                op.EmitOpError("created with unregistered dialect. If this is intended, please call allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with the MLIR opt tool used");
                return false;
            }
        }
        else
        {
            // Declared operands, results and attributes are checked before traits, as ODS verifiers do.
            if (!OpSignature.Verify(op, def)) return false;
            for (int i = 0; i < def.Traits.Count; i++) if (!def.Traits[i].Verify(op)) return false;
            if (def.Verifier is { } v && !v(op)) return false;
        }

        for (int r = 0; r < op.NumRegions; r++)
            foreach (var block in op.GetRegion(r).Blocks)
            {
                foreach (var arg in block.Arguments)
                    if (arg.Owner != block) { op.EmitOpError("block argument not owned by its block"); return false; }
                if (block.LastOp is null)
                {
                    if (MayBeValidWithoutTerminator(block)) continue;
                    op.EmitError("empty block: expect at least a terminator");
                    return false;
                }
                var last = block.LastOp;
                if (last.Definition is { } ld && !ld.HasTrait<Traits.IsTerminator>() && !MayBeValidWithoutTerminator(block))
                {
                    last.EmitError("block with no terminator, has " + Printing.AsmPrinter.OperationToGenericString(last));
                    return false;
                }
            }
        return true;
    }

    /// <summary>
    /// MLIR's rule: only the single block of a region may lack a terminator, and only when the
    /// owner has the NoTerminator trait or is unregistered (it might have it).
    /// </summary>
    private static bool MayBeValidWithoutTerminator(Block block)
    {
        if (block.Parent is not { } region) return true;
        if (region.Blocks.Count != 1) return false;
        var owner = region.Owner;
        return owner is null || owner.Definition is null || owner.HasTrait<Traits.NoTerminator>();
    }

    private static bool VerifyOnExit(Operation op)
    {
        var def = op.Definition;
        if (def is null) return true;
        for (int i = 0; i < def.Traits.Count; i++) if (!def.Traits[i].VerifyRegions(op)) return false;
        return def.RegionVerifier is not { } rv || rv(op);
    }
}
