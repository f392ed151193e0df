using System.Text;

namespace Lce.IR.Passes;

/// <summary>How --mlir-pass-statistics lays out the report.</summary>
public enum PassStatisticsDisplay
{
    /// <summary>One entry per pass name, statistics of all its instances added up, sorted by name.</summary>
    List,
    /// <summary>The pipeline's nesting, one entry per pass instance.</summary>
    Pipeline,
}

/// <summary>
/// The "Pass statistics report" of MLIR's PassStatistics.cpp (as built with statistics
/// enabled): per pass its name, then `(S) value name - description` lines sorted by name with
/// values right-aligned and names left-aligned. Per-thread pass copies are merged first.
/// </summary>
internal static class PassStatisticsPrinter
{
    private const string Description = "... Pass statistics report ...";

    public static void Print(PassManager pm, PassStatisticsDisplay display, TextWriter output)
    {
        Prepare(pm);
        var sb = new StringBuilder();
        string rule = "===" + new string('-', 73) + "===\n";
        sb.Append(rule).Append(' ', (80 - Description.Length) / 2).Append(Description).Append('\n').Append(rule);
        if (display == PassStatisticsDisplay.List) PrintList(sb, pm);
        else foreach (var p in pm.Passes) PrintPipeline(sb, 0, p);
        sb.Append('\n');
        output.Write(sb.ToString());
    }

    /// <summary>Adds the statistics of the per-thread copies into the managers they were cloned from.</summary>
    private static void Prepare(OpPassManager pm)
    {
        foreach (var pass in pm.Passes)
        {
            if (pass is not OpToOpPassAdaptor adaptor) continue;
            foreach (var copies in adaptor.ExistingAsyncExecutors)
                for (int i = 0; i < copies.Count && i < adaptor.Managers.Count; i++)
                {
                    Prepare(copies[i]);
                    MergeInto(copies[i], adaptor.Managers[i]);
                }
            foreach (var nested in adaptor.Managers) Prepare(nested);
        }
    }

    private static void MergeInto(OpPassManager from, OpPassManager into)
    {
        for (int i = 0; i < from.Passes.Count && i < into.Passes.Count; i++)
        {
            if (from.Passes[i] is OpToOpPassAdaptor a && into.Passes[i] is OpToOpPassAdaptor b)
            {
                for (int m = 0; m < a.Managers.Count && m < b.Managers.Count; m++) MergeInto(a.Managers[m], b.Managers[m]);
                continue;
            }
            var src = from.Passes[i].Statistics;
            var dst = into.Passes[i].Statistics;
            for (int s = 0; s < src.Count && s < dst.Count; s++)
            {
                dst[s].Add(src[s].Value);
                src[s].Reset();
            }
        }
    }

    private static void PrintList(StringBuilder sb, OpPassManager pm)
    {
        var merged = new Dictionary<string, List<(string Name, string Desc, long Value)>>(StringComparer.Ordinal);
        void Add(Pass pass)
        {
            if (pass is OpToOpPassAdaptor adaptor)
            {
                foreach (var m in adaptor.Managers) foreach (var p in m.Passes) Add(p);
                return;
            }
            if (pass.Statistics.Count == 0) return;
            if (!merged.TryGetValue(pass.Name, out var entry))
            {
                merged[pass.Name] = pass.Statistics.Select(s => (s.Name, s.Description, s.Value)).ToList();
                return;
            }
            for (int i = 0; i < entry.Count && i < pass.Statistics.Count; i++)
                entry[i] = entry[i] with { Value = entry[i].Value + pass.Statistics[i].Value };
        }
        foreach (var p in pm.Passes) Add(p);
        foreach (var name in merged.Keys.OrderBy(k => k, StringComparer.Ordinal)) Entry(sb, 2, name, merged[name]);
    }

    private static void PrintPipeline(StringBuilder sb, int indent, Pass pass)
    {
        if (pass is OpToOpPassAdaptor adaptor)
        {
            if (adaptor.Managers.Count > 1)
            {
                Entry(sb, indent, adaptor.AdaptorName, []);
                indent += 2;
            }
            foreach (var m in adaptor.Managers)
            {
                Entry(sb, indent, $"'{m.OpAnchorName}' Pipeline", []);
                foreach (var p in m.Passes) PrintPipeline(sb, indent + 2, p);
            }
            return;
        }
        Entry(sb, indent, pass.Name, pass.Statistics.Select(s => (s.Name, s.Description, s.Value)).ToList());
    }

    private static void Entry(StringBuilder sb, int indent, string name, List<(string Name, string Desc, long Value)> stats)
    {
        sb.Append(' ', indent).Append(name).Append('\n');
        if (stats.Count == 0) return;
        var sorted = stats.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        int nameWidth = sorted.Max(s => s.Name.Length);
        int valueWidth = sorted.Max(s => s.Value.ToString().Length);
        foreach (var s in sorted)
            sb.Append(' ', indent + 2).Append("(S) ").Append(s.Value.ToString().PadLeft(valueWidth)).Append(' ')
              .Append(s.Name.PadRight(nameWidth)).Append(" - ").Append(s.Desc).Append('\n');
    }
}
