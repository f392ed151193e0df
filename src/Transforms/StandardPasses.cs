using Lce.IR.Passes;

namespace Lce.Transforms;

/// <summary>Registers the generic passes (canonicalize, cse, symbol-dce, inline, ...) in a registry.</summary>
public static class StandardPasses
{
    public static void RegisterAll(PassRegistry registry)
    {
        // One line per pass kind, e.g. registry.Register<CsePass>();
        registry.Register<ReconcileUnrealizedCastsPass>();
    }
}
