using System.Diagnostics;
using System.Text;
using Lce.IR;
using Lce.IR.Parsing;
using Lce.IR.Printing;
using Lce.IR.Rewrite;
using Lce.IR.Rewrite.Pdll;

namespace Lce.Tests.Pdll;

/// <summary>Skips a test when MLIR's tools are not installed (CI has none).</summary>
public sealed class RequiresMlirPdllFactAttribute : FactAttribute
{
    public const string MlirPdll = "/usr/lib/llvm-22/bin/mlir-pdll";

    public RequiresMlirPdllFactAttribute()
    {
        if (!File.Exists(MlirPdll)) Skip = $"{MlirPdll} is not installed";
    }
}

/// <summary>
/// PDLL checked against MLIR's own tools: every shipped .pdll compiles with `mlir-pdll -x=mlir`,
/// and the native-free patterns of test/pdll rewrite IR exactly as mlir-opt's PDL bytecode does
/// (expected files made by test/pdll/regen.sh).
/// </summary>
public class PdllOracleTests
{
    /// <summary>Every .pdll file of the repository that ships or tests patterns.</summary>
    public static IEnumerable<string> ShippedPdllFiles() =>
        new[] { "src", "test/pdll", "examples" }
            .Select(d => RepoPaths.Combine(d.Split('/')))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.pdll", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void ShipsNativeFreeAndNativePdllFiles()
    {
        var files = ShippedPdllFiles().ToList();
        Assert.Contains(files, f => f.EndsWith("Canonicalization.pdll", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("structural.pdll", StringComparison.Ordinal));
    }

    [RequiresMlirPdllFact]
    public void MlirPdllAcceptsEveryShippedFile()
    {
        var failures = new List<string>();
        foreach (var file in ShippedPdllFiles())
        {
            // Includes resolve next to the including file, as PdllModule.LoadEmbedded resolves them.
            var psi = new ProcessStartInfo(RequiresMlirPdllFactAttribute.MlirPdll, ["-x=mlir", "-I", Path.GetDirectoryName(file)!, file])
            { RedirectStandardOutput = true, RedirectStandardError = true };
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEnd();
            p.WaitForExit();
            if (p.ExitCode != 0 || stderr.Contains("error:")) failures.Add($"{file}: exit {p.ExitCode}\n{stderr}");
            else Assert.Contains("pdl.pattern", stdout.Result);
        }
        Assert.Empty(failures);
    }

    public static TheoryData<string> BytecodeCases()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(RepoPaths.Combine("test", "pdll", "cases"), "*.mlir").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(BytecodeCases))]
    public void RewritesLikeMlirPdlBytecode(string name)
    {
        var dir = RepoPaths.Combine("test", "pdll");
        var input = File.ReadAllText(Path.Combine(dir, "cases", name + ".mlir"));
        var expected = File.ReadAllText(Path.Combine(dir, "cases", name + ".expected"));
        var header = input.Split('\n').TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal)).ToList();
        var pdllName = header.First(l => l.StartsWith("// PDLL:", StringComparison.Ordinal))["// PDLL:".Length..].Trim();
        var flags = header.FirstOrDefault(l => l.StartsWith("// FLAGS:", StringComparison.Ordinal)) ?? "";

        var ctx = PdllTestUtil.Context();
        var module = PdllModule.Load(ctx, File.ReadAllText(Path.Combine(dir, pdllName)), pdllName);
        var body = string.Join('\n', input.Split('\n').Where(l => !l.StartsWith("// PDLL:") && !l.StartsWith("// FLAGS:")));
        var top = PdllTestUtil.Parse(ctx, "module {\nmodule @ir {\n" + body + "\n} loc(\"ir\")\n}");
        var ir = top.GetRegion(0).Blocks[0].FirstOp!;
        GreedyPatternRewriteDriver.ApplyPatternsGreedily(ir, new RewritePatternSet(ctx).Add(module.Patterns).Freeze());
        var printFlags = PrinterFlags.Default with
        {
            PrintDebugInfo = flags.Contains("-mlir-print-debuginfo"),
            PrintLocalScope = flags.Contains("-mlir-print-local-scope"),
        };
        Assert.Equal(expected, IrModuleBlock(AsmPrinter.PrintTopLevel(top, printFlags)));
    }

    /// <summary>The `  module @ir {` ... `  }` lines, as regen.sh keeps them.</summary>
    private static string IrModuleBlock(string printed)
    {
        var sb = new StringBuilder();
        bool keep = false;
        foreach (var line in printed.Split('\n'))
        {
            if (line.StartsWith("  module @ir", StringComparison.Ordinal)) keep = true;
            if (!keep) continue;
            sb.Append(line).Append('\n');
            if (line.StartsWith("  }", StringComparison.Ordinal)) break;
        }
        return sb.ToString();
    }
}
