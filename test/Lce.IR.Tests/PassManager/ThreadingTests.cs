using System.Text;
using System.Text.RegularExpressions;
using Lce.Opt;

namespace Lce.Tests.PassManager;

/// <summary>
/// Running nested pipelines in parallel must not change anything visible: output, diagnostics
/// (ordered as a sequential run orders them), IR dumps and reproducers equal the
/// --mlir-disable-threading run. (One difference is MLIR's too: when a threaded run prints IR
/// dumps and diagnostics, the dumps come first, because mlir-opt holds diagnostics of a
/// parallel loop back until it ends; the pm differential case print-failure-diagnostics
/// checks that layout against mlir-opt.)
/// </summary>
public class ThreadingTests
{
    /// <summary>Many functions with CSE work, folding work and symbols so every pass has something to do.</summary>
    private static string ManyFunctions(int count)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            sb.Append($"func.func @f{i}(%a: i32, %b: i32) -> i32 {{\n");
            sb.Append($"  %c = arith.constant {i} : i32\n");
            sb.Append("  %0 = arith.addi %a, %b : i32\n  %1 = arith.addi %a, %b : i32\n");
            sb.Append("  %2 = arith.muli %0, %1 : i32\n  %3 = arith.addi %2, %c : i32\n");
            if (i % 3 == 0) sb.Append($"  %4 = func.call @f{(i + 1) % count}(%3, %b) : (i32, i32) -> i32\n  return %4 : i32\n");
            else sb.Append("  return %3 : i32\n");
            sb.Append("}\n");
        }
        return sb.ToString();
    }

    private static (int Rc, string Out, string Err, string? Repro) Run(string input, params string[] args)
    {
        var dir = Directory.CreateTempSubdirectory("lce-threads-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "in.mlir"), input);
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int rc = LceOpt.Run(["in.mlir", .. args], TextReader.Null, stdout, stderr, dir);
            string repro = Path.Combine(dir, "repro.mlir");
            return (rc, stdout.ToString(), stderr.ToString(), File.Exists(repro) ? File.ReadAllText(repro) : null);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Theory]
    [InlineData("--pass-pipeline=builtin.module(func.func(cse,canonicalize),symbol-dce)")]
    [InlineData("--pass-pipeline=builtin.module(func.func(cse,test-pass-failure{gen-diagnostics}))")]
    [InlineData("--pass-pipeline=builtin.module(func.func(cse,canonicalize))", "--mlir-print-ir-before-all", "--mlir-print-ir-after-change")]
    [InlineData("--pass-pipeline=builtin.module(func.func(test-pass-crash))")]
    public void ThreadedRunEqualsSequentialRun(params string[] args)
    {
        string input = ManyFunctions(200);
        var sequential = Run(input, [.. args, "--mlir-disable-threading"]);
        for (int attempt = 0; attempt < 3; attempt++)
        {
            var threaded = Run(input, args);
            Assert.Equal(sequential.Rc, threaded.Rc);
            Assert.Equal(sequential.Out, threaded.Out);
            Assert.Equal(sequential.Err, threaded.Err);
        }
    }

    [Fact]
    public void ThreadedReproducerEqualsSequentialApartFromTheThreadingFlag()
    {
        string input = ManyFunctions(50);
        string[] args = ["--pass-pipeline=builtin.module(func.func(cse,test-pass-failure{gen-diagnostics}))", "--mlir-pass-pipeline-crash-reproducer=repro.mlir"];
        var sequential = Run(input, [.. args, "--mlir-disable-threading"]);
        var threaded = Run(input, args);
        Assert.Equal(sequential.Err, threaded.Err);
        Assert.Contains("Failures have been detected while processing an MLIR pass pipeline", threaded.Err);
        Assert.NotNull(threaded.Repro);
        Assert.Equal(sequential.Repro!.Replace("disable_threading: true", "disable_threading: false"), threaded.Repro);
    }

    [Fact]
    public void PassStatisticsAddUpAcrossThreads()
    {
        string input = ManyFunctions(40);
        string[] args = ["--pass-pipeline=builtin.module(func.func(test-stats-pass))", "--mlir-pass-statistics", "--mlir-pass-statistics-display=list"];
        var sequential = Run(input, [.. args, "--mlir-disable-threading"]);
        var threaded = Run(input, args);
        Assert.Equal(sequential.Err, threaded.Err);
        // Every op of every function is counted once per statistic: 40 functions of 7 or 8 ops.
        int ops = Enumerable.Range(0, 40).Sum(i => i % 3 == 0 ? 8 : 7);
        Assert.Matches(new Regex($@"\(S\) {ops} num-ops  - Number of operations counted\n"), threaded.Err);
    }

    /// <summary>The timing report's layout (numbers masked): rows, nesting and order in tree mode.</summary>
    [Fact]
    public void TimingReportHasMlirsLayout()
    {
        var run = Run(ManyFunctions(4), "--pass-pipeline=builtin.module(func.func(test-function-pass),test-module-pass)",
            "--mlir-timing", "--mlir-disable-threading", "-o", "/dev/null");
        var rows = run.Err.Split('\n').Where(l => l.Contains('%')).ToList();
        // printf("  %8.4f (%5.1f%%)  ") before each name.
        Assert.All(rows, r => Assert.Matches(new Regex(@"^  [ \d]{2}\d\.\d{4} \([ \d]{2}\d\.\d%\)  +\S"), r));
        string masked = Regex.Replace(Regex.Replace(run.Err, @"\(\s*\d+\.\d+%\)", "(N%)"), @" *\d+\.\d+", " N");
        Assert.Equal("""
            ===-------------------------------------------------------------------------===
                                     ... Execution time report ...
            ===-------------------------------------------------------------------------===
              Total Execution Time: N seconds

              ----Wall Time----  ----Name----
             N (N%)  Parser
             N (N%)  'func.func' Pipeline
             N (N%)    (anonymous namespace)::TestFunctionPass
             N (N%)  (anonymous namespace)::TestModulePass
             N (N%)  Output
             N (N%)  Rest
             N (N%)  Total

            """.Replace("\r\n", "\n"), masked);
    }
}
