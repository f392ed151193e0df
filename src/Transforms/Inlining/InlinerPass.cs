using Lce.IR;
using Lce.IR.Passes;
using Lce.IR.Traits;

namespace Lce.Transforms.Inlining;

/// <summary>
/// The `inline` pass (MLIR's InlinerPass): runs the SCC inliner on a symbol table op, simplifying
/// callables with `default-pipeline` (canonicalize) or the `op-pipelines` for their op kind.
/// </summary>
public sealed class InlinerPass : Pass
{
    private readonly Option<string> _defaultPipeline;
    private readonly ListOption<OpPassManager> _opPipelines;
    private readonly Option<uint> _maxIterations;
    private readonly Option<uint> _threshold;

    /// <summary>
    /// The registry the pass was created under (pipeline parsing makes it current), used to
    /// parse `default-pipeline` when the pass runs, possibly on another thread.
    /// </summary>
    private PassRegistry _registry = PassRegistry.Current;

    public InlinerPass()
    {
        _defaultPipeline = Option("default-pipeline",
            "The optimizer pipeline used for callables that do not have a dedicated optimizer pipeline in opPipelineList", "canonicalize");
        _opPipelines = ListOption<OpPassManager>("op-pipelines",
            "Callable operation specific optimizer pipelines (in the form of `dialect.op(pipeline)`)");
        _maxIterations = Option<uint>("max-iterations", "Maximum number of iterations when inlining within an SCC", 4);
        _threshold = Option<uint>("inlining-threshold",
            "If the ratio between the number of the operations in the callee and the number of the operations in the caller exceeds this value (in percentage), then the callee is not inlined even if it is legal to inline it",
            uint.MaxValue);
    }

    public override string Argument => "inline";
    public override string Name => "Inliner";
    public override string Description => "Inline function calls";

    protected override void RunOnOperation()
    {
        var op = Operation;
        if (!op.HasTrait<SymbolTableTrait>())
        {
            op.EmitOpError(" was scheduled to run under the inliner, but does not define a symbol table");
            SignalPassFailure();
            return;
        }
        uint threshold = _threshold.Value;
        var inliner = new Inliner(op, new CallGraph(op), BuildConfig(), call => IsProfitable(call, threshold));
        if (!inliner.Run()) SignalPassFailure();
    }

    /// <summary>
    /// The simplification pipelines: `op-pipelines` by anchor op name, and for other callables
    /// the `default-pipeline` text parsed into a manager anchored on the callable's op (an
    /// explicitly empty text means none). Pipelines run as dynamic pipelines of this pass.
    /// </summary>
    private InlinerConfig BuildConfig()
    {
        var config = new InlinerConfig { MaxInliningIterations = _maxIterations.Value };
        var pipelines = new Dictionary<string, OpPassManager>(StringComparer.Ordinal);
        foreach (var pm in _opPipelines.Values)
            if (pm.Count != 0) pipelines.TryAdd(pm.OpAnchorName, pm.Clone());
        foreach (var (name, pm) in pipelines) config.OpPipelines[name] = callable => RunPipeline(pm, callable);

        var text = _defaultPipeline.Value;
        if (text.Length > 0)
        {
            config.DefaultPipeline = callable =>
            {
                if (!pipelines.TryGetValue(callable.Name, out var pm))
                {
                    pm = new OpPassManager(callable.Name);
                    // As MLIR, a default pipeline that does not parse runs whatever was added.
                    PassPipelineParser.ParseInto(text, pm, _registry, Console.Error);
                    pipelines[callable.Name] = pm;
                }
                return RunPipeline(pm, callable);
            };
        }
        return config;
    }

    public override Pass Clone()
    {
        var copy = (InlinerPass)base.Clone();
        copy._registry = _registry;
        return copy;
    }

    /// <summary>MLIR's isProfitableToInline: the callee's op count relative to the caller's, in percent, within the threshold.</summary>
    private static bool IsProfitable(ResolvedCall call, uint threshold)
    {
        if (threshold == 0) return false;
        if (threshold == uint.MaxValue) return true;
        ulong callerOps = CountOps(call.SourceNode.CallableRegion!);
        if (callerOps == 0) return true;
        ulong ratio = CountOps(call.TargetNode.CallableRegion!) * 100 / callerOps;
        return ratio <= threshold;
    }

    private static ulong CountOps(Region region)
    {
        ulong count = 0;
        foreach (var block in region.Blocks)
            foreach (var op in block.Operations) op.Walk(_ => count++);
        return count;
    }
}
