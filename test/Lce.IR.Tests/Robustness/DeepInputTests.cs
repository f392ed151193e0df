using System.Text;
using System.Text.RegularExpressions;
using Lce.Opt;

using static Lce.Tests.Robustness.LceOptHarness;

namespace Lce.Tests.Robustness;

/// <summary>
/// Pathological inputs through lce-opt in-process: 10,000-deep regions, types and arrays, and a
/// 100 MB dense literal. Each must succeed or end in a located diagnostic, never crash (a stack
/// overflow would kill the test host, so these also guard the parser's large-stack thread).
/// </summary>
public class DeepInputTests
{
    private const int Depth = 10_000;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ThousandNestedRegionsRoundTrip(bool generic)
    {
        // 10,000 levels parse but overflow the printer's stack: pending/DeepPrintingStackOverflow.cs.txt.
        const int depth = 1_000;
        var r = RunOpt(NestedRegions(depth), generic ? ["--mlir-print-op-generic"] : []);
        Assert.True(r.rc == 0, r.stderr);
        Assert.Equal(depth, Regex.Count(r.stdout, "\"tst.r\""));
        var again = RunOpt(r.stdout, generic ? ["--mlir-print-op-generic"] : []);
        Assert.Equal(0, again.rc);
        Assert.Equal(r.stdout, again.stdout);
    }

    [Fact]
    public void TenThousandNestedRegionsWithAnErrorInsideAreDiagnosed()
    {
        // Parsed to the bottom (no printing): the undefined value is reported at its position.
        var text = NestedRegions(Depth).Replace("\"tst.leaf\"() : () -> ()", "\"tst.leaf\"(%undefined) : (i32) -> ()");
        var r = RunOpt(text);
        SucceedsOrDiagnoses(r);
        Assert.NotEqual(0, r.rc);
        Assert.Contains($"<stdin>:{Depth + 1}:", r.stderr);
    }

    [Fact]
    public void RegionsDeeperThanTheLimitAreDiagnosed()
    {
        var r = RunOpt(NestedRegions(60_000));
        SucceedsOrDiagnoses(r);
        Assert.NotEqual(0, r.rc);
    }

    [Fact]
    public void UnclosedDeepRegionsAreDiagnosed()
    {
        var text = NestedRegions(Depth);
        var r = RunOpt(text[..(text.Length / 2)]); // every region left open
        SucceedsOrDiagnoses(r);
        Assert.NotEqual(0, r.rc);
    }

    // ---------------------------------------------------------------- types

    [Theory]
    [InlineData("complex<", ">")]      // complex<complex<...>>: illegal, diagnosed at the second level
    [InlineData("vector<2x", ">")]     // vector of vector: illegal
    [InlineData("tensor<", ">")]       // tensor of tensor: illegal
    public void TenThousandIllegallyNestedTypesAreDiagnosed(string open, string close)
    {
        string type = Repeat(open, Depth) + "i32" + Repeat(close, Depth);
        var r = RunOpt($"\"tst.t\"() : () -> {type}\n");
        SucceedsOrDiagnoses(r);
        Assert.NotEqual(0, r.rc);
    }

    [Theory]
    [InlineData("tuple<", ">", "i32")]
    [InlineData("!tst.w<", ">", "i32")]
    [InlineData("() -> (", ")", "i32")]
    [InlineData("tensor<1xi32, [", "]>", "1")]
    public void ThousandNestedTypesRoundTrip(string open, string close, string leaf)
    {
        const int depth = 1_000; // 10,000: pending/DeepPrintingStackOverflow.cs.txt
        string type = Repeat(open, depth) + leaf + Repeat(close, depth);
        var r = RunOpt($"\"tst.t\"() {{t = {type}}} : () -> ({type})\n");
        Assert.True(r.rc == 0, r.stderr);
        if (!open.StartsWith('(')) Assert.Contains(type, r.stdout); // `() -> (() -> i32)` drops the innermost parentheses
        var again = RunOpt(r.stdout);
        Assert.Equal(0, again.rc);
        Assert.Equal(r.stdout, again.stdout);
    }

    [Fact]
    public void TenThousandNestedTypesWithAnErrorInsideAreDiagnosed()
    {
        string type = Repeat("tuple<", Depth) + "i32x" + Repeat(">", Depth);
        var r = RunOpt($"\"tst.t\"() : () -> {type}\n");
        SucceedsOrDiagnoses(r);
        Assert.NotEqual(0, r.rc);
    }

    // ---------------------------------------------------------------- attributes

    [Theory]
    [InlineData("[", "]", "1")]
    [InlineData("{a = ", "}", "\"s\"")]
    [InlineData("#tst.w<", ">", "1")]
    public void ThousandNestedAttributesRoundTrip(string open, string close, string leaf)
    {
        const int depth = 1_000; // 10,000: pending/DeepPrintingStackOverflow.cs.txt
        string attr = Repeat(open, depth) + leaf + Repeat(close, depth);
        var r = RunOpt($"\"tst.a\"() {{v = {attr}}} : () -> ()\n");
        Assert.True(r.rc == 0, r.stderr);
        Assert.Contains(attr, r.stdout);
    }

    [Theory]
    [InlineData("[", "]", "1 2")]
    [InlineData("{a = ", "}", "unit unit")]
    [InlineData("#tst.w<", ">", "(1")]
    [InlineData("loc(fused[", "])", "unknown")]
    public void TenThousandNestedAttributesWithAnErrorInsideAreDiagnosed(string open, string close, string leaf)
    {
        string attr = Repeat(open, Depth) + leaf + Repeat(close, Depth - 1);
        var r = RunOpt($"\"tst.a\"() {{v = {attr}}} : () -> ()\n");
        SucceedsOrDiagnoses(r);
        Assert.NotEqual(0, r.rc);
    }

    [Fact]
    public void TenThousandNestedLocations()
    {
        string loc = Repeat("callsite(", Depth) + "unknown" + Repeat(" at \"f\":1:2)", Depth);
        var r = RunOpt($"\"tst.a\"() : () -> () loc({loc})\n", "--mlir-print-debuginfo");
        SucceedsOrDiagnoses(r);
        string names = Repeat("\"n\"(", Depth) + "\"f\":1:2" + Repeat(")", Depth);
        SucceedsOrDiagnoses(RunOpt($"\"tst.a\"() : () -> () loc({names})\n", "--mlir-print-debuginfo"));
    }

    [Fact]
    public void TenThousandNestedAffineParentheses()
    {
        string e = Repeat("(", Depth) + "d0" + Repeat(")", Depth);
        SucceedsOrDiagnoses(RunOpt($"\"tst.a\"() {{m = affine_map<(d0) -> ({e})>}} : () -> ()\n"));
    }

    [Fact]
    public void DeepNestingAfterAnErrorStillDiagnoses()
    {
        string attr = Repeat("[", Depth) + "1" + Repeat("]", Depth - 1) + ")"; // mismatched closer
        var r = RunOpt($"\"tst.a\"() {{v = {attr}}} : () -> ()\n");
        SucceedsOrDiagnoses(r);
        Assert.NotEqual(0, r.rc);
    }

    // ---------------------------------------------------------------- a 100 MB dense literal

    [Fact]
    public void HundredMegabyteDenseHexLiteral()
    {
        const int n = 25_000_000; // 25M i32 = 100 MB of data, 200 MB of hex text
        var sb = new StringBuilder(n * 8 + 200);
        sb.Append("\"tst.big\"() {v = dense<\"0x");
        const string hex = "0123456789ABCDEF";
        Span<char> word = stackalloc char[8];
        for (int i = 0; i < n; i++)
        {
            uint v = (uint)i * 2654435761u; // distinct, not a splat
            for (int k = 0; k < 4; k++)
            {
                byte b = (byte)(v >> (8 * k)); // little-endian bytes
                word[2 * k] = hex[b >> 4];
                word[2 * k + 1] = hex[b & 15];
            }
            sb.Append(word);
        }
        sb.Append($"\"> : tensor<{n}xi32>}} : () -> ()\n");
        string text = sb.ToString();
        sb.Clear();

        var r = RunOpt(text, "--mlir-elide-elementsattrs-if-larger=16");
        text = null!;
        SucceedsOrDiagnoses(r);
        Assert.True(r.rc == 0, r.stderr);
        Assert.Contains($"dense_resource<__elided__> : tensor<{n}xi32>", r.stdout);
        Assert.True(r.stdout.Length < 1000, $"elided output is {r.stdout.Length} chars");
        GC.Collect();
    }

    [Fact]
    public void TruncatedHugeDenseLiteralIsDiagnosed()
    {
        // 4 MB of hex for a type that needs 4× as much: a located size error, not a crash.
        var text = "\"tst.big\"() {v = dense<\"0x" + new string('A', 4_000_000) + "\"> : tensor<2000000xi32>} : () -> ()\n";
        var r = RunOpt(text);
        SucceedsOrDiagnoses(r);
        Assert.NotEqual(0, r.rc);
    }
}
