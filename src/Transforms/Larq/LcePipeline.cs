using Lce.IR.Passes;

namespace Lce.Transforms.Larq;

/// <summary>
/// `lce-tf-to-tfl{target=arm|xcore}`: a tf-dialect model to TFLite ops with LCE custom ops,
/// per function: LCE's post-freezing converter pipeline (tf_tfl_passes.cc, lce-spec §4.3) in its
/// order, for the passes this library has: the LCE passes and our implementations of TF's
/// shape inference, PrepareTF, LegalizeTF and TFL::Optimize, with canonicalize/cse where TF
/// runs them. Steps for graph features binarized models do not use (saved-model freezing,
/// tensor lists, while loops, hash tables, variables, custom-op raising) and the int8
/// quantization passes are not part of it.
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
    public static string FunctionPasses(LceTarget target) => string.Join(",", Stages(target).SelectMany(s => s.Passes));

    /// <summary>
    /// The pipeline in named stages (what `lce-convert` reports progress by); their passes joined
    /// in order are <see cref="FunctionPasses"/>.
    /// </summary>
    public static IReadOnlyList<(string Name, string[] Passes)> Stages(LceTarget target)
    {
        string t = target == LceTarget.Arm ? "arm" : "xcore";
        return
        [
            ("TensorFlow cleanup", ["mlir-setbatchsize", "tf-shape-inference", "lce-op-removal-tf", "canonicalize", "cse", "tf-shape-inference"]),
            ("prepare (LCE, TF)", [$"tfl-prepare-lce{{target={t}}}", "tfl-prepare-tf", "canonicalize", "tf-shape-inference"]),
            ("legalize to TFLite", ["tfl-legalize-tf"]),
            ("optimize (LCE, TFL)", [$"tfl-optimize-lce{{target={t}}}", "tfl-optimize{enable-canonicalization=true}", $"tfl-optimize-lce{{target={t}}}"]),
            ("bitpack weights", ["tfl-lce-bitpack-weights", "canonicalize", "cse"]),
            ("fuse padding", ["tfl-fuse-padding", "canonicalize"]),
            ("legalize LCE ops", ["tfl-legalize-lce"]),
        ];
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
