using System.Text;
using Lce.FileCheck.Checks;
using Lce.FileCheck.Dump;
using Lce.FileCheck.Matching;
using Lce.FileCheck.Options;
using Lce.FileCheck.Patterns;
using Lce.FileCheck.Text;

namespace Lce.FileCheck;

/// <summary>
/// In-process FileCheck. <see cref="Run(string[], TextReader?, TextWriter, TextWriter, IDictionary{string, string?}?, string?)"/>
/// behaves like LLVM's FileCheck executable: same options (also read from FILECHECK_OPTS),
/// same diagnostics and input dump on stderr, and exit codes 0 (pass), 1 (a check failed,
/// or a bad command line) and 2 (usage or input error).
/// </summary>
public static class FileCheckRunner
{
    /// <summary>Runs FileCheck with text streams (Unicode text is matched as its UTF-8 bytes).</summary>
    /// <param name="args">Arguments, without the program name.</param>
    /// <param name="stdin">Standard input, read when the input file is "-" (the default).</param>
    /// <param name="stdout">Receives --help, --version and --dump-input=help output.</param>
    /// <param name="stderr">Receives diagnostics and the input dump.</param>
    /// <param name="env">Environment (for FILECHECK_OPTS); null reads the process environment.</param>
    /// <param name="cwd">Directory relative file names are resolved against; null means the process directory.</param>
    public static int Run(string[] args, TextReader? stdin, TextWriter stdout, TextWriter stderr,
        IDictionary<string, string?>? env = null, string? cwd = null)
    {
        var input = new StdinSource(() => stdin is null ? "" : ByteText.FromUnicode(stdin.ReadToEnd()));
        var err = new StringBuilder();
        var outText = new StringBuilder();
        int code = RunCore(args, input, outText, err, env, cwd);
        stdout.Write(ByteText.ToUnicode(outText.ToString()));
        stderr.Write(ByteText.ToUnicode(err.ToString()));
        return code;
    }

    /// <summary>Runs FileCheck with standard input given as a string (null: empty input).</summary>
    public static int Run(string[] args, string? stdinText, TextWriter stdout, TextWriter stderr,
        IDictionary<string, string?>? env = null, string? cwd = null) =>
        Run(args, new StringReader(stdinText ?? ""), stdout, stderr, env, cwd);

    /// <summary>Runs FileCheck on raw bytes; output is written as raw bytes too (used by the CLI).</summary>
    public static int RunBytes(string[] args, Stream? stdin, Stream stdout, Stream stderr, IDictionary<string, string?>? env = null)
    {
        var input = new StdinSource(() =>
        {
            if (stdin is null) return "";
            using var ms = new MemoryStream();
            stdin.CopyTo(ms);
            return ByteText.FromBytes(ms.ToArray());
        });
        var err = new StringBuilder();
        var outText = new StringBuilder();
        int code = RunCore(args, input, outText, err, env, null);
        var o = ByteText.Latin1.GetBytes(outText.ToString());
        stdout.Write(o);
        stdout.Flush();
        var e = ByteText.Latin1.GetBytes(err.ToString());
        stderr.Write(e);
        stderr.Flush();
        return code;
    }

    private sealed class StdinSource(Func<string> read)
    {
        private string? _text;
        public string Text => _text ??= read();
    }

    private static string? GetEnv(IDictionary<string, string?>? env, string name) =>
        env is null ? Environment.GetEnvironmentVariable(name) : env.TryGetValue(name, out var v) ? v : null;

    private static int RunCore(string[] args, StdinSource stdin, StringBuilder stdout, StringBuilder stderr,
        IDictionary<string, string?>? env, string? cwd)
    {
        FileCheckOptions opts;
        try
        {
            opts = CommandLineParser.Parse(args, GetEnv(env, "FILECHECK_OPTS"));
        }
        catch (CommandLineException e)
        {
            stderr.Append("FileCheck: ").Append(e.Message).Append('\n');
            return 1;
        }
        if (opts.ShowHelp) { stdout.Append(HelpText.Usage); return 0; }
        if (opts.ShowVersion) { stdout.Append(HelpText.Version); return 0; }
        if (opts.EffectiveDumpInput == DumpInputMode.Help) { stdout.Append(HelpText.DumpInputHelp); return 0; }
        if (opts.CheckFile is null) { stderr.Append("<check-file> not specified\n"); return 2; }

        bool defineError = false;
        foreach (var d in opts.Defines)
        {
            int eq = d.IndexOf('=');
            if (eq < 0) { stderr.Append($"Missing equal sign in command-line definition '-D{d}'\n"); defineError = true; }
            else if (eq == 0) { stderr.Append($"Missing variable name in command-line definition '-D{d}'\n"); defineError = true; }
        }
        if (defineError) return 2;
        if (!PrefixValidator.Validate(opts, stderr)) return 2;

        string? checkBytes = ReadFile(opts.CheckFile, stdin, cwd, out string? checkError);
        if (checkBytes is null)
        {
            stderr.Append($"Could not open check file '{opts.CheckFile}': {checkError}\n");
            return 2;
        }
        var checkFile = new SourceFile(opts.CheckFile, Canonicalizer.Canonicalize(checkBytes, opts.StrictWhitespace));
        var printer = new DiagnosticPrinter(stderr);
        var context = new PatternContext();
        var settings = new PatternSettings(opts.StrictWhitespace, opts.MatchFullLines, opts.IgnoreCase);
        var reader = new CheckFileReader(context, settings);
        var implicitFiles = new List<SourceFile>();
        try
        {
            if (!CommandLineDefines.Apply(opts.Defines.Where(d => d.IndexOf('=') > 0).ToList(), context, printer)) return 2;
            var implicitNots = new List<Pattern>();
            foreach (var pat in opts.ImplicitCheckNot)
            {
                const string lead = "-implicit-check-not='";
                var file = new SourceFile("command line", lead + ByteText.FromUnicode(pat) + "'");
                implicitFiles.Add(file);
                implicitNots.Add(ParseImplicit(file, lead.Length, file.Text.Length - 1, context, settings));
            }
            reader.Read(checkFile, opts.EffectiveCheckPrefixes, opts.EffectiveCommentPrefixes, implicitNots,
                !(opts.StrictWhitespace && opts.MatchFullLines));
        }
        catch (CheckFileException e)
        {
            if (e.File is null) stderr.Append(e.Message).Append('\n');
            else printer.Print(e.File, e.Offset, DiagnosticKind.Error, e.Message);
            if (e.Logged) stderr.Append('\n');
            return 2;
        }
        catch (FatalPatternException e)
        {
            printer.Print(checkFile, e.Offset, DiagnosticKind.Error, e.Message);
            return 1;
        }
        if (!PrefixValidator.CheckUsage(opts, reader.UnusedPrefixes, stderr)) return 2;

        string inputName = opts.InputFile == "-" ? "<stdin>" : opts.InputFile;
        string? inputBytes = ReadFile(opts.InputFile, stdin, cwd, out string? inputError);
        if (inputBytes is null)
        {
            stderr.Append($"Could not open input file '{inputName}': {inputError}\n");
            return 2;
        }
        if (inputBytes.Length == 0 && !opts.AllowEmpty)
        {
            stderr.Append($"FileCheck error: '{inputName}' is empty.\n");
            stderr.Append("FileCheck command line: ").Append(" FileCheck");
            foreach (var a in args) stderr.Append(' ').Append(a);
            stderr.Append('\n');
            return 2;
        }
        var input = new SourceFile(inputName, Canonicalizer.Canonicalize(inputBytes, opts.StrictWhitespace));
        var dumpMode = opts.EffectiveDumpInput;
        var diags = dumpMode == DumpInputMode.Never ? null : new List<InputDiag>();
        var reporter = new MatchReporter(input, printer, diags, opts.Verbose, opts.VerboseVerbose);
        var matcher = new CheckMatcher(reporter, context, opts.EnableVarScope, opts.AllowDeprecatedDagOverlap, opts.VerboseVerbose);
        int exitCode = matcher.CheckInput(reader.Checks) ? 0 : 1;
        if (diags is not null && (dumpMode == DumpInputMode.Always || (exitCode == 1 && dumpMode == DumpInputMode.Fail)))
        {
            stderr.Append("\nInput file: ").Append(inputName).Append("\nCheck file: ").Append(opts.CheckFile)
                .Append("\n\n-dump-input=help explains the following input dump.\n\n");
            var filter = opts.DumpInputFilters.Count == 0
                ? (dumpMode == DumpInputMode.Always ? DumpInputFilter.All : DumpInputFilter.Error)
                : opts.DumpInputFilters.Min();
            int contextLines = opts.DumpInputContexts.Count == 0 ? 5 : opts.DumpInputContexts.Max();
            var annotations = AnnotationBuilder.Build(input, checkFile, implicitFiles, diags, out int labelWidth);
            AnnotatedInputDumper.Dump(stderr, filter, contextLines, input.Text, annotations, labelWidth);
        }
        return exitCode;
    }

    private static Pattern ParseImplicit(SourceFile file, int start, int end, PatternContext context, PatternSettings settings)
    {
        try
        {
            return PatternParser.Parse(file, start, end, "IMPLICIT-CHECK", new CheckType(CheckKind.Not), 0, context, settings);
        }
        catch (PatternSyntaxException e)
        {
            throw new CheckFileException(file, e.Offset, e.Message, e.Length, e.Logged);
        }
    }

    /// <summary>Reads a file (or stdin for "-") as byte text; null with an strerror-style message on failure.</summary>
    private static string? ReadFile(string name, StdinSource stdin, string? cwd, out string? error)
    {
        error = null;
        if (name == "-") return stdin.Text;
        string path = cwd is null || Path.IsPathRooted(name) ? name : Path.Combine(cwd, name);
        try
        {
            return ByteText.FromBytes(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            error = "No such file or directory";
        }
        catch (UnauthorizedAccessException)
        {
            error = Directory.Exists(path) ? "Is a directory" : "Permission denied";
        }
        catch (IOException e)
        {
            error = e.Message;
        }
        return null;
    }
}
