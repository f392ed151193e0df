using System.Globalization;
using System.Text;

namespace Lce.IR.Passes;

/// <summary>How the --mlir-timing report is laid out.</summary>
public enum TimingDisplayMode { List, Tree }

/// <summary>
/// Collects nested timers and prints MLIR's "Execution time report" (DefaultTimingManager):
/// a tree (or a list merged by name and sorted by wall time), then "Rest" and "Total", with a
/// user-time column only when work ran on several threads.
/// </summary>
public sealed class TimingManager
{
    private const string Description = "... Execution time report ...";
    private readonly Timer _root = new("root") { Hidden = true };

    public TimingDisplayMode DisplayMode { get; set; } = TimingDisplayMode.Tree;

    /// <summary>The root scope; dispose it before printing.</summary>
    public TimingScope RootScope() => new(_root);

    public string Report()
    {
        _root.FinalizeTree();
        var total = _root.Time;
        var sb = new StringBuilder();
        string rule = "===" + new string('-', 73) + "===\n";
        sb.Append(rule).Append(' ', (80 - Description.Length) / 2).Append(Description).Append('\n').Append(rule);
        sb.Append("  Total Execution Time: ").Append(Format(total.Wall, 4)).Append(" seconds\n\n");
        bool showUser = total.User != total.Wall;
        if (showUser) sb.Append("  ----User Time----");
        sb.Append("  ----Wall Time----  ----Name----\n");

        void Entry(TimeRecord time, int indent, string name)
        {
            if (showUser) sb.Append("  ").Append(Format(time.User, 4).PadLeft(8)).Append(" (").Append(Format(100.0 * time.User / total.User, 1).PadLeft(5)).Append("%)");
            sb.Append("  ").Append(Format(time.Wall, 4).PadLeft(8)).Append(" (").Append(Format(100.0 * time.Wall / total.Wall, 1).PadLeft(5)).Append("%)  ");
            sb.Append(' ', indent).Append(name).Append('\n');
        }

        if (DisplayMode == TimingDisplayMode.Tree) PrintTree(_root, 0, Entry);
        else
        {
            var merged = new Dictionary<string, TimeRecord>();
            var order = new List<string>();
            void Add(Timer t)
            {
                if (merged.TryGetValue(t.Name, out var r)) merged[t.Name] = r + t.Time;
                else { merged[t.Name] = t.Time; order.Add(t.Name); }
                foreach (var (_, c) in t.Children) Add(c);
            }
            Add(_root);
            foreach (var name in order.OrderByDescending(n => merged[n].Wall)) Entry(merged[name], 0, name);
        }
        var rest = total;
        foreach (var (_, c) in _root.Children) rest -= c.Time;
        Entry(rest, 0, "Rest");
        Entry(total, 0, "Total");
        return sb.ToString();
    }

    private static void PrintTree(Timer t, int indent, Action<TimeRecord, int, string> entry)
    {
        int childIndent = indent;
        if (!t.Hidden)
        {
            entry(t.Time, indent, t.Name);
            childIndent += 2;
        }
        foreach (var (_, c) in t.Children) PrintTree(c, childIndent, entry);
    }

    /// <summary>printf's %.Nf, including "nan"/"inf" spellings.</summary>
    private static string Format(double v, int decimals)
    {
        if (double.IsNaN(v)) return v < 0 || double.IsNegative(v) ? "-nan" : "nan";
        if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
        return v.ToString("F" + decimals, CultureInfo.InvariantCulture);
    }
}
