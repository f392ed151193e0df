namespace Lce.Opt;

/// <summary>
/// Command-line options of lce-opt, spelled as mlir-opt's (LLVM cl accepts `-flag` and
/// `--flag`, and values as `-flag=value` or `-flag value`).
/// </summary>
public sealed class OptOptions
{
    public string InputFile { get; set; } = "-";
    public string OutputFile { get; set; } = "-";
    public bool AllowUnregisteredDialect { get; set; }
    public bool PrintGeneric { get; set; }
    public bool PrintDebugInfo { get; set; }
    public bool PrettyDebugInfo { get; set; }
    public bool PrintLocalScope { get; set; }
    public bool PrintUniqueSsaIds { get; set; }
    public bool UseNameLocAsPrefix { get; set; }
    public bool SplitInputFile { get; set; }
    public string SplitMarker { get; set; } = "// -----";
    public bool VerifyDiagnostics { get; set; }
    public bool VerifyDiagnosticsOnlyExpected { get; set; }
    public bool NoImplicitModule { get; set; }
    public bool VerifyEach { get; set; } = true;
    public long? HexThreshold { get; set; }
    public long? ElideElementsAttrsIfLarger { get; set; }
    public bool ShowVersion { get; set; }
    public bool ShowHelp { get; set; }
    public bool ShowDialects { get; set; }
    /// <summary>--skip-dialects: standard dialects not to register (benchmarks against a plain mlir-opt).</summary>
    public HashSet<string> SkipDialects { get; } = new(StringComparer.Ordinal);

    // Passes.
    /// <summary>--pass-pipeline / -p: a textual pipeline `anchor(...)`.</summary>
    public string? PassPipeline { get; set; }
    /// <summary>Flags that are not driver options, in order: candidate legacy pass flags (`-cse`, `--canonicalize=...`).</summary>
    public List<(string Spelling, string Name, string? Value)> PassFlags { get; } = new();
    public bool DumpPassPipeline { get; set; }
    public bool DisableThreading { get; set; }
    public bool ListPasses { get; set; }
    public List<string> PassPlugins { get; } = new();
    public bool RunReproducer { get; set; }
    public string? CrashReproducer { get; set; }
    public bool LocalReproducer { get; set; }
    public string? GenerateReproducer { get; set; }
    public IrPrintingOptions IrPrinting { get; } = new();
    public bool Timing { get; set; }
    public string TimingDisplay { get; set; } = "tree";
    public bool PassStatistics { get; set; }
    public string PassStatisticsDisplay { get; set; } = "pipeline";

    /// <summary>Parses arguments; returns an error message for unknown or malformed options.</summary>
    public static (OptOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var o = new OptOptions();
        bool positionalSeen = false;
        for (int i = 0; i < args.Count; i++)
        {
            string a = args[i];
            if (a == "-" || !a.StartsWith('-'))
            {
                if (positionalSeen) return (null, $"Too many positional arguments specified!\nCan specify at most 1 positional arguments: See: lce-opt --help");
                o.InputFile = a; positionalSeen = true; continue;
            }
            string body = a.StartsWith("--") ? a[2..] : a[1..];
            string? value = null;
            int eq = body.IndexOf('=');
            if (eq >= 0) { value = body[(eq + 1)..]; body = body[..eq]; }
            string NextValue()
            {
                if (value is not null) return value;
                if (i + 1 < args.Count) return args[++i];
                throw new ArgumentException($"for the -{body} option: requires a value!");
            }
            bool Flag() => value is null || value is "true" or "1" or "TRUE" or "True";
            string Choice(string v, params string[] allowed) => allowed.Contains(v) ? v
                : throw new ArgumentException($"for the --{body} option: Cannot find option named '{v}'!");
            long Long(string v) => long.TryParse(v, out var n) ? n : throw new ArgumentException($"for the --{body} option: '{v}' value invalid for long argument!");
            try
            {
                switch (body)
                {
                    case "o": o.OutputFile = NextValue(); break;
                    case "allow-unregistered-dialect": o.AllowUnregisteredDialect = Flag(); break;
                    case "mlir-print-op-generic": o.PrintGeneric = Flag(); break;
                    case "mlir-print-debuginfo": o.PrintDebugInfo = Flag(); break;
                    case "mlir-pretty-debuginfo": o.PrettyDebugInfo = Flag(); break;
                    case "mlir-print-local-scope": o.PrintLocalScope = Flag(); break;
                    case "mlir-print-unique-ssa-ids": o.PrintUniqueSsaIds = Flag(); break;
                    case "mlir-use-nameloc-as-prefix": o.UseNameLocAsPrefix = Flag(); break;
                    case "split-input-file":
                        o.SplitInputFile = true;
                        if (value is not null && value.Length > 0) o.SplitMarker = value;
                        break;
                    case "verify-diagnostics":
                        o.VerifyDiagnostics = true;
                        if (value == "only-expected") o.VerifyDiagnosticsOnlyExpected = true;
                        else if (value is not null and not "all" and not "true") throw new ArgumentException($"for the --verify-diagnostics option: Cannot find option named '{value}'!");
                        break;
                    case "no-implicit-module": o.NoImplicitModule = Flag(); break;
                    case "verify-each": o.VerifyEach = Flag(); break;
                    case "mlir-print-elementsattrs-with-hex-if-larger": o.HexThreshold = Long(NextValue()); break;
                    case "mlir-elide-elementsattrs-if-larger": o.ElideElementsAttrsIfLarger = Long(NextValue()); break;
                    case "version": o.ShowVersion = true; break;
                    case "help": case "h": o.ShowHelp = true; break;
                    case "show-dialects": o.ShowDialects = true; break;
                    case "skip-dialects":
                        foreach (var d in NextValue().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) o.SkipDialects.Add(d);
                        break;
                    case "pass-pipeline": case "p": o.PassPipeline = NextValue(); break;
                    case "dump-pass-pipeline": o.DumpPassPipeline = Flag(); break;
                    case "mlir-disable-threading": o.DisableThreading = Flag(); break;
                    case "list-passes": o.ListPasses = true; break;
                    case "load-pass-plugin": o.PassPlugins.Add(NextValue()); break;
                    case "run-reproducer": o.RunReproducer = Flag(); break;
                    case "mlir-pass-pipeline-crash-reproducer": o.CrashReproducer = NextValue(); break;
                    case "mlir-pass-pipeline-local-reproducer": o.LocalReproducer = Flag(); break;
                    case "mlir-generate-reproducer": o.GenerateReproducer = NextValue(); break;
                    case "mlir-timing": o.Timing = Flag(); break;
                    case "mlir-timing-display": o.TimingDisplay = Choice(NextValue(), "list", "tree"); break;
                    case "mlir-pass-statistics": o.PassStatistics = Flag(); break;
                    case "mlir-pass-statistics-display": o.PassStatisticsDisplay = Choice(NextValue(), "list", "pipeline"); break;
                    default:
                        if (o.IrPrinting.TryParse(body, value, NextValue, Flag)) break;
                        // Anything else may name a registered pass or pipeline; the driver resolves it
                        // once plugins are loaded.
                        o.PassFlags.Add((a, body, value));
                        break;
                }
            }
            catch (ArgumentException e) { return (null, e.Message); }
        }
        return (o, null);
    }

    public PrinterFlags ToPrinterFlags() => PrinterFlags.Default with
    {
        PrintGenericOpForm = PrintGeneric,
        PrintDebugInfo = PrintDebugInfo || PrettyDebugInfo,
        PrettyDebugInfo = PrettyDebugInfo,
        PrintLocalScope = PrintLocalScope,
        PrintUniqueSsaIds = PrintUniqueSsaIds,
        UseNameLocAsPrefix = UseNameLocAsPrefix,
        ElementsAttrHexThreshold = HexThreshold ?? 100,
        ElideElementsAttrsIfLarger = ElideElementsAttrsIfLarger,
    };

    public const string HelpText = """
        OVERVIEW: LCE .NET modular optimizer driver (mlir-opt compatible)

        USAGE: lce-opt [options] <input file>

        OPTIONS:
          -o <filename>                                  Output filename (default: stdout)
          --allow-unregistered-dialect                   Allow operations of unregistered dialects
          --mlir-print-op-generic                        Print the generic op form
          --mlir-print-debuginfo                         Print debug info (locations)
          --mlir-pretty-debuginfo                        Print pretty debug info
          --mlir-print-local-scope                       Print with local scope and inline attributes/types (no aliases)
          --mlir-print-unique-ssa-ids                    Print unique SSA ids across regions
          --mlir-use-nameloc-as-prefix                   Name SSA values after their NameLoc
          --mlir-print-elementsattrs-with-hex-if-larger=<long>  Print elements attributes with more elements as hex (-1: never)
          --mlir-elide-elementsattrs-if-larger=<long>    Elide elements attributes with more elements
          --split-input-file[=<marker>]                  Split the input on '// -----' and process each chunk
          --verify-diagnostics[=all|only-expected]       Check expected-* annotations against emitted diagnostics
          --no-implicit-module                           Do not wrap the input in an implicit builtin.module
          --verify-each                                  Verify after each pass (default: true)
          --pass-pipeline=<string>, -p <string>          Textual description of the pass pipeline to run, e.g. 'builtin.module(func.func(cse))'
          --dump-pass-pipeline                           Print the pipeline that will be run
          --list-passes                                  Print the list of registered passes and exit
          --load-pass-plugin=<path>                      Load passes and dialects from a plugin assembly (ILcePlugin)
          --mlir-disable-threading                       Run nested pipelines sequentially
          --mlir-print-ir-before=<pass-arg>              Print IR before the given passes (comma separated)
          --mlir-print-ir-after=<pass-arg>               Print IR after the given passes (comma separated)
          --mlir-print-ir-before-all                     Print IR before each pass
          --mlir-print-ir-after-all                      Print IR after each pass
          --mlir-print-ir-after-change                   When printing the IR after a pass, only print if the IR changed
          --mlir-print-ir-after-failure                  When printing the IR after a pass, only print if the pass failed
          --mlir-print-ir-module-scope                   Print the top-level operation in IR dumps (needs --mlir-disable-threading)
          --mlir-print-ir-tree-dir=<dir>                 Write IR dumps to a file tree under <dir>
          --mlir-timing                                  Display execution times
          --mlir-timing-display=list|tree                Display method for timing data
          --mlir-pass-statistics                         Display the statistics of each pass
          --mlir-pass-statistics-display=list|pipeline   Display method for pass statistics
          --mlir-pass-pipeline-crash-reproducer=<file>   Write a reproducer to <file> when the pipeline fails or a pass crashes
          --mlir-pass-pipeline-local-reproducer          Narrow the reproducer to the failing pass (needs --mlir-disable-threading)
          --mlir-generate-reproducer=<file>              Write a reproducer of the output and pipeline after a successful run
          --run-reproducer                               Run the pipeline stored in the input's reproducer resource
          --show-dialects                                Print the registered dialects and exit
          --skip-dialects=<ns,...>                       Do not register these dialects (their ops become unregistered)
          --version                                      Display the version
          --help                                         Display this help
        """;
}
