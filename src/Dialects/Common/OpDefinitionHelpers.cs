namespace Lce.Dialects;

using Lce.IR;
using Lce.IR.Traits;

/// <summary>Shorthands for the structural traits ODS adds to every op (OneResult, NOperands&lt;2&gt;, ZeroRegions...).</summary>
public static class OpDefinitionHelpers
{
    /// <summary>
    /// Adds the count traits ODS derives from the declaration; null leaves a count unchecked
    /// (variadic). Call it before other traits: MLIR verifies these first.
    /// </summary>
    public static OpDefinition Counts(this OpDefinition def, int? operands, int? results, int? regions = 0)
    {
        if (regions is { } g) def.Trait(g switch { 0 => NRegions.Zero, 1 => NRegions.One, _ => new NRegions(g) });
        if (results is { } r) def.Trait(r switch { 0 => NResults.Zero, 1 => NResults.One, _ => new NResults(r) });
        if (operands is { } o) def.Trait(o switch { 0 => NOperands.Zero, 1 => NOperands.One, 2 => NOperands.Two, _ => new NOperands(o) });
        return def;
    }
}
