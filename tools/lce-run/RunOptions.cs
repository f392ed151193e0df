namespace Lce.Run;

/// <summary>The command line of lce-run (a small hand parser: the options are few and flat).</summary>
public sealed record RunOptions
{
    public string? Model { get; init; }
    public string? Function { get; init; }
    public string? InputFile { get; init; }
    public int? RandomSeed { get; init; }
    public string Engine { get; init; } = "reference";
    public bool PrintOutputs { get; init; }
    public int Benchmark { get; init; }
    public bool Profile { get; init; }
    public bool Json { get; init; }
    public bool Help { get; init; }
    public string? Isa { get; init; }
    public int Threads { get; init; } = 1;
    public bool UnpackOutputs { get; init; }
    public int? UnpackChannels { get; init; }

    public const string Usage = """
        usage: lce-run MODEL.mlir [options]
          --function NAME     the func.func to run (default: @main, else the only/first function)
          --input FILE.json   inputs as {"inputs": [{"name", "shape", "dtype", "data"}]} ('-' reads stdin)
          --random SEED       random inputs from a seed instead of --input
          --engine NAME       'reference' (default) or 'jit' (JIT-compiled binary kernels)
          --isa NAME          jit back end: auto (default), avx512bw, avx2, neon, scalar
          --threads N         jit: worker threads per binary layer (default 1)
          --print-outputs     print the outputs as text
          --unpack-outputs    also show bitpacked int32 outputs unpacked to +1/-1 (text: a second
                              line per output, implies --print-outputs; JSON: an "unpacked" entry);
                              channels from the result attribute lq.bitpacked_channels
          --unpack-channels C the channel count for int32 outputs without that attribute
                              (implies --unpack-outputs)
          --benchmark N       run N times and print mean/min/max time
          --profile           with --benchmark: time per op
          --json              print the outputs (and benchmark) as JSON
          --help              this text
        lce-run bench-kernels [--json] [--interleave] [--isa LIST] [--runs N] [--threads N]
                              time the JIT Bconv2d back ends and the float32 conv on QuickNet layers
        """;

    /// <summary>The options, or null and an error message.</summary>
    public static (RunOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        try
        {
            return ParseArgs(args);
        }
        catch (OptionException e)
        {
            return (null, e.Message);
        }
    }

    private static (RunOptions? Options, string? Error) ParseArgs(IReadOnlyList<string> args)
    {
        var o = new RunOptions();
        for (int i = 0; i < args.Count; i++)
        {
            string a = args[i];
            string? inline = null;
            if (a.StartsWith("--", StringComparison.Ordinal) && a.IndexOf('=') is var eq and > 0)
                (a, inline) = (a[..eq], a[(eq + 1)..]);
            string? Value()
            {
                if (inline is not null) return inline;
                return i + 1 < args.Count ? args[++i] : null;
            }
            switch (a)
            {
                case "--help" or "-h": o = o with { Help = true }; break;
                case "--print-outputs": o = o with { PrintOutputs = true }; break;
                case "--profile": o = o with { Profile = true }; break;
                case "--json": o = o with { Json = true }; break;
                case "--function":
                    o = o with { Function = Value() ?? Missing(a) };
                    break;
                case "--input":
                    o = o with { InputFile = Value() ?? Missing(a) };
                    break;
                case "--engine":
                    o = o with { Engine = Value() ?? Missing(a) };
                    break;
                case "--isa":
                    o = o with { Isa = Value() ?? Missing(a) };
                    break;
                case "--threads":
                    if (!int.TryParse(Value() ?? Missing(a), out int threads) || threads < 1) return (null, "--threads expects a positive count");
                    o = o with { Threads = threads };
                    break;
                case "--unpack-outputs": o = o with { UnpackOutputs = true }; break;
                case "--unpack-channels":
                    if (!int.TryParse(Value() ?? Missing(a), out int channels) || channels < 1) return (null, "--unpack-channels expects a positive channel count");
                    o = o with { UnpackOutputs = true, UnpackChannels = channels };
                    break;
                case "--random":
                    if (!int.TryParse(Value() ?? Missing(a), out int seed)) return (null, "--random expects an integer seed");
                    o = o with { RandomSeed = seed };
                    break;
                case "--benchmark":
                    if (!int.TryParse(Value() ?? Missing(a), out int n) || n < 1) return (null, "--benchmark expects a positive run count");
                    o = o with { Benchmark = n };
                    break;
                default:
                    if (a.StartsWith('-') && a != "-") return (null, $"unknown option '{a}'");
                    if (o.Model is not null) return (null, $"unexpected argument '{a}' (the model is '{o.Model}')");
                    o = o with { Model = a };
                    break;
            }
        }
        if (o.Help) return (o, null);
        if (o.Model is null) return (null, "no model given");
        if (o.InputFile is not null && o.RandomSeed is not null) return (null, "--input and --random exclude each other");
        if (o.Engine is not ("reference" or "jit")) return (null, $"unknown engine '{o.Engine}' (available: reference, jit)");
        if (o.Engine != "jit" && (o.Isa is not null || o.Threads != 1)) return (null, "--isa and --threads need --engine jit");
        if (o.Isa is not null && Lce.CodeGen.Jit.JitIsas.Parse(o.Isa) is null)
            return (null, $"unknown --isa '{o.Isa}' (available: auto, avx512bw, avx2, neon, scalar)");
        if (o.Profile && o.Benchmark == 0) return (null, "--profile needs --benchmark N");
        return (o, null);
    }

    private static string Missing(string option) => throw new OptionException($"{option} expects a value");
}

/// <summary>An option without its value (turned into <see cref="RunOptions.Parse"/>'s error).</summary>
internal sealed class OptionException(string message) : Exception(message);
