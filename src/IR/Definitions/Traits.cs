namespace Lce.IR.Traits;

/// <summary>No side effects: unused results make the op dead.</summary>
public sealed class Pure : OpTrait { public static readonly Pure Instance = new(); }

/// <summary>Operands may be reordered (constants are moved to the right by canonicalization).</summary>
public sealed class Commutative : OpTrait
{
    public static readonly Commutative Instance = new();

    public override bool HasFolder => true;

    /// <summary>Moves constant operands after the others, keeping each group's order (in place; MLIR's foldCommutative).</summary>
    public override bool Fold(Operation op, IReadOnlyList<IRAttribute?> operands, List<object> results)
    {
        if (op.NumOperands < 2) return false;
        int firstConstant = 0;
        while (firstConstant < operands.Count && operands[firstConstant] is null) firstConstant++;
        var nonConstants = new List<Value>();
        var constants = new List<Value>();
        for (int i = firstConstant; i < op.NumOperands; i++)
            (operands[i] is null ? nonConstants : constants).Add(op.GetOperand(i));
        if (nonConstants.Count == 0) return false;
        int pos = firstConstant;
        foreach (var v in nonConstants.Concat(constants)) op.SetOperand(pos++, v);
        return true;
    }
}

/// <summary>The op produces a constant value (its folder returns the value attribute).</summary>
public sealed class ConstantLike : OpTrait { public static readonly ConstantLike Instance = new(); }

/// <summary>The op ends its block (and may have successors).</summary>
public sealed class IsTerminator : OpTrait
{
    public static readonly IsTerminator Instance = new();
    public override bool Verify(Operation op)
    {
        if (op.ParentBlock is { } b && !ReferenceEquals(b.LastOp, op))
        {
            op.EmitOpError("must be the last operation in the parent block");
            return false;
        }
        return true;
    }
}

/// <summary>Returns control (and values) to the parent op.</summary>
public sealed class ReturnLike : OpTrait { public static readonly ReturnLike Instance = new(); }

/// <summary>The op's regions do not need a terminator.</summary>
public sealed class NoTerminator : OpTrait { public static readonly NoTerminator Instance = new(); }

/// <summary>Each region has at most one block.</summary>
public sealed class SingleBlock : OpTrait
{
    public static readonly SingleBlock Instance = new();
    public override bool Verify(Operation op)
    {
        for (int i = 0; i < op.NumRegions; i++)
        {
            var r = op.GetRegion(i);
            if (r.Blocks.Count > 1)
            {
                op.EmitOpError($"expects region #{i} to have 0 or 1 blocks");
                return false;
            }
        }
        return true;
    }
}

/// <summary>Regions may not use values defined outside the op.</summary>
public sealed class IsolatedFromAbove : OpTrait
{
    public static readonly IsolatedFromAbove Instance = new();
    // A region check (MLIR's verifyRegionTrait): it runs once what the op holds is verified.
    public override bool VerifyRegions(Operation op)
    {
        var res = ReadOnlyWalker.Walk(op, o =>
        {
            if (ReferenceEquals(o, op)) return WalkResult.Advance;
            for (int i = 0; i < o.NumOperands; i++)
            {
                var defRegion = o.GetOperand(i).ParentRegion;
                if (defRegion is null || !op.IsProperAncestorOfRegion(defRegion))
                {
                    var d = o.EmitOpError("using value defined outside the region");
                    d.AttachNote("required by region isolation constraints", op.Location);
                    return WalkResult.Interrupt;
                }
            }
            // As MLIR, a nested isolated op checks its own regions: without this, a module's check
            // walks every op of every function again.
            return o.NumRegions > 0 && o.HasTrait<IsolatedFromAbove>() ? WalkResult.Skip : WalkResult.Advance;
        }, WalkOrder.PreOrder);
        return res != WalkResult.Interrupt;
    }
}

/// <summary>The op defines a symbol table: a single-block region whose symbols have unique names.</summary>
public sealed class SymbolTableTrait : OpTrait
{
    public static readonly SymbolTableTrait Instance = new();
    public override bool Verify(Operation op)
    {
        if (op.NumRegions != 1)
        {
            op.EmitOpError("Operations with a 'SymbolTable' must have exactly one region");
            return false;
        }
        var blocks = op.GetRegion(0).Blocks;
        if (blocks.Count != 1)
        {
            op.EmitOpError("Operations with a 'SymbolTable' must have exactly one block");
            return false;
        }
        var seen = new Dictionary<string, Operation>();
        foreach (var child in blocks[0].Operations)
        {
            if (child.GetInherentOrDiscardable(SymbolTable.SymbolAttrName) is not StringAttr name) continue;
            if (seen.TryGetValue(name.Value, out var prior))
            {
                var d = child.EmitError($"redefinition of symbol named '{name.Value}'");
                d.AttachNote("see existing symbol definition here", prior.Location);
                return false;
            }
            seen[name.Value] = child;
        }
        return true;
    }
}

/// <summary>The op defines a symbol: it has a `sym_name` string attribute.</summary>
public sealed class Symbol : OpTrait
{
    public static readonly Symbol Instance = new();
    public override bool Verify(Operation op)
    {
        if (op.GetInherentOrDiscardable(SymbolTable.SymbolAttrName) is not StringAttr)
        {
            op.EmitOpError("requires string attribute 'sym_name'");
            return false;
        }
        return true;
    }
}

/// <summary>All operands and results have the same type.</summary>
public sealed class SameOperandsAndResultType : OpTrait
{
    public static readonly SameOperandsAndResultType Instance = new();
    public override bool Verify(Operation op)
    {
        IRType? first = op.NumOperands > 0 ? op.GetOperand(0).Type : op.NumResults > 0 ? op.GetResult(0).Type : null;
        if (first is null) return true;
        bool same = true;
        for (int i = 0; i < op.NumOperands && same; i++) same = ReferenceEquals(op.GetOperand(i).Type, first);
        for (int i = 0; i < op.NumResults && same; i++) same = ReferenceEquals(op.GetResult(i).Type, first);
        if (same) return true;
        op.EmitOpError("requires the same type for all operands and results");
        return false;
    }
}

/// <summary>All operands have the same type.</summary>
public sealed class SameTypeOperands : OpTrait
{
    public static readonly SameTypeOperands Instance = new();
    public override bool Verify(Operation op)
    {
        bool same = true;
        for (int i = 1; i < op.NumOperands && same; i++) same = ReferenceEquals(op.GetOperand(i).Type, op.GetOperand(0).Type);
        if (!same)
        {
            op.EmitOpError("requires all operands to have the same type");
            return false;
        }
        return true;
    }
}

/// <summary>Exact result count (ZeroResults, OneResult, NResults).</summary>
public sealed class NResults(int count) : OpTrait
{
    public int Count { get; } = count;
    public static readonly NResults Zero = new(0), One = new(1);
    public override bool Verify(Operation op)
    {
        if (op.NumResults == Count) return true;
        op.EmitOpError(Count switch
        {
            0 => "requires zero results",
            1 => "requires one result",
            _ => $"expected {Count} results, but found {op.NumResults}"
        });
        return false;
    }
}

/// <summary>Exact operand count (ZeroOperands, OneOperand, NOperands).</summary>
public sealed class NOperands(int count) : OpTrait
{
    public int Count { get; } = count;
    public static readonly NOperands Zero = new(0), One = new(1), Two = new(2);
    public override bool Verify(Operation op)
    {
        if (op.NumOperands == Count) return true;
        op.EmitOpError(Count switch
        {
            0 => "requires zero operands",
            1 => "requires a single operand",
            _ => $"expected {Count} operands, but found {op.NumOperands}"
        });
        return false;
    }
}

/// <summary>Exact region count.</summary>
public sealed class NRegions(int count) : OpTrait
{
    public int Count { get; } = count;
    public static readonly NRegions Zero = new(0), One = new(1);
    public override bool Verify(Operation op)
    {
        if (op.NumRegions == Count) return true;
        op.EmitOpError(Count switch { 0 => "requires zero regions", 1 => "requires one region", _ => $"expected {Count} regions" });
        return false;
    }
}

/// <summary>The op must be nested directly in one of the named ops.</summary>
public sealed class HasParent(params string[] parents) : OpTrait
{
    public IReadOnlyList<string> Parents { get; } = parents;
    public override bool Verify(Operation op)
    {
        var p = op.ParentOp;
        if (p is not null && Parents.Contains(p.Name)) return true;
        op.EmitOpError(Parents.Count == 1
            ? $"expects parent op '{Parents[0]}'"
            : $"expects parent op to be one of '{string.Join(", ", Parents)}'");
        return false;
    }
}

/// <summary>Operand groups are sized by the `operandSegmentSizes` property.</summary>
public sealed class AttrSizedOperandSegments : OpTrait { public static readonly AttrSizedOperandSegments Instance = new(); }

/// <summary>Result groups are sized by the `resultSegmentSizes` property.</summary>
public sealed class AttrSizedResultSegments : OpTrait { public static readonly AttrSizedResultSegments Instance = new(); }

/// <summary>Single-block regions end with an implicit terminator that the custom form omits.</summary>
public sealed class SingleBlockImplicitTerminator(string terminator) : OpTrait
{
    public string TerminatorName { get; } = terminator;
}

/// <summary>Has an internal symbol table whose symbols may be referenced from outside (function-like ops).</summary>
public sealed class AutomaticAllocationScope : OpTrait { public static readonly AutomaticAllocationScope Instance = new(); }

/// <summary>The op's regions are graph regions: no dominance requirement between values (RegionKind::Graph).</summary>
public sealed class GraphRegions : OpTrait { public static readonly GraphRegions Instance = new(); }

/// <summary>The op's effects are those of the ops nested in its regions (MLIR's RecursiveMemoryEffects).</summary>
public sealed class RecursiveMemoryEffects : OpTrait { public static readonly RecursiveMemoryEffects Instance = new(); }

/// <summary>
/// The op implements SymbolOpInterface but defines a symbol only when it carries a `sym_name`
/// (MLIR's isOptionalSymbol, e.g. `builtin.module`); the name is not required by the verifier.
/// </summary>
public sealed class OptionalSymbol : OpTrait { public static readonly OptionalSymbol Instance = new(); }
