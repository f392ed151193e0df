namespace Lce.IR;

/// <summary>Writes a call graph as MLIR's CallGraph::print does (the `-test-print-callgraph` dump).</summary>
public static class CallGraphPrinter
{
    public static void Print(CallGraph cg, TextWriter os)
    {
        os.Write("// ---- CallGraph ----\n");
        foreach (var node in cg.Nodes)
        {
            os.Write("// - Node : ");
            WriteName(cg, node, os);
            os.Write('\n');
            foreach (var edge in node.Edges)
            {
                os.Write("// -- ");
                if (edge.IsCall) os.Write("Call");
                else if (edge.IsChild) os.Write("Child");
                os.Write("-Edge : ");
                WriteName(cg, edge.Target, os);
                os.Write('\n');
            }
            os.Write("//\n");
        }

        os.Write("// -- SCCs --\n");
        foreach (var scc in cg.StronglyConnectedComponents())
        {
            os.Write("// - SCC : \n");
            foreach (var node in scc)
            {
                os.Write("// -- Node :");
                WriteName(cg, node, os);
                os.Write('\n');
            }
            os.Write('\n');
        }
        os.Write("// -------------------\n");
    }

    /// <summary>`'op.name' - Region #i : { discardable attributes, then inherent ones }`.</summary>
    private static void WriteName(CallGraph cg, CallGraphNode node, TextWriter os)
    {
        if (ReferenceEquals(node, cg.ExternalCallerNode)) { os.Write("<External-Caller-Node>"); return; }
        if (ReferenceEquals(node, cg.UnknownCalleeNode)) { os.Write("<Unknown-Callee-Node>"); return; }
        var region = node.CallableRegion!;
        var op = region.Owner!;
        int index = 0;
        while (!ReferenceEquals(op.GetRegion(index), region)) index++;
        os.Write($"'{op.Name}' - Region #{index}");
        var attrs = new List<NamedAttribute>(op.Attributes.Entries);
        if (op.Definition is not null && op.Properties is { } props) attrs.AddRange(props.Entries);
        if (attrs.Count == 0) return;
        os.Write(" : {");
        os.Write(string.Join(", ", attrs.Select(a => $"{a.Name} = {Printing.AsmPrinter.AttributeToString(a.Value)}")));
        os.Write("}");
    }
}
