namespace Lce.Dialects.Arith;

using System.Runtime.CompilerServices;
using Lce.IR;
using Lce.IR.Rewrite.Pdll;

/// <summary>
/// Arith's declarative canonicalization patterns: Canonicalization.pdll (embedded in this
/// assembly), loaded and checked once per IRContext at first use.
/// </summary>
public static class ArithCanonicalization
{
    /// <summary>The embedded resource (logical name relative to the dialects project).</summary>
    public const string ResourceName = "Arith/Canonicalization.pdll";

    private static readonly ConditionalWeakTable<IRContext, PdllModule> Modules = new();

    /// <summary>The natives Canonicalization.pdll binds.</summary>
    public static NativeRegistry Natives { get; } = ArithCanonicalizationNatives.Create();

    /// <summary>The loaded module for <paramref name="ctx"/>; throws <see cref="PdllLoadException"/> if the file does not check.</summary>
    public static PdllModule Module(IRContext ctx) => Modules.GetValue(ctx, Load);

    /// <summary>Whether <see cref="Module"/> was loaded for <paramref name="ctx"/> (tests check canonicalize loads it only when needed).</summary>
    internal static bool IsLoaded(IRContext ctx) => Modules.TryGetValue(ctx, out _);

    private static PdllModule Load(IRContext ctx)
    {
        var module = PdllModule.LoadEmbedded(ctx, typeof(ArithCanonicalization).Assembly, ResourceName, Natives);
        // mlir-opt's disable-patterns also matches the C++ class name DRR generates.
        foreach (var p in module.Patterns) p.DebugLabels.Add("(anonymous namespace)::" + p.DebugName);
        return module;
    }
}
