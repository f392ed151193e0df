using Lce.IR;

namespace Lce.Transforms.Inlining;

/// <summary>
/// Runs a simplification pipeline on one callable op; returns false when the pipeline failed.
/// The inliner stays independent of how pipelines are represented: the pass builds these
/// from its options as dynamic pass-manager pipelines.
/// </summary>
public delegate bool CallablePipeline(Operation callable);

/// <summary>Inliner settings (MLIR's InlinerConfig).</summary>
public sealed class InlinerConfig
{
    /// <summary>Pipeline for callables without an op-specific one; null runs nothing.</summary>
    public CallablePipeline? DefaultPipeline { get; set; }

    /// <summary>Pipelines by callable op name (e.g. "func.func").</summary>
    public Dictionary<string, CallablePipeline> OpPipelines { get; } = new(StringComparer.Ordinal);

    /// <summary>How many simplify-and-inline rounds an SCC gets at most.</summary>
    public uint MaxInliningIterations { get; set; } = 4;

    /// <summary>Places callee blocks in the caller.</summary>
    public InlineCloneCallback CloneCallback { get; set; } = InliningUtils.DefaultCloneCallback;
}
