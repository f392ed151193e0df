using System.Runtime.CompilerServices;
using Lce.IR;
using Lce.IR.Rewrite;
using Lce.IR.Rewrite.Pdll;

namespace Lce.Transforms.Larq.Optimize;

/// <summary>
/// The pattern sets of `tfl-optimize-lce`, as LCE's optimize.cc selects them: the arm file
/// (common patterns + binary max-pool) for arm, the common file otherwise, and the
/// bitpack-activation file for every target. Each embedded PDLL file is loaded and checked
/// once per context.
/// </summary>
public static class OptimizePatterns
{
    public const string CommonResource = "Larq/Optimize/OptimizeCommon.pdll";
    public const string ArmResource = "Larq/Optimize/OptimizeTargetArm.pdll";
    public const string BitpackActivationsResource = "Larq/Optimize/BitpackActivations.pdll";

    private static readonly NativeRegistry Natives = OptimizeNatives.Create();

    private static readonly ConditionalWeakTable<IRContext, Dictionary<string, PdllModule>> Modules = new();

    /// <summary>The loaded module of one of the three resources for <paramref name="ctx"/>.</summary>
    public static PdllModule Module(IRContext ctx, string resource)
    {
        var modules = Modules.GetValue(ctx, static _ => new Dictionary<string, PdllModule>(StringComparer.Ordinal));
        lock (modules)
        {
            if (!modules.TryGetValue(resource, out var module))
                modules[resource] = module = PdllModule.LoadEmbedded(ctx, typeof(OptimizePatterns).Assembly, resource, Natives);
            return module;
        }
    }

    /// <summary>Adds the patterns for <paramref name="target"/> in LCE's order (target file, then bitpack activations).</summary>
    public static void AddTo(RewritePatternSet patterns, LceTarget target)
    {
        var ctx = patterns.Context;
        foreach (var p in Module(ctx, target == LceTarget.Arm ? ArmResource : CommonResource).Patterns) patterns.Add(p);
        foreach (var p in Module(ctx, BitpackActivationsResource).Patterns) patterns.Add(p);
    }
}
