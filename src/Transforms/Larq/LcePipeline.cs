using Lce.IR.Passes;

namespace Lce.Transforms.Larq;

/// <summary>
/// `lce-tf-to-tfl{target=arm|xcore}`: a tf-dialect model to TFLite ops with LCE custom ops,
/// per function: LCE's post-freezing converter pipeline (tf_tfl_passes.cc, lce-spec §4.3) in its
/// order, for the passes this library has: the LCE passes and our implementations of TF's
/// shape inference, PrepareTF, LegalizeTF and TFL::Optimize, with canonicalize/cse where TF
/// runs them. Steps for graph features binarized models do not use (saved-model freezing,
/// tensor lists, while loops, hash tables, variables, custom-op raising) are not part of it.
/// With `int8` (LCE's should_quantize: the model has fake quantization) or a
/// `default-int8-range` (LCE's experimental_default_int8_range), the int8 quantization stage runs
/// after padding fusion, as LCE's AddQuantizationPasses with an int8 inference type
/// (<see cref="Int8Passes"/>).
/// </summary>
public static class LcePipeline
{
    public const string Argument = "lce-tf-to-tfl";

    public sealed class Options : PassOptions
    {
        public Option<LceTarget> Target { get; }
        public Option<bool> Int8 { get; }
        public ListOption<double> DefaultInt8Range { get; }

        public Options()
        {
            Target = TargetOption.Add((arg, desc, value) => Add(new Option<LceTarget>(arg, desc, value)));
            Int8 = Add(new Option<bool>("int8", "Run the int8 quantization passes (the model has fake quantization).", false));
            DefaultInt8Range = Add(new ListOption<double>("default-int8-range",
                "MIN,MAX: quantize every unquantized tensor with this range (LCE's experimental_default_int8_range; implies int8)."));
        }
    }

    /// <summary>The function-level passes, as a textual pipeline (what `--dump-pass-pipeline` shows expanded).</summary>
    public static string FunctionPasses(LceTarget target, Int8Mode? int8 = null) => string.Join(",", Stages(target, int8).SelectMany(s => s.Passes));

    /// <summary>
    /// The pipeline in named stages (what `lce-convert` reports progress by); their passes joined
    /// in order are <see cref="FunctionPasses"/>.
    /// </summary>
    public static IReadOnlyList<(string Name, string[] Passes)> Stages(LceTarget target, Int8Mode? int8 = null)
    {
        string t = target == LceTarget.Arm ? "arm" : "xcore";
        var stages = new List<(string Name, string[] Passes)>
        {
            ("TensorFlow cleanup", ["mlir-setbatchsize", "tf-shape-inference", "lce-op-removal-tf", "canonicalize", "cse", "tf-shape-inference"]),
            ("prepare (LCE, TF)", [$"tfl-prepare-lce{{target={t}}}", "tfl-prepare-tf", "canonicalize", "tf-shape-inference"]),
            ("legalize to TFLite", ["tfl-legalize-tf"]),
            ("optimize (LCE, TFL)", [$"tfl-optimize-lce{{target={t}}}", "tfl-optimize{enable-canonicalization=true}", $"tfl-optimize-lce{{target={t}}}"]),
            ("bitpack weights", ["tfl-lce-bitpack-weights", "canonicalize", "cse"]),
            ("fuse padding", ["tfl-fuse-padding", "canonicalize"]),
        };
        if (int8 is { } mode) stages.Add(("int8 quantization", Int8Passes(mode)));
        stages.Add(("legalize LCE ops", ["tfl-legalize-lce"]));
        return stages;
    }

    /// <summary>
    /// LCE's AddQuantizationPasses for int8 inference with float inference input type (so the
    /// quantize/dequantize adaptors at the function's edges stay), then the canonicalize that
    /// follows it in LCE's pipeline. TF's OptimizeOpOrder (an execution-order heuristic) is not run.
    /// A default range turns on post-training quantization (what LCE's SavedModel path sets) and
    /// the default-parameter pass.
    /// </summary>
    public static string[] Int8Passes(Int8Mode mode)
    {
        var passes = new List<string>
        {
            mode.DefaultRange is null ? "tfl-prepare-quantize{quantize-signed=true}" : "tfl-prepare-quantize{post-training-quantize=true quantize-signed=true}",
            "lce-quantize",
        };
        if (mode.DefaultRange is var (min, max))
        {
            passes.Add(FormattableString.Invariant($"tfl-default-quant{{default-max={max:R} default-min={min:R} is-signed=true}}"));
            passes.Add("lce-quantize");
        }
        passes.AddRange(["detection-postprocess-int", "tfl-quantize", "tfl-post-quantize{emit-quant-adaptor-ops=true}", "lce-quantize",
            "tfl-post-quantize{emit-quant-adaptor-ops=true}", "tfl-optimize{enable-canonicalization=true}", "canonicalize"]);
        return [.. passes];
    }

    public static void Register(PassRegistry registry) =>
        registry.RegisterPipeline<Options>(Argument,
            "Convert a tf-dialect model to TFLite ops with Larq Compute Engine custom ops",
            (pm, options) =>
            {
                // On a function manager the passes go in directly; elsewhere (a module) they nest.
                var target = pm.OpAnchorName == "func.func" ? pm : pm.Nest("func.func");
                var errors = new StringWriter();
                // A range of other than two values reaches tfl-default-quant as NaN, which reports it.
                var range = options.DefaultInt8Range.Values;
                Int8Mode? int8 = range.Count == 2 ? new Int8Mode((range[0], range[1]))
                    : range.Count > 0 ? new Int8Mode((double.NaN, double.NaN))
                    : options.Int8.Value ? new Int8Mode(null) : null;
                if (!PassPipelineParser.ParseInto(FunctionPasses(options.Target.Value, int8), target, registry, errors))
                    throw new InvalidOperationException($"the {Argument} pipeline does not parse: {errors}");
            });
}

/// <summary>The int8 stage's setting: quantize by fake-quant ranges only, or also with a default range.</summary>
public sealed record Int8Mode((double Min, double Max)? DefaultRange);
