using System.Text;
using Lce.IR.Passes;

namespace Lce.Opt;

/// <summary>The pass listing of --list-passes and --help, laid out as mlir-opt's (flag, padding, `-   ` description).</summary>
internal static class PassHelp
{
    public static string ListPasses(PassRegistry registry)
    {
        var sb = new StringBuilder("Passes:\n");
        var entries = registry.Passes.ToList();
        int width = DescriptionColumn(entries.Concat(registry.Pipelines), indent: 2);
        AppendEntries(sb, entries, 2, width);
        var pipelines = registry.Pipelines.ToList();
        if (pipelines.Count > 0)
        {
            sb.Append("Pass Pipelines:\n");
            AppendEntries(sb, pipelines, 2, width);
        }
        return sb.ToString();
    }

    /// <summary>The --help section listing passes and pipelines as flags, as mlir-opt's "Compiler passes to run".</summary>
    public static string CompilerPasses(PassRegistry registry)
    {
        var sb = new StringBuilder("  Compiler passes to run\n    Passes:\n");
        int width = DescriptionColumn(registry.Passes.Concat(registry.Pipelines), indent: 6);
        AppendEntries(sb, registry.Passes, 6, width);
        if (registry.Pipelines.Any())
        {
            sb.Append("    Pass Pipelines:\n");
            AppendEntries(sb, registry.Pipelines, 6, width);
        }
        return sb.ToString();
    }

    /// <summary>The column where descriptions start: after the widest flag or option spelling.</summary>
    public static int DescriptionColumn(IEnumerable<PassRegistryEntry> entries, int indent)
    {
        int width = 0;
        foreach (var e in entries)
        {
            width = Math.Max(width, indent + 2 + e.Argument.Length);
            if (e.OptionsFactory?.Invoke() is { } options)
                foreach (var o in options.All)
                    width = Math.Max(width, indent + 4 + o.Argument.Length + (o.ValueName is { } v ? v.Length + 3 : 0));
        }
        return width + 2;
    }

    public static void AppendEntries(StringBuilder sb, IEnumerable<PassRegistryEntry> entries, int indent, int column)
    {
        foreach (var e in entries)
        {
            Line(sb, new string(' ', indent) + "--" + e.Argument, column, "-   " + e.Description);
            if (e.OptionsFactory?.Invoke() is not { } options) continue;
            foreach (var o in options.All.OrderBy(o => o.Argument, StringComparer.Ordinal))
            {
                string flag = new string(' ', indent + 2) + "--" + o.Argument + (o.ValueName is { } v ? $"=<{v}>" : "");
                Line(sb, flag, column, "- " + o.Description);
                foreach (var (name, description) in o.ChoiceHelp)
                    Line(sb, new string(' ', indent + 2) + "=" + name, column, "-   " + description);
            }
        }
    }

    private static void Line(StringBuilder sb, string flag, int column, string description)
    {
        sb.Append(flag);
        sb.Append(' ', Math.Max(1, column - flag.Length));
        sb.Append(description.TrimEnd()).Append('\n');
    }
}
