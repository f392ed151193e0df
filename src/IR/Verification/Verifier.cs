namespace Lce.IR;

/// <summary>
/// Checks IR invariants: op-defined verifiers and traits, terminators, operand/result
/// constraints of registered ops, and SSA dominance in CFG regions, in MLIR's order: an op's
/// entrance checks before what it holds, its region checks once that is verified; ops with
/// isolated regions (functions) are verified each on its own, dominance included, as part of
/// their parent's region checks, so every failing one reports (as mlir-opt does). Diagnostics
/// go to the context's <see cref="DiagnosticEngine"/>; the walks are iterative so deep nesting
/// is safe.
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
        try { return VerifyOnEntrance(root) && VerifyOnExit(root, recursive: false); }
        finally { PendingDiagnostic.Flush(); }
    }

    /// <summary>Verifies <paramref name="root"/> and everything nested in it; false after reporting errors.</summary>
    public static bool Verify(Operation root)
    {
        try { return VerifyOpAndDominance(root); }
        finally { PendingDiagnostic.Flush(); }
    }

    /// <summary>The op and everything in it except nested isolated ops (verified by its exit), then dominance.</summary>
    private static bool VerifyOpAndDominance(Operation op) =>
        ReadOnlyWalker.EnterExit(op, Entrance, Exit, IsNotNestedIsolated) && Dominance.Verify(op);

    private static readonly Func<Operation, bool> Entrance = VerifyOnEntrance;
    private static readonly Func<Operation, bool> Exit = op => VerifyOnExit(op, recursive: true);
    private static readonly Func<Operation, bool> IsNotNestedIsolated = op => !IsIsolated(op);

    internal static bool IsIsolated(Operation op) => op.NumRegions > 0 && op.HasTrait<Traits.IsolatedFromAbove>();

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

    private static bool VerifyOnExit(Operation op, bool recursive)
    {
        if (recursive)
        {
            // Each op with isolated regions directly inside is verified whole; all of them run.
            bool nestedOk = true;
            for (int r = 0; r < op.NumRegions; r++)
                foreach (var block in op.GetRegion(r).Blocks)
                    for (var o = block.FirstOp; o is not null; o = o.NextNode)
                        if (IsIsolated(o) && !VerifyOpAndDominance(o)) nestedOk = false;
            if (!nestedOk) return false;
        }
        var def = op.Definition;
        if (def is null) return true;
        for (int i = 0; i < def.Traits.Count; i++) if (!def.Traits[i].VerifyRegions(op)) return false;
        return def.RegionVerifier is not { } rv || rv(op);
    }
}
