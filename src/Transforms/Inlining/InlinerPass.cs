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
    private readonly ListOption<string> _opPipelines;
    private readonly Option<uint> _maxIterations;
    private readonly Option<uint> _threshold;

    /// <summary>
    /// Turns a textual pipeline anchored on an op name (`canonicalize`, `cse,canonicalize`) into a
    /// runner. The pass manager installs its parser here; when null, flat lists of registered
    /// passes are run one after the other (see <see cref="FlatPipeline"/>).
    /// </summary>
    public static Func<string, string, CallablePipeline?>? PipelineResolver { get; set; }

    public InlinerPass()
    {
        _defaultPipeline = Option("default-pipeline",
            "The optimizer pipeline used for callables that do not have a dedicated optimizer pipeline in opPipelineList", "canonicalize");
        _opPipelines = ListOption<string>("op-pipelines",
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
        if (BuildConfig(op) is not { } config)
        {
            SignalPassFailure();
            return;
        }
        uint threshold = _threshold.Value;
        var inliner = new Inliner(op, new CallGraph(op), config, call => IsProfitable(call, threshold));
        if (!inliner.Run()) SignalPassFailure();
    }

    private InlinerConfig? BuildConfig(Operation op)
    {
        var config = new InlinerConfig { MaxInliningIterations = _maxIterations.Value };
        var resolve = PipelineResolver ?? FlatPipeline;
        // An explicitly empty default pipeline means "no simplification".
        if (_defaultPipeline.Value.Length > 0)
        {
            var text = _defaultPipeline.Value;
            var cache = new Dictionary<string, CallablePipeline?>(StringComparer.Ordinal);
            config.DefaultPipeline = callable =>
            {
                if (!cache.TryGetValue(callable.Name, out var pipeline))
                {
                    if (!TryResolve(resolve, callable.Name, text, callable, out pipeline)) return false;
                    cache[callable.Name] = pipeline;
                }
                return pipeline is null || pipeline(callable);
            };
        }
        foreach (var entry in _opPipelines.Values)
        {
            int open = entry.IndexOf('(');
            if (open <= 0 || !entry.EndsWith(')'))
            {
                op.EmitError($"invalid op pipeline '{entry}': expected `dialect.op(pipeline)`");
                return null;
            }
            var anchor = entry[..open];
            var inner = entry[(open + 1)..^1];
            if (inner.Length == 0) continue;
            if (!TryResolve(resolve, anchor, inner, op, out var pipeline)) return null;
            if (pipeline is not null) config.OpPipelines.TryAdd(anchor, pipeline);
        }
        return config;
    }

    /// <summary>Resolves a pipeline, reporting an invalid one as an error on <paramref name="at"/>.</summary>
    private static bool TryResolve(Func<string, string, CallablePipeline?> resolve, string anchor, string text, Operation at,
        out CallablePipeline? pipeline)
    {
        try
        {
            pipeline = resolve(anchor, text);
            return true;
        }
        catch (InvalidOperationException e)
        {
            at.EmitError(e.Message);
            pipeline = null;
            return false;
        }
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

    /// <summary>
    /// Fallback pipeline runner: a comma-separated list of registered passes (options in
    /// braces), run in order on the callable and verified after each, as a nested pass manager
    /// would. Throws <see cref="InvalidOperationException"/> for unknown passes or options.
    /// </summary>
    public static CallablePipeline? FlatPipeline(string anchor, string text)
    {
        var registry = new PassRegistry();
        StandardPasses.RegisterAll(registry);
        var passes = new List<Pass>();
        foreach (var element in OptionValueParser.SplitList(text))
        {
            var item = element.Trim();
            int brace = item.IndexOf('{');
            var name = brace < 0 ? item : item[..brace];
            var registration = PassRegistry.Global.Lookup(name) ?? registry.Lookup(name)
                ?? throw new InvalidOperationException($"'{name}' does not refer to a registered pass");
            var pass = registration.Factory();
            if (brace >= 0)
                foreach (var option in item[(brace + 1)..^1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    int eq = option.IndexOf('=');
                    var key = eq < 0 ? option : option[..eq];
                    var error = pass.FindOption(key)?.TrySet(eq < 0 ? "" : option[(eq + 1)..]) ?? $"no option '{key}' for pass '{name}'";
                    if (error is not null) throw new InvalidOperationException(error);
                }
            passes.Add(pass);
        }
        return callable =>
        {
            foreach (var pass in passes)
            {
                bool ok = pass.Run(callable);
                PendingDiagnostic.Flush();
                if (!ok || !Verifier.Verify(callable)) return false;
            }
            return true;
        };
    }
}
