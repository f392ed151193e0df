using Lce.IR.Passes;

namespace Lce.Transforms;

/// <summary>Registers the generic passes (canonicalize, cse, symbol-dce, inline, ...) in a registry.</summary>
public static class StandardPasses
{
    public static void RegisterAll(PassRegistry registry)
    {
        registry.Register<CanonicalizePass>();
        registry.Register<Cse.CsePass>();
        registry.Register<SymbolDce.SymbolDcePass>();
        registry.Register<Inlining.InlinerPass>();
        registry.Register<ReconcileUnrealizedCastsPass>();
        registry.Register<Tfl.LegalizeTf.LegalizeTfPass>();
        registry.Register<Tf.PrepareTf.PrepareTfPass>();
        registry.Register<Tf.ShapeInference.ShapeInferencePass>();
        registry.Register<Tfl.Optimize.OptimizeTflPass>();
        Tfl.Quantize.QuantizePasses.RegisterAll(registry);
        Larq.LcePasses.RegisterAll(registry);
    }
}
