namespace Lce.IR.Passes;

/// <summary>Writes a reproducer (the IR before the failing pipeline plus the pipeline) when a run fails.</summary>
public sealed class CrashReproducer(string path, bool local)
{
    public string Path { get; } = path;
    public bool Local { get; } = local;

    internal bool Run(PassManager pm, Operation op, PassRunSettings settings) => new PassExecution(settings).RunPipeline(pm, op);
}
