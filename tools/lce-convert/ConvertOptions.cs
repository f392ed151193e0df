using System.Globalization;
using Lce.Transforms.Larq;

namespace Lce.ConvertCli;

/// <summary>What lce-convert emits.</summary>
public enum EmitKind { Mlir, Tflite }

/// <summary>
/// lce-convert's command line, LCE's convert_keras_model options under command-line names:
/// `MODEL.mlir [-o OUT] [--target arm|xcore] [--inference-input-type float32|int8]
/// [--inference-output-type float32|int8] [--experimental-default-int8-range MIN,MAX]
/// [--bitpacked-outputs] [--emit mlir|tflite] [--quiet]`. `--bitpacked-outputs` returns the bitpacked
/// int32 words of outputs that end in an LceDequantize (LCE's strip_lcedequantize_ops). Without `--emit`, an output ending in `.mlir` (or stdout)
/// gets MLIR and any other output a .tflite flatbuffer.
/// </summary>
public sealed record ConvertOptions
{
    public string Input { get; init; } = "-";
    public string? Output { get; init; }
    public LceTarget Target { get; init; } = LceTarget.Arm;
    public bool Int8Input { get; init; }
    public bool Int8Output { get; init; }
    public (float Min, float Max)? DefaultInt8Range { get; init; }
    public bool BitpackedOutputs { get; init; }
    public EmitKind Emit { get; init; }
    public bool Quiet { get; init; }

    public const string Usage =
        "usage: lce-convert MODEL.mlir [-o OUT] [--target arm|xcore] [--inference-input-type float32|int8]\n" +
        "                   [--inference-output-type float32|int8] [--experimental-default-int8-range MIN,MAX]\n" +
        "                   [--bitpacked-outputs] [--emit mlir|tflite] [--quiet]";

    /// <summary>The options, or null with a message (the usage error to print).</summary>
    public static (ConvertOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var o = new ConvertOptions();
        string? input = null;
        EmitKind? emit = null;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i], name = arg, value = "";
            int eq = arg.IndexOf('=');
            bool inline = arg.StartsWith("--", StringComparison.Ordinal) && eq > 0;
            if (inline) { name = arg[..eq]; value = arg[(eq + 1)..]; }
            string Next()
            {
                if (inline) return value;
                if (i + 1 >= args.Count) throw new FormatException($"{name} needs a value");
                return args[++i];
            }
            try
            {
                switch (name)
                {
                    case "-o": o = o with { Output = Next() }; break;
                    case "--target":
                        o = o with { Target = Next() switch { "arm" => LceTarget.Arm, "xcore" => LceTarget.XCore, var t => throw new FormatException($"--target must be arm or xcore, not '{t}'") } };
                        break;
                    case "--inference-input-type": o = o with { Int8Input = IoType(name, Next()) }; break;
                    case "--inference-output-type": o = o with { Int8Output = IoType(name, Next()) }; break;
                    case "--experimental-default-int8-range": o = o with { DefaultInt8Range = Range(Next()) }; break;
                    case "--emit":
                        emit = Next() switch { "mlir" => EmitKind.Mlir, "tflite" => EmitKind.Tflite, var e => throw new FormatException($"--emit must be mlir or tflite, not '{e}'") };
                        break;
                    case "--bitpacked-outputs": o = o with { BitpackedOutputs = true }; break;
                    case "--quiet" or "-q": o = o with { Quiet = true }; break;
                    case "-h" or "--help": return (null, Usage);
                    default:
                        if (arg.StartsWith('-') && arg != "-") throw new FormatException($"unknown option '{arg}'");
                        if (input is not null) throw new FormatException($"more than one input ('{input}', '{arg}')");
                        input = arg;
                        break;
                }
            }
            catch (FormatException e) { return (null, $"lce-convert: error: {e.Message}\n{Usage}"); }
        }
        if (input is null) return (null, $"lce-convert: error: no input model\n{Usage}");
        var kind = emit ?? (o.Output is null or "-" || o.Output.EndsWith(".mlir", StringComparison.Ordinal) ? EmitKind.Mlir : EmitKind.Tflite);
        return (o with { Input = input, Emit = kind }, null);
    }

    private static bool IoType(string option, string value) => value switch
    {
        "float32" => false,
        "int8" => true,
        _ => throw new FormatException($"{option} must be float32 or int8, not '{value}'"),
    };

    /// <summary>`MIN,MAX` with MIN &lt; MAX (LCE's experimental_default_int8_range).</summary>
    private static (float, float) Range(string value)
    {
        var parts = value.Split(',');
        if (parts.Length != 2 || !float.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var min)
            || !float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var max))
            throw new FormatException($"--experimental-default-int8-range takes MIN,MAX, not '{value}'");
        if (!(min < max)) throw new FormatException($"--experimental-default-int8-range needs MIN < MAX, got {value}");
        return (min, max);
    }
}
