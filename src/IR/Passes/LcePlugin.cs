namespace Lce.IR.Passes;

/// <summary>
/// The entry point of a pass plugin assembly (`lce-opt --load-pass-plugin=My.dll`): every
/// public non-abstract class implementing this interface with a parameterless constructor is
/// instantiated and asked to register its passes, pipelines and dialects.
/// </summary>
public interface ILcePlugin
{
    void Register(PluginRegistration registration);
}

/// <summary>What a plugin can contribute: passes and pipelines, and dialects for every context the tool creates.</summary>
public sealed class PluginRegistration(PassRegistry passes, Action<Action<IRContext>> addDialects)
{
    /// <summary>The registry of the current tool run (passes registered here become pipeline elements and flags).</summary>
    public PassRegistry Passes { get; } = passes;

    /// <summary>Registers dialects (or anything else) in each context the tool creates, e.g. <c>ctx =&gt; ctx.Register&lt;MyDialect&gt;()</c>.</summary>
    public void AddDialects(Action<IRContext> register) => addDialects(register);
}
