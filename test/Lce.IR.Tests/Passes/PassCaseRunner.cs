using System.Text;
using Lce.IR;
using Lce.IR.Passes;
using Lce.IR.Parsing;
using Lce.IR.Printing;

namespace Lce.Tests.Passes;

/// <summary>
/// Runs the passes named by a test case's `// ARGS:` line (mlir-opt legacy flags such as
/// `-cse` or `--inline='default-pipeline= max-iterations=2'`) on the parsed module through the
/// library API, verifying after each pass as mlir-opt does, and prints the result.
/// </summary>
internal static class PassCaseRunner
{
    public sealed record Outcome(bool Succeeded, string Output, IReadOnlyList<string> Errors);

    public static Outcome Run(string source, string bufferName, string args)
    {
        var ctx = new IRContext { AllowUnregisteredDialects = true };
        Lce.Dialects.StandardDialects.RegisterAll(ctx);
        var errors = new List<string>();
        using var _ = ctx.Diagnostics.AddHandler(d =>
        {
            if (d.Severity == DiagnosticSeverity.Error) errors.Add($"{LocationText.Describe(d.Location)}: error: {d.Message}");
            return true;
        });
        var parsed = MlirParser.ParseSourceString(ctx, source, bufferName);
        foreach (var d in parsed.Diagnostics) ctx.Diagnostics.Emit(d);
        var module = parsed.Operation ?? throw new InvalidOperationException("case did not parse: " + string.Join("\n", errors));
        if (!Verifier.Verify(module)) return new Outcome(false, "", errors);

        var (passArgs, printerArgs) = SplitArgs(args);
        var (targets, flags) = Anchors(module, passArgs);
        foreach (var pass in CreatePasses(flags))
            foreach (var target in targets)
            {
                bool ok = pass.Run(target);
                PendingDiagnostic.Flush(); // emission is deferred until notes are attached
                if (!ok || errors.Count > 0) return new Outcome(false, "", errors);
                if (!Verifier.Verify(module)) return new Outcome(false, "", errors);
            }
        var sb = new StringBuilder();
        var (options, error) = Lce.Opt.OptOptions.Parse(printerArgs);
        AsmPrinter.PrintTopLevel(module, sb, (options ?? throw new InvalidOperationException(error)).ToPrinterFlags());
        sb.Append('\n');
        return new Outcome(true, sb.ToString(), errors);
    }

    private const string NestedModulePipeline = "--pass-pipeline=builtin.module(builtin.module(";

    /// <summary>
    /// The ops the passes run on: the top-level module, or, for the one pipeline form the cases
    /// use (`--pass-pipeline='builtin.module(builtin.module(p))'`), each module directly inside it.
    /// </summary>
    private static (List<Operation> Targets, List<string> Flags) Anchors(Operation module, List<string> passArgs)
    {
        if (passArgs is [var only] && only.StartsWith(NestedModulePipeline, StringComparison.Ordinal) && only.EndsWith("))", StringComparison.Ordinal))
        {
            var nested = module.GetRegion(0).Blocks[0].Operations.Where(o => o.Name == "builtin.module").ToList();
            return (nested, ["-" + only[NestedModulePipeline.Length..^2]]);
        }
        return ([module], passArgs);
    }

    /// <summary>Separates pass flags from lce-opt/mlir-opt tool flags (`-mlir-print-debuginfo`, ...).</summary>
    private static (List<string> Passes, List<string> Tool) SplitArgs(string args)
    {
        var passes = new List<string>();
        var tool = new List<string>();
        foreach (var token in ShellSplit(args)) (token.TrimStart('-').StartsWith("mlir-", StringComparison.Ordinal) ? tool : passes).Add(token);
        return (passes, tool);
    }

    /// <summary>Builds the passes of a legacy flag list (no pass manager: each runs on the top-level module).</summary>
    public static List<Pass> CreatePasses(IEnumerable<string> flags)
    {
        var registry = new PassRegistry();
        Lce.Transforms.StandardPasses.RegisterAll(registry);
        var passes = new List<Pass>();
        foreach (var token in flags)
        {
            var flag = token.TrimStart('-');
            int eq = flag.IndexOf('=');
            var name = eq < 0 ? flag : flag[..eq];
            var entry = registry.Lookup(name) ?? throw new InvalidOperationException($"unknown pass '{name}'");
            var holder = new OpPassManager();
            var problems = new List<string>();
            var options = eq < 0 ? "" : flag[(eq + 1)..];
            if (!entry.AddToPipeline(holder, options, new PipelineErrorHandler(problems.Add)) || holder.Count != 1)
                throw new InvalidOperationException($"cannot create '{name}': {string.Join("; ", problems)}");
            var pass = holder.Passes[0];
            passes.Add(pass);
        }
        return passes;
    }

    /// <summary>Splits on spaces outside quotes and braces, removing shell quotes.</summary>
    private static IEnumerable<string> ShellSplit(string text)
    {
        var current = new StringBuilder();
        char quote = '\0';
        foreach (char c in text)
        {
            if (quote != '\0') { if (c == quote) quote = '\0'; else current.Append(c); continue; }
            if (c is '\'' or '"') { quote = c; continue; }
            if (c == ' ') { if (current.Length > 0) { yield return current.ToString(); current.Clear(); } continue; }
            current.Append(c);
        }
        if (current.Length > 0) yield return current.ToString();
    }
}
