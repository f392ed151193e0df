// Deep nesting through the whole CLI path: 10,000 levels of regions, types and attributes parse
// and print (the printer runs on a large-stack thread) without overflowing the stack.

using System.Text;
using System.Text.RegularExpressions;
using Lce.Opt;

using static Lce.Tests.Robustness.LceOptHarness;

namespace Lce.Tests.Robustness;

public class DeepPrintingStackOverflow
{
    private const int Depth = 10_000;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TenThousandNestedRegions(bool generic)
    {
        var r = RunOpt(NestedRegions(Depth), generic ? ["--mlir-print-op-generic"] : []);
        SucceedsOrDiagnoses(r);
        // The default limit (50,000) admits this depth: it must print, and the print must reparse.
        Assert.True(r.rc == 0, r.stderr.Length > 2000 ? r.stderr[..2000] : r.stderr);
        Assert.Equal(Depth, Regex.Count(r.stdout, "\"tst.r\""));
        var again = RunOpt(r.stdout, generic ? ["--mlir-print-op-generic"] : []);
        Assert.Equal(0, again.rc);
        Assert.Equal(r.stdout, again.stdout);
    }

    [Fact]
    public void TenThousandNestedRegionsWithValuesFromOutside()
    {
        // Every level uses the value defined at the outermost level: dominance over a deep tree.
        var sb = new StringBuilder("%v = \"tst.def\"() : () -> i32\n");
        for (int i = 0; i < Depth; i++) sb.Append("\"tst.r\"(%v) ({\n");
        sb.Append("\"tst.use\"(%v) : (i32) -> ()\n");
        for (int i = 0; i < Depth; i++) sb.Append("}) : (i32) -> ()\n");
        var r = RunOpt(sb.ToString(), "--mlir-print-debuginfo");
        SucceedsOrDiagnoses(r);
        Assert.Equal(0, r.rc);
    }

    // ---------------------------------------------------------------- types

    [Theory]
    [InlineData("tuple<", ">")]
    [InlineData("!tst.w<", ">")]       // dialect type body nesting
    [InlineData("() -> (", ")")]
    [InlineData("memref<?x", ">")]     // memref of memref is legal (as in MLIR): parses, then the printer overflows
    public void TenThousandNestedTypes(string open, string close)
    {
        string type = Repeat(open, Depth) + "i32" + Repeat(close, Depth);
        // A function type as the op's single result must be parenthesized.
        if (type.StartsWith('(')) type = "(" + type + ")";
        var r = RunOpt($"\"tst.t\"() : () -> {type}\n");
        SucceedsOrDiagnoses(r);
        Assert.True(r.rc == 0, r.stderr.Length > 2000 ? r.stderr[..2000] : r.stderr);
    }

    [Fact]
    public void TenThousandNestedTupleTypesInTypeAttribute()
    {
        string type = Repeat("tuple<", Depth) + "f32" + Repeat(">", Depth);
        var r = RunOpt($"\"tst.t\"() {{t = {type}}} : () -> ()\n", "--mlir-print-op-generic");
        SucceedsOrDiagnoses(r);
        Assert.Equal(0, r.rc);
        Assert.Contains(type, r.stdout);
    }

    [Fact]
    public void TenThousandNestedTensorEncodings()
    {
        // tensor<1xi32, tensor-typed attribute ...>: attribute and type nesting interleaved.
        var sb = new StringBuilder();
        for (int i = 0; i < Depth; i++) sb.Append("[");
        for (int i = 0; i < Depth; i++) sb.Append("]");
        var r = RunOpt($"\"tst.t\"() : () -> tensor<1xi32, {sb}>\n");
        SucceedsOrDiagnoses(r);
        Assert.Equal(0, r.rc);
    }

    // ---------------------------------------------------------------- attributes

    [Theory]
    [InlineData("[", "]", "1")]
    [InlineData("{a = ", "}", "unit")]
    [InlineData("#tst.w<", ">", "1")]
    public void TenThousandNestedAttributes(string open, string close, string leaf)
    {
        string attr = Repeat(open, Depth) + leaf + Repeat(close, Depth);
        var r = RunOpt($"\"tst.a\"() {{v = {attr}}} : () -> ()\n");
        SucceedsOrDiagnoses(r);
        if (open == "[") Assert.True(r.rc == 0 && r.stdout.Contains(attr), r.stderr.Length > 2000 ? r.stderr[..2000] : r.stderr);
    }

}
