using Lce.IR.Passes;

namespace Lce.Transforms.Larq;

/// <summary>
/// `lce-tf-to-tfl{target=arm|xcore}`: a tf-dialect model to TFLite ops with LCE custom ops,
/// per function. It is the LCE part of LCE's converter pipeline (tf_tfl_passes.cc) in its
/// order, with this library's stand-ins for the upstream passes between the LCE ones:
/// canonicalize/cse for TF's and TFL's cleanups and `tfl-legalize-tf` for LegalizeTF.
/// Upstream-only steps (shape inference, saved-model freezing, quantization, TFL::Optimize)
/// are not part of it.
/// </summary>
public static class LcePipeline
{
    public const string Argument = "lce-tf-to-tfl";

    public sealed class Options : PassOptions
    {
        public Option<LceTarget> Target { get; }
        public Options() => Target = TargetOption.Add((arg, desc, value) => Add(new Option<LceTarget>(arg, desc, value)));
    }

    /// <summary>The function-level passes, as a textual pipeline (what `--dump-pass-pipeline` shows expanded).</summary>
    public static string FunctionPasses(LceTarget target)
    {
        string t = target == LceTarget.Arm ? "arm" : "xcore";
        return "mlir-setbatchsize,lce-op-removal-tf,canonicalize,cse," +
            $"tfl-prepare-lce{{target={t}}},canonicalize," +
            "tfl-legalize-tf,canonicalize," +
            $"tfl-optimize-lce{{target={t}}},canonicalize,tfl-optimize-lce{{target={t}}}," +
            "tfl-lce-bitpack-weights,canonicalize,cse,tfl-fuse-padding,tfl-legalize-lce";
    }

    public static void Register(PassRegistry registry) =>
        registry.RegisterPipeline<Options>(Argument,
            "Convert a tf-dialect model to TFLite ops with Larq Compute Engine custom ops",
            (pm, options) =>
            {
                // On a function manager the passes go in directly; elsewhere (a module) they nest.
                var target = pm.OpAnchorName == "func.func" ? pm : pm.Nest("func.func");
                var errors = new StringWriter();
                if (!PassPipelineParser.ParseInto(FunctionPasses(options.Target.Value), target, registry, errors))
                    throw new InvalidOperationException($"the {Argument} pipeline does not parse: {errors}");
            });
}
