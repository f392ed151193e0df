using System.Text;

namespace Lce.IR.Printing;

/// <summary>
/// Prints operations, regions and blocks in generic or custom form (MLIR's OperationPrinter),
/// and implements <see cref="IOpAsmPrinter"/> for custom op printers. In collection mode it
/// runs the same printing logic only to visit, in print order, what needs an alias.
/// </summary>
public sealed partial class OperationPrinter : IOpAsmPrinter
{
    private StringBuilder _sb;
    private readonly PrinterFlags _flags;
    private readonly SsaNameState? _names;
    private readonly AliasTable? _collect;
    private readonly AttrTypePrinter _attrs;
    private readonly Stack<string> _defaultDialect = new();
    private int _indent;

    public IRContext Context { get; }
    public PrinterFlags Flags => _flags;

    internal OperationPrinter(IRContext ctx, StringBuilder sb, PrinterFlags flags, SsaNameState? names,
        AliasTable? aliases, AliasTable? collect, Dictionary<DistinctAttr, int> distinctIds)
    {
        Context = ctx; _sb = sb; _flags = flags; _names = names; _collect = collect;
        _attrs = new AttrTypePrinter(sb, flags, aliases, distinctIds);
        _defaultDialect.Push("builtin");
    }

    private bool Collecting => _collect is not null;

    /// <summary>Called when the buffer grows large, to hand finished text to the output (streaming).</summary>
    internal Action? Flush
    {
        get => _flush;
        init { _flush = value; _attrs.Flush = value; }
    }
    private readonly Action? _flush;
    internal const int FlushThreshold = 1 << 20;

    /// <summary>Prints an op at the current indentation, with its trailing location if enabled.</summary>
    public void Print(Operation op)
    {
        if (Collecting && _flags.PrintDebugInfo) _collect!.VisitAttribute(op.Location, canBeDeferred: true);
        Indent();
        PrintOperation(op);
        if (_flags.PrintDebugInfo && !Collecting) _attrs.PrintTrailingLocation(op.Location, allowAlias: true);
        if (Collecting && _sb.Length > 1 << 16) _sb.Clear();
        else if (Flush is not null && _sb.Length > FlushThreshold) Flush();
    }

    private void Indent() => _sb.Append(' ', _indent);

    public void PrintOperation(Operation op)
    {
        if (!Collecting && op.NumResults > 0) PrintResultList(op);
        if (!_flags.PrintGenericOpForm && op.Definition is { } def && def.HasCustomAssembly)
        {
            PrintOpName(op);
            if (def.CustomPrinter is { } cp) cp(op, this);
            else AssemblyFormatPrinter.Print(def, op, this);
            return;
        }
        PrintGenericOp(op);
    }

    private void PrintResultList(Operation op)
    {
        var groups = _names!.ResultGroups(op);
        void Group(int start, int count)
        {
            _names.AppendValueName(_sb, op.GetResult(start), printResultNumber: false);
            if (count > 1) _sb.Append(':').Append(count);
        }
        if (groups is null) Group(0, op.NumResults);
        else
        {
            for (int i = 0; i < groups.Length - 1; i++) { Group(groups[i], groups[i + 1] - groups[i]); _sb.Append(", "); }
            Group(groups[^1], op.NumResults - groups[^1]);
        }
        _sb.Append(" = ");
    }

    private void PrintOpName(Operation op)
    {
        var name = op.Name;
        var dd = _defaultDialect.Peek();
        if (dd.Length > 0 && name.StartsWith(dd, StringComparison.Ordinal) && name.Length > dd.Length && name[dd.Length] == '.'
            && name.IndexOf('.', dd.Length + 1) < 0)
            name = name[(dd.Length + 1)..];
        _sb.Append(name);
    }

    public void PrintGenericOp(Operation op) => PrintGenericOp(op, printOpName: true);

    public void PrintGenericOp(Operation op, bool printOpName)
    {
        if (Collecting)
        {
            foreach (var r in op.Regions) PrintRegion(r, true, true, true);
            for (int i = 0; i < op.NumOperands; i++) _collect!.VisitType(op.GetOperand(i).Type);
            for (int i = 0; i < op.NumResults; i++) _collect!.VisitType(op.GetResult(i).Type);
            if (PropertiesToPrint(op) is { } cprops) _collect!.VisitAttribute(cprops);
            var entries = op.Attributes.Entries;
            for (int i = 0; i < entries.Count; i++) _collect!.VisitAttribute(entries[i].Value);
            return;
        }
        if (printOpName)
        {
            _sb.Append('"');
            if (TextEscaping.NeedsNoEscaping(op.Name)) _sb.Append(op.Name);
            else TextEscaping.AppendEscaped(_sb, Encoding.UTF8.GetBytes(op.Name));
            _sb.Append('"');
        }
        _sb.Append('(');
        for (int i = 0; i < op.NumOperands; i++)
        {
            if (i > 0) _sb.Append(", ");
            PrintOperand(op.GetOperand(i));
        }
        _sb.Append(')');
        if (op.NumSuccessors > 0)
        {
            _sb.Append('[');
            int i = 0;
            foreach (var s in op.Successors) { if (i++ > 0) _sb.Append(", "); PrintSuccessor(s); }
            _sb.Append(']');
        }
        if (PropertiesToPrint(op) is { } props)
        {
            _sb.Append(" <");
            _attrs.PrintAttribute(props);
            _sb.Append('>');
        }
        if (op.NumRegions > 0)
        {
            _sb.Append(" (");
            for (int i = 0; i < op.NumRegions; i++)
            {
                if (i > 0) _sb.Append(", ");
                PrintRegion(op.GetRegion(i), true, true, true);
            }
            _sb.Append(')');
        }
        PrintOptionalAttrDict(op.Attributes);
        _sb.Append(" : ");
        PrintFunctionalType(op);
    }

    /// <summary>Registered ops print properties only when some are set; unregistered ops print any given `&lt;{}&gt;`.</summary>
    private static IRAttribute? PropertiesToPrint(Operation op) =>
        op.OpaqueProperties ?? (op.Properties is { } p && (op.Definition is null || p.Count > 0) ? p : null);

    // ---------------- regions and blocks ----------------
    public void PrintRegion(Region region, bool printEntryBlockArgs = true, bool printBlockTerminators = true, bool printEmptyBlock = false)
    {
        if (_flags.SkipRegions) { _sb.Append("{...}"); return; }
        _defaultDialect.Push(region.Owner?.Definition?.DefaultDialect ?? "");
        try
        {
            if (Collecting)
            {
                if (region.EntryBlock is { } e) PrintBlock(e, printEntryBlockArgs, printBlockTerminators);
                for (int i = 1; i < region.Blocks.Count; i++) PrintBlock(region.Blocks[i], true, true);
                return;
            }
            _sb.Append("{\n");
            if (region.EntryBlock is { } entry)
            {
                bool header = (printEmptyBlock && entry.IsEmpty) || (printEntryBlockArgs && entry.NumArguments != 0);
                PrintBlock(entry, header, printBlockTerminators);
                for (int i = 1; i < region.Blocks.Count; i++) PrintBlock(region.Blocks[i], true, true);
            }
            Indent();
            _sb.Append('}');
        }
        finally { _defaultDialect.Pop(); }
    }

    private void PrintBlock(Block block, bool printHeader, bool printTerminator)
    {
        if (Collecting)
        {
            if (printHeader)
                foreach (var arg in block.Arguments)
                {
                    _collect!.VisitType(arg.Type);
                    if (_flags.PrintDebugInfo) _collect.VisitAttribute(arg.Location, canBeDeferred: false);
                }
        }
        else if (printHeader) PrintBlockHeader(block);
        _indent += 2;
        bool hasTerminator = block.LastOp is { } last && last.HasTrait<Traits.IsTerminator>();
        var stop = !printTerminator && hasTerminator ? block.LastOp : null;
        for (var op = block.FirstOp; op is not null && !ReferenceEquals(op, stop); op = op.NextNode)
        {
            Print(op);
            if (!Collecting) _sb.Append('\n');
        }
        _indent -= 2;
    }

    private void PrintBlockHeader(Block block)
    {
        Indent();
        _sb.Append(_names!.BlockName(block));
        if (block.NumArguments > 0)
        {
            _sb.Append('(');
            for (int i = 0; i < block.NumArguments; i++)
            {
                if (i > 0) _sb.Append(", ");
                var arg = block.GetArgument(i);
                _names.AppendValueName(_sb, arg);
                _sb.Append(": ");
                _attrs.PrintType(arg.Type);
                if (_flags.PrintDebugInfo) _attrs.PrintTrailingLocation(arg.Location, allowAlias: false);
            }
            _sb.Append(')');
        }
        _sb.Append(':');
        if (block.Parent is null) _sb.Append("  // block is not in a region!");
        else if (block.HasNoPredecessors)
        {
            if (!block.IsEntryBlock) _sb.Append("  // no predecessors");
        }
        else
        {
            var preds = block.Predecessors.ToList();
            if (preds.Count == 1) _sb.Append("  // pred: ").Append(_names.BlockName(preds[0]));
            else
            {
                preds.Sort((a, b) => _names.BlockOrdering(a).CompareTo(_names.BlockOrdering(b)));
                _sb.Append("  // ").Append(preds.Count).Append(" preds: ");
                for (int i = 0; i < preds.Count; i++)
                {
                    if (i > 0) _sb.Append(", ");
                    _sb.Append(_names.BlockName(preds[i]));
                }
            }
        }
        _sb.Append('\n');
    }
}
