namespace Lce.Translate;

/// <summary>The command line of lce-translate (as mlir-translate: one translation flag, an input, -o).</summary>
public sealed record TranslateOptions
{
    public string? Translation { get; init; }
    public string? Input { get; init; }
    public string Output { get; init; } = "-";
    public bool Help { get; init; }

    /// <summary>The translations this tool knows (flag → description).</summary>
    public static IReadOnlyDictionary<string, string> Translations { get; } = new Dictionary<string, string>
    {
        ["--mlir-to-tflite"] = "a module of tfl/lq ops (MLIR text) to a .tflite FlatBuffer",
        ["--tflite-to-mlir"] = "a .tflite FlatBuffer to tfl IR (MLIR text; custom ops as tfl.custom)",
    };

    public static string Usage => "usage: lce-translate --mlir-to-tflite IN.mlir -o OUT.tflite\n       lce-translate --tflite-to-mlir IN.tflite -o OUT.mlir\n"
        + "  translations:\n" + string.Concat(Translations.Select(t => $"    {t.Key,-20} {t.Value}\n"))
        + "  -o FILE              output file ('-' = stdout, the default); written whole or not at all\n"
        + "  --help               this text\n";

    public static (TranslateOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var o = new TranslateOptions();
        for (int i = 0; i < args.Count; i++)
        {
            string a = args[i];
            if (a is "--help" or "-h") { o = o with { Help = true }; continue; }
            if (Translations.ContainsKey(a))
            {
                if (o.Translation is not null && o.Translation != a) return (null, $"only one translation at a time ({o.Translation} and {a})");
                o = o with { Translation = a };
                continue;
            }
            if (a is "-o" or "--output")
            {
                if (i + 1 >= args.Count) return (null, $"{a} expects a file name");
                o = o with { Output = args[++i] };
                continue;
            }
            if (a.StartsWith("-o", StringComparison.Ordinal) && a.Length > 2 && !a.StartsWith("--", StringComparison.Ordinal)) { o = o with { Output = a[2..] }; continue; }
            if (a.StartsWith("--output=", StringComparison.Ordinal)) { o = o with { Output = a["--output=".Length..] }; continue; }
            if (a.StartsWith('-') && a != "-") return (null, $"unknown option '{a}'");
            if (o.Input is not null) return (null, $"unexpected argument '{a}' (the input is '{o.Input}')");
            o = o with { Input = a };
        }
        if (o.Help) return (o, null);
        if (o.Translation is null) return (null, "no translation given (e.g. --mlir-to-tflite)");
        return (o with { Input = o.Input ?? "-" }, null);
    }
}
