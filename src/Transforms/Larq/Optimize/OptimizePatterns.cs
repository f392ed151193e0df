using System.Runtime.CompilerServices;
using Lce.IR;
using Lce.IR.Rewrite;
using Lce.IR.Rewrite.Pdll;

namespace Lce.Transforms.Larq.Optimize;

/// <summary>
/// The pattern sets of `tfl-optimize-lce`, as LCE's optimize.cc selects them: the common
/// patterns, then (arm only) the binary max-pool pattern (LCE's arm file includes the common
/// file), then the bitpack-activation patterns for every target. Each embedded PDLL file is
/// loaded and checked once per context.
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

    /// <summary>Adds the patterns for <paramref name="target"/> in LCE's order.</summary>
    public static void AddTo(RewritePatternSet patterns, LceTarget target)
    {
        var ctx = patterns.Context;
        var files = target == LceTarget.Arm
            ? new[] { CommonResource, ArmResource, BitpackActivationsResource }
            : new[] { CommonResource, BitpackActivationsResource };
        foreach (var file in files)
            foreach (var p in Module(ctx, file).Patterns) patterns.Add(p);
    }
}
