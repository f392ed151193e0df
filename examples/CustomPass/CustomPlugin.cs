using Lce.IR;
using Lce.IR.Passes;

namespace CustomPass;

/// <summary>The plugin entry point lce-opt looks for: registers the pass and the dialect.</summary>
public sealed class CustomPlugin : ILcePlugin
{
    public void Register(PluginRegistration registration)
    {
        registration.Passes.Register<LowerDoublePass>();
        registration.AddDialects(ctx => ctx.Register<CustomDialect>());
    }
}
