using Lce.FileCheck.Patterns;

namespace Lce.FileCheck.Checks;

/// <summary>A CHECK-NOT or CHECK-DAG pattern waiting to be applied before the next positive check.</summary>
internal sealed record DagNotPattern(Pattern Pattern, string Prefix);

/// <summary>
/// A positive check (CHECK, -NEXT, -SAME, -EMPTY, -LABEL, -COUNT or the implicit EOF) with the
/// CHECK-DAG/CHECK-NOT patterns that precede it.
/// </summary>
internal sealed class CheckString(Pattern pattern, string prefix, int loc)
{
    public Pattern Pattern { get; } = pattern;
    public string Prefix { get; } = prefix;
    /// <summary>Check-file offset used for this check's diagnostics.</summary>
    public int Loc { get; } = loc;
    public List<DagNotPattern> DagNots { get; set; } = [];
}
