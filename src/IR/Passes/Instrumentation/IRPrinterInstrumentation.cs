using System.Text;
using Lce.IR.Printing;

namespace Lce.IR.Passes;

/// <summary>What to print before/after passes, and how (mlir-opt's --mlir-print-ir-* flags).</summary>
public sealed class IRPrinterConfig
{
    /// <summary>Print before a pass when this returns true (null: never).</summary>
    public Func<Pass, Operation, bool>? ShouldPrintBefore { get; init; }

    /// <summary>Print after a pass when this returns true (null: never).</summary>
    public Func<Pass, Operation, bool>? ShouldPrintAfter { get; init; }

    /// <summary>Print the whole top-level op instead of the pass's anchor (needs threading off).</summary>
    public bool PrintModuleScope { get; init; }

    /// <summary>After a pass, print only if the IR changed.</summary>
    public bool PrintAfterOnlyOnChange { get; init; }

    /// <summary>After a pass, print only if the pass failed.</summary>
    public bool PrintAfterOnlyOnFailure { get; init; }

    public PrinterFlags Flags { get; init; } = PrinterFlags.Default;

    /// <summary>Where dumps go (stderr in lce-opt), unless <see cref="TreeDirectory"/> is set.</summary>
    public TextWriter Output { get; init; } = TextWriter.Null;

    /// <summary>Write each dump to its own file under this directory, mirroring the IR nesting.</summary>
    public string? TreeDirectory { get; init; }
}

/// <summary>
/// Prints the IR around passes with MLIR's headers, e.g.
/// `// -----// IR Dump After CSE (cse) //----- //`, and with module scope
/// `// -----// IR Dump Before CSE (cse) ('func.func' operation: @f) //----- //`.
/// </summary>
public sealed class IRPrinterInstrumentation(IRPrinterConfig config) : PassInstrumentation
{
    private readonly Dictionary<Pass, OperationFingerPrint> _beforeFingerPrints = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Operation, int> _treeCounters = new(ReferenceEqualityComparer.Instance);

    public override void RunBeforePass(Pass pass, Operation op)
    {
        if (pass is OpToOpPassAdaptor) return;
        if (config.PrintAfterOnlyOnChange) _beforeFingerPrints.TryAdd(pass, OperationFingerPrint.Of(op));
        if (config.ShouldPrintBefore is { } before && before(pass, op))
            Emit(pass, op, $"// -----// IR Dump Before {pass.Name} ({pass.Argument})");
    }

    public override void RunAfterPass(Pass pass, Operation op)
    {
        if (pass is OpToOpPassAdaptor || config.PrintAfterOnlyOnFailure) return;
        if (config.PrintAfterOnlyOnChange)
        {
            bool same = _beforeFingerPrints.Remove(pass, out var before) && before == OperationFingerPrint.Of(op);
            if (same) return;
        }
        if (config.ShouldPrintAfter is { } after && after(pass, op))
            Emit(pass, op, $"// -----// IR Dump After {pass.Name} ({pass.Argument})");
    }

    public override void RunAfterPassFailed(Pass pass, Operation op)
    {
        if (pass is OpToOpPassAdaptor) return;
        if (config.PrintAfterOnlyOnChange) _beforeFingerPrints.Remove(pass);
        if (config.ShouldPrintAfter is { } after && after(pass, op))
            Emit(pass, op, $"// -----// IR Dump After {pass.Name} Failed ({pass.Argument})");
    }

    private void Emit(Pass pass, Operation op, string header)
    {
        var sb = new StringBuilder(header);
        PrintIR(op, sb);
        sb.Append("\n\n");
        if (config.TreeDirectory is { } dir) WriteTreeFile(dir, op, pass.Argument, sb.ToString());
        else ParallelDiagnosticHandler.Write(config.Output, sb.ToString());
    }

    private void PrintIR(Operation op, StringBuilder sb)
    {
        if (!config.PrintModuleScope)
        {
            sb.Append(" //----- //\n");
            // A nested op prints alone with local scope; a top-level op prints as a file.
            if (op.ParentBlock is not null) sb.Append(AsmPrinter.OperationToString(op, config.Flags with { PrintLocalScope = true }));
            else AsmPrinter.PrintTopLevel(op, sb, config.Flags);
            return;
        }
        sb.Append(" ('").Append(op.Name).Append("' operation");
        if (op.GetInherentOrDiscardable("sym_name") is StringAttr symbol) sb.Append(": @").Append(symbol.Value);
        sb.Append(") //----- //\n");
        var top = op;
        while (top.ParentOp is { } parent) top = parent;
        AsmPrinter.PrintTopLevel(top, sb, config.Flags);
    }

    /// <summary>
    /// `dir/builtin_module_no-symbol-name/func_func_f/0_1_cse.mlir`: one folder per ancestor
    /// (op name with dots as underscores, then the symbol name), file name from per-op counters.
    /// </summary>
    private void WriteTreeFile(string root, Operation op, string passArgument, string text)
    {
        _treeCounters[op] = _treeCounters.TryGetValue(op, out int n) ? n + 1 : 0;
        var chain = new List<Operation>();
        for (var o = op; o is not null; o = o.ParentOp) chain.Add(o);
        chain.Reverse();
        string path = root;
        var counts = new List<int>();
        try
        {
            Directory.CreateDirectory(path);
            foreach (var o in chain)
            {
                string symbol = o.GetInherentOrDiscardable("sym_name") is StringAttr s ? s.Value.Replace('/', '_').Replace('\\', '_') : "no-symbol-name";
                path = Path.Combine(path, o.Name.Replace('.', '_') + "_" + symbol);
                Directory.CreateDirectory(path);
                counts.Add(_treeCounters.TryGetValue(o, out int c) ? c : 0);
            }
            File.WriteAllText(Path.Combine(path, string.Join("_", counts) + "_" + passArgument + ".mlir"), text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ParallelDiagnosticHandler.Write(config.Output, $"Error while creating directory {path}: {e.Message}\n");
        }
    }
}
