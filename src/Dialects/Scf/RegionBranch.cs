namespace Lce.Dialects.Scf;

using Lce.IR;
using Lce.IR.Traits;

/// <summary>
/// MLIR's RegionBranchOpInterface for the scf ops: which regions (or the parent, null) control
/// reaches from the op itself (branch point null) or from a region terminator, which operands
/// are forwarded along each edge, and which values (block arguments or results) receive them.
/// </summary>
internal static class RegionBranch
{
    public static readonly string[] OpNames = ["scf.execute_region", "scf.for", "scf.if", "scf.index_switch", "scf.while"];

    /// <summary>RegionBranchTerminatorOpInterface: return-like terminators and scf.condition.</summary>
    public static bool IsTerminator(Operation op) => op.HasTrait<ReturnLike>() || op.Name == "scf.condition";

    /// <summary>getAllRegionBranchPoints: the parent (null), then every region terminator in order.</summary>
    public static List<Operation?> BranchPoints(Operation op)
    {
        var points = new List<Operation?> { null };
        foreach (var region in op.Regions)
            foreach (var block in region.Blocks)
                if (block.LastOp is { } last && IsTerminator(last)) points.Add(last);
        return points;
    }

    /// <summary>getSuccessorRegions: null stands for the parent op.</summary>
    public static List<Region?> Successors(Operation op, Operation? point)
    {
        switch (op.Name)
        {
            case "scf.if":
                if (point is not null) return [null];
                return [op.GetRegion(0), op.GetRegion(1).IsEmpty ? null : op.GetRegion(1)];
            case "scf.for":
                return [op.GetRegion(0), null];
            case "scf.while":
                if (point is null) return [op.GetRegion(0)];
                if (ReferenceEquals(point.ParentRegion, op.GetRegion(1))) return [op.GetRegion(0)];
                return [null, op.GetRegion(1)];
            case "scf.index_switch":
                if (point is not null) return [null];
                return op.Regions.Select(r => (Region?)r).ToList();
            default: // scf.execute_region
                return point is null ? [op.GetRegion(0)] : [null];
        }
    }

    /// <summary>getSuccessorOperands: the operands forwarded from <paramref name="point"/> to <paramref name="successor"/>.</summary>
    public static IReadOnlyList<OpOperand> Operands(Operation op, Operation? point, Region? successor)
    {
        if (point is null)
            return op.Name switch
            {
                "scf.for" => op.OpOperands.Skip(3).ToList(),
                "scf.while" => op.OpOperands,
                _ => [],
            };
        return point.Name == "scf.condition" ? point.OpOperands.Skip(1).ToList() : point.OpOperands;
    }

    /// <summary>getSuccessorInputs: the results for the parent, else the region's entry arguments it receives.</summary>
    public static IReadOnlyList<Value> Inputs(Operation op, Region? successor)
    {
        if (successor is null) return op.Results;
        if (successor.IsEmpty) return [];
        return op.Name switch
        {
            "scf.for" => successor.Blocks[0].Arguments.Skip(1).ToList<Value>(),
            "scf.while" => successor.Blocks[0].Arguments,
            _ => [],
        };
    }

    /// <summary>getSuccessorOperandInputMapping over all branch points, in a stable order.</summary>
    public static List<(OpOperand Operand, List<Value> Inputs)> OperandToInputs(Operation op)
    {
        var order = new List<(OpOperand, List<Value>)>();
        var index = new Dictionary<OpOperand, List<Value>>();
        foreach (var point in BranchPoints(op))
            foreach (var successor in Successors(op, point))
            {
                var operands = Operands(op, point, successor);
                var inputs = Inputs(op, successor);
                for (int i = 0; i < Math.Min(operands.Count, inputs.Count); i++)
                {
                    if (!index.TryGetValue(operands[i], out var list))
                    {
                        list = new List<Value>();
                        index[operands[i]] = list;
                        order.Add((operands[i], list));
                    }
                    list.Add(inputs[i]);
                }
            }
        return order;
    }

    /// <summary>The inverse mapping: each successor input with the operands forwarded to it.</summary>
    public static List<(Value Input, List<OpOperand> Operands)> InputToOperands(List<(OpOperand Operand, List<Value> Inputs)> mapping)
    {
        var order = new List<(Value, List<OpOperand>)>();
        var index = new Dictionary<Value, List<OpOperand>>();
        foreach (var (operand, inputs) in mapping)
            foreach (var input in inputs)
            {
                if (!index.TryGetValue(input, out var list))
                {
                    list = new List<OpOperand>();
                    index[input] = list;
                    order.Add((input, list));
                }
                list.Add(operand);
            }
        return order;
    }
}

/// <summary>verifyRegionBranchOpInterface: operand counts and types along every control-flow edge.</summary>
internal static class RegionBranchVerifier
{
    public static bool Verify(Operation op)
    {
        foreach (var point in RegionBranch.BranchPoints(op))
            foreach (var successor in RegionBranch.Successors(op, point))
            {
                var operands = RegionBranch.Operands(op, point, successor);
                var inputs = RegionBranch.Inputs(op, successor);
                string Edge() =>
                    $"along control flow edge from {(point is null ? "parent" : "Operation " + point.Name)} to " +
                    (successor is null ? "parent" : $"Region #{op.Regions.ToList().IndexOf(successor)}");
                var noteLoc = point?.Location ?? op.Location;
                if (operands.Count != inputs.Count)
                {
                    op.EmitOpError($"{Edge()}: region branch point has {operands.Count} operands, but region successor needs {inputs.Count} inputs")
                        .AttachNote("region branch point", noteLoc);
                    return false;
                }
                for (int i = 0; i < operands.Count; i++)
                {
                    var (from, to) = (operands[i].Value.Type, inputs[i].Type);
                    if (ReferenceEquals(from, to)) continue;
                    op.EmitOpError($"{Edge()}: successor operand type #{i} '{from}' should match successor input type #{i} '{to}'")
                        .AttachNote("region branch point", noteLoc);
                    return false;
                }
            }
        return true;
    }
}
