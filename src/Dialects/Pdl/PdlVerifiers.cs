namespace Lce.Dialects.Pdl;

using Lce.IR;

/// <summary>The pdl op verifiers (PDL.cpp), with MLIR's messages.</summary>
internal static class PdlVerifiers
{
    private static bool Fail(Operation op, string message) { op.EmitOpError(message); return false; }

    internal static bool ApplyNativeConstraint(Operation op) =>
        op.NumOperands > 0 || Fail(op, "expected at least one argument");

    internal static bool ApplyNativeRewrite(Operation op) =>
        op.NumOperands > 0 || op.NumResults > 0 || Fail(op, "expected at least one argument or result");

    /// <summary>A result by itself is not binding: it must also be bound.</summary>
    private static bool HasBinding(Operation op) =>
        op.Results.SelectMany(r => r.Users).Any(u => u.Name is not ("pdl.result" or "pdl.results") || HasBinding(u));

    internal static bool HasBindingUse(Operation op)
    {
        if (op.ParentOp?.Name != "pdl.pattern" || HasBinding(op)) return true;
        return Fail(op, "expected a bindable user when defined in the matcher body of a `pdl.pattern`");
    }

    internal static bool Attribute(Operation op)
    {
        if (op.GetProp("value") is null)
        {
            if (op.ParentOp?.Name == "pdl.rewrite") return Fail(op, "expected constant value when specified within a `pdl.rewrite`");
            return HasBindingUse(op);
        }
        return op.NumOperands == 0 || Fail(op, "expected only one of [`type`, `value`] to be set");
    }

    internal static bool Operation(Operation op)
    {
        bool inRewrite = op.ParentOp?.Name == "pdl.rewrite";
        if (inRewrite && op.GetProp("opName") is null)
            return Fail(op, "must have an operation name when nested within a `pdl.rewrite`");
        int names = op.GetProp("attributeValueNames") is ArrayAttr a ? a.Count : 0;
        int values = OpValueGroups.Operands(op, "attributeValues")!.Count;
        if (names != values)
            return Fail(op, $"expected the same number of attribute values and attribute names, got {names} names and {values} values");
        return HasBindingUse(op);
    }

    internal static bool PatternRegionCount(Operation op)
    {
        var r = op.GetRegion(0);
        if (r.Blocks.Count != 1) return Fail(op, "region #0 ('bodyRegion') failed to verify constraint: region with 1 blocks");
        return true;
    }

    /// <summary>PatternOp::verifyRegions.</summary>
    internal static bool Pattern(Operation op)
    {
        var block = op.GetRegion(0).Blocks[0];
        var term = block.LastOp;
        if (term is null || term.Name != "pdl.rewrite")
        {
            var d = op.EmitOpError("expected body to terminate with `pdl.rewrite`");
            if (term is not null) d.AttachNote("see terminator defined here", term.Location);
            return false;
        }
        Operation? foreign = null;
        foreach (var o in block.Operations)
        {
            o.Walk(x =>
            {
                if (foreign is null && x.Context.DialectOf(x.Name) is not PdlDialect) foreign = x;
                return foreign is null ? WalkResult.Advance : WalkResult.Interrupt;
            }, WalkOrder.PreOrder);
            if (foreign is not null) break;
        }
        if (foreign is not null)
        {
            op.EmitOpError("expected only `pdl` operations within the pattern body")
                .AttachNote("see non-`pdl` operation defined here", foreign.Location);
            return false;
        }
        if (!block.Operations.Any(o => o.Name == "pdl.operation"))
            return Fail(op, "the pattern must contain at least one `pdl.operation`");

        bool first = true;
        var visited = new HashSet<Operation>(ReferenceEqualityComparer.Instance);
        foreach (var o in block.Operations)
        {
            if (o.Name is not ("pdl.operand" or "pdl.operands" or "pdl.result" or "pdl.results" or "pdl.operation")) continue;
            bool userInRewrite = o.Results.SelectMany(r => r.Users).Any(u => u.Name == "pdl.rewrite" || u.ParentOp?.Name == "pdl.rewrite");
            if (!userInRewrite) continue;
            if (first) { Visit(o, visited); first = false; }
            else if (!visited.Contains(o))
            {
                op.EmitOpError("the operations must form a connected component")
                    .AttachNote("see a disconnected value / operation here", o.Location);
                return false;
            }
        }
        return true;
    }

    private static void Visit(Operation? op, HashSet<Operation> visited)
    {
        if (op is null || op.ParentOp?.Name != "pdl.pattern" || op.Name == "pdl.rewrite" || !visited.Add(op)) return;
        if (op.Name == "pdl.operation")
            foreach (var v in OpValueGroups.Operands(op, "operandValues")!) Visit(v.DefiningOp, visited);
        else if (op.Name is "pdl.result" or "pdl.results")
            Visit(op.GetOperand(0).DefiningOp, visited);
        foreach (var user in op.Results.SelectMany(r => r.Users).ToList()) Visit(user, visited);
    }

    internal static bool Range(Operation op)
    {
        var element = PdlType.ElementOrSelf(op.GetResult(0).Type);
        foreach (var t in op.OperandTypes)
        {
            var e = PdlType.ElementOrSelf(t);
            if (!ReferenceEquals(e, element))
                return Fail(op, $"expected operand to have element type {element}, but got {e}");
        }
        return true;
    }

    internal static bool Replace(Operation op) =>
        OpValueGroups.Operands(op, "replOperation")!.Count == 0 || OpValueGroups.Operands(op, "replValues")!.Count == 0
        || Fail(op, "expected no replacement values to be provided when the replacement operation is present");

    internal static bool Results(Operation op) =>
        op.GetProp("index") is not null || op.GetResult(0).Type is not PdlType { Kind: PdlTypeKind.Value }
        || Fail(op, $"expected `pdl.range<value>` result type when no index is specified, but got: {op.GetResult(0).Type}");

    internal static bool RewriteNoArgs(Operation op)
    {
        var r = op.GetRegion(0);
        if (!r.IsEmpty && r.Blocks[0].NumArguments != 0) return Fail(op, "region #0 should have no arguments");
        return true;
    }

    internal static bool Rewrite(Operation op)
    {
        var region = op.GetRegion(0);
        if (op.GetProp("name") is not null)
            return region.IsEmpty || Fail(op, "expected rewrite region to be empty when rewrite is external");
        if (region.IsEmpty) return Fail(op, "expected rewrite region to be non-empty if external name is not specified");
        if (OpValueGroups.Operands(op, "externalArgs")!.Count != 0)
            return Fail(op, "expected no external arguments when the rewrite is specified inline");
        return true;
    }
}
