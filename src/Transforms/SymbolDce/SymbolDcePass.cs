using Lce.IR;
using Lce.IR.Passes;
using Lce.IR.Traits;

namespace Lce.Transforms.SymbolDce;

/// <summary>
/// The `symbol-dce` pass (MLIR's SymbolDCE): symbols that may be referenced from outside are
/// live, as is every symbol a live op refers to, transitively and through nested symbol
/// tables; the remaining discardable symbols are erased.
/// </summary>
public sealed class SymbolDcePass : Pass
{
    private readonly PassStatistic _numDce;

    public SymbolDcePass() => _numDce = Statistic("num-dce'd", "Number of symbols DCE'd");

    public override string Argument => "symbol-dce";
    public override string Name => "SymbolDCE";
    public override string Description => "Eliminate dead symbols";

    protected override void RunOnOperation()
    {
        var root = Operation;
        if (!root.HasTrait<SymbolTableTrait>())
        {
            root.EmitOpError(" was scheduled to run under SymbolDCE, but does not define a symbol table");
            SignalPassFailure();
            return;
        }

        // Symbols of a table nobody outside can see are only reachable through uses inside it.
        bool hidden = root.ParentOp is null || !SideEffects.IsSymbolOp(root) || IsPrivate(root);

        var live = new HashSet<Operation>();
        if (!ComputeLiveness(root, new SymbolTableCollection(), hidden, live))
        {
            SignalPassFailure();
            return;
        }

        root.Walk(table =>
        {
            if (!table.HasTrait<SymbolTableTrait>()) return;
            foreach (var block in table.GetRegion(0).Blocks)
                foreach (var op in block.Operations)
                    if (SideEffects.IsSymbolOp(op) && !live.Contains(op))
                    {
                        op.Erase();
                        _numDce.Add();
                    }
        });
    }

    private static bool IsPrivate(Operation op) => SymbolTable.GetVisibility(op) == "private";

    /// <summary>Marks the live symbols of <paramref name="tableOp"/> and of the tables nested in live ops.</summary>
    private static bool ComputeLiveness(Operation tableOp, SymbolTableCollection tables, bool hidden, HashSet<Operation> live)
    {
        var worklist = new List<Operation>();
        foreach (var block in tableOp.GetRegion(0).Blocks)
            foreach (var op in block.Operations)
            {
                if (!SideEffects.IsSymbolOp(op)) { worklist.Add(op); continue; }
                var visibility = SymbolTable.GetVisibility(op);
                // A public symbol may be used from outside the IR, so it is never discardable.
                bool discardable = (hidden || visibility == "private") && visibility != "public";
                if (!discardable && live.Add(op)) worklist.Add(op);
            }

        var resolved = new List<Operation>();
        while (worklist.Count > 0)
        {
            var op = worklist[^1];
            worklist.RemoveAt(worklist.Count - 1);

            if (op.HasTrait<SymbolTableTrait>())
            {
                bool nestedHidden = hidden || !SideEffects.IsSymbolOp(op) || IsPrivate(op);
                if (!ComputeLiveness(op, tables, nestedHidden, live)) return false;
            }
            else
            {
                // Nested symbol tables below a non-table op are reached by visiting every op with regions.
                foreach (var region in op.Regions)
                    foreach (var block in region.Blocks)
                        for (var nested = block.FirstOp; nested is not null; nested = nested.NextNode)
                            if (nested.NumRegions != 0) worklist.Add(nested);
            }

            if (op.ParentOp is not { } parent || !parent.HasTrait<SymbolTableTrait>()) continue;
            if (SymbolUses.Collect(op) is not { } uses)
            {
                op.EmitError("operation contains potentially unknown symbol table, meaning that we can't reliable compute symbol uses");
                return false;
            }
            foreach (var use in uses)
            {
                resolved.Clear();
                if (!tables.LookupSymbolIn(parent, use.Reference, resolved)) continue; // unknown symbols are ignored
                foreach (var symbol in resolved)
                    if (live.Add(symbol)) worklist.Add(symbol);
            }
        }
        return true;
    }
}
