using System.Text;

namespace Lce.IR.Printing;

/// <summary>
/// Entry points of the textual printer. <see cref="PrintTopLevel"/> writes a whole file as
/// mlir-opt does: non-deferred aliases, the op, deferred (location) aliases, then the
/// resource section.
/// </summary>
public static class AsmPrinter
{
    /// <summary>Prints <paramref name="op"/> as a top-level operation (a file), ending with one newline.</summary>
    public static void PrintTopLevel(Operation op, StringBuilder sb, PrinterFlags? flags = null) =>
        LargeStack.Run(() => PrintTopLevelOnThisStack(op, sb, flags ?? PrinterFlags.Default, null));

    private static void PrintTopLevelOnThisStack(Operation op, StringBuilder sb, PrinterFlags flags, Action? flush)
    {
        var distinct = new Dictionary<DistinctAttr, int>(ReferenceEqualityComparer.Instance);
        var aliases = new AliasTable(op.Context);
        // Collection pass: run the printing logic to visit everything that would be printed.
        var collector = new OperationPrinter(op.Context, new StringBuilder(), flags, null, null, aliases, distinct);
        collector.Print(op);
        AliasTable? table = null;
        if (!flags.PrintLocalScope) { aliases.FinalizeAliases(flags); table = aliases; }
        var names = new SsaNameState(op, flags);
        if (table is not null) table.PrintAliases(sb, flags, deferred: false, distinct);
        var printer = new OperationPrinter(op.Context, sb, flags, names, table, null, distinct) { Flush = flush };
        printer.Print(op);
        sb.Append('\n');
        if (table is not null) table.PrintAliases(sb, flags, deferred: true, distinct);
        PrintResources(sb, aliases.ReferencedResources, op.Context, flags);
    }

    /// <summary>
    /// Prints to a writer, handing text over in blocks as it is produced so that printing a large
    /// model never holds the whole output in memory.
    /// </summary>
    public static void PrintTopLevel(Operation op, TextWriter writer, PrinterFlags? flags = null)
    {
        // One chunk larger than the flush threshold plus a long line: clearing a builder of one
        // chunk keeps its array, so the whole output passes through a single buffer.
        var sb = new StringBuilder(OperationPrinter.FlushThreshold + (1 << 16));
        void Flush()
        {
            foreach (var chunk in sb.GetChunks()) writer.Write(chunk.Span);
            sb.Clear();
        }
        LargeStack.Run(() => PrintTopLevelOnThisStack(op, sb, flags ?? PrinterFlags.Default, Flush));
        Flush();
    }

    public static string PrintTopLevel(Operation op, PrinterFlags? flags = null)
    {
        var sb = new StringBuilder();
        PrintTopLevel(op, sb, flags);
        return sb.ToString();
    }

    /// <summary>
    /// The `{-# dialect_resources: ..., external_resources: ... #-}` section: referenced builtin
    /// blobs in order of first use, then every external resource group.
    /// </summary>
    private static void PrintResources(StringBuilder sb, List<ResourceBlob> blobs, IRContext ctx, PrinterFlags flags)
    {
        var defined = blobs.Where(b => b.Data is not null).ToList();
        var external = ctx.ExternalResources.Groups;
        if (defined.Count == 0 && external.Count == 0) return;
        sb.Append("\n{-#\n");
        if (defined.Count > 0)
        {
            sb.Append("  dialect_resources: {\n    builtin: {\n");
            var align = new byte[4];
            for (int i = 0; i < defined.Count; i++)
            {
                var b = defined[i];
                sb.Append("      ");
                TextEscaping.AppendKeywordOrString(sb, b.Key);
                sb.Append(": \"0x");
                BitConverter.TryWriteBytes(align, b.Alignment);
                TextEscaping.AppendHexBytes(sb, align);
                TextEscaping.AppendHexBytes(sb, b.Data);
                sb.Append('"');
                if (i + 1 < defined.Count) sb.Append(',');
                sb.Append('\n');
            }
            sb.Append("    }\n  }");
            sb.Append(external.Count > 0 ? ",\n" : "\n");
        }
        if (external.Count > 0)
        {
            var p = new AttrTypePrinter(sb, flags, null);
            sb.Append("  external_resources: {\n");
            for (int g = 0; g < external.Count; g++)
            {
                sb.Append("    ");
                TextEscaping.AppendKeywordOrString(sb, external[g].Group);
                sb.Append(": {\n");
                var entries = external[g].Entries;
                for (int i = 0; i < entries.Count; i++)
                {
                    sb.Append("      ");
                    TextEscaping.AppendKeywordOrString(sb, entries[i].Key);
                    sb.Append(": ");
                    p.PrintAttribute(entries[i].Value);
                    if (i + 1 < entries.Count) sb.Append(',');
                    sb.Append('\n');
                }
                sb.Append("    }").Append(g + 1 < external.Count ? ",\n" : "\n");
            }
            sb.Append("  }\n");
        }
        sb.Append("#-}\n");
    }

    /// <summary>The op alone (no aliases, local scope), as used in diagnostics and ToString.</summary>
    public static string OperationToString(Operation op) => OperationToString(op, PrinterFlags.Default with { PrintLocalScope = true });

    public static string OperationToString(Operation op, PrinterFlags flags)
    {
        var sb = new StringBuilder();
        // Values are named from the closest isolated-from-above ancestor, so operands defined
        // outside the op print with the names they have there (e.g. %arg0).
        var scope = op;
        for (var p0 = op.ParentOp; p0 is not null; p0 = p0.ParentOp)
        {
            scope = p0;
            if (p0.HasTrait<Traits.IsolatedFromAbove>()) break;
        }
        var names = new SsaNameState(scope, flags);
        var p = new OperationPrinter(op.Context, sb, flags, names, null, null, new(ReferenceEqualityComparer.Instance));
        p.Print(op);
        return sb.ToString();
    }

    /// <summary>Generic form with local scope, as in "see current operation" notes.</summary>
    public static string OperationToGenericString(Operation op) =>
        OperationToString(op, PrinterFlags.Default with { PrintLocalScope = true, PrintGenericOpForm = true });

    public static string TypeToString(IRType t)
    {
        var sb = new StringBuilder();
        new AttrTypePrinter(sb, PrinterFlags.Default, null).PrintType(t);
        return sb.ToString();
    }

    public static string AttributeToString(IRAttribute a)
    {
        var sb = new StringBuilder();
        new AttrTypePrinter(sb, PrinterFlags.Default, null).PrintAttribute(a);
        return sb.ToString();
    }
}
