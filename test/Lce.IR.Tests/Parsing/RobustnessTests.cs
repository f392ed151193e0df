using System.Text;
using Lce.IR;
using Lce.IR.Parsing;
using Xunit;
using static Lce.Tests.Parsing.ParsingTestUtil;

namespace Lce.Tests.Parsing;

/// <summary>Malformed and extreme input yields success or a diagnostic, never an exception, hang or crash.</summary>
public class RobustnessTests
{
    private const string Sample = """
        #map = affine_map<(d0) -> (d0 + 1)>
        %0:2 = "foo.def"() {a = dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>, b = "s\0A", c = [1.5, @f::@g]} : () -> (i32, tensor<4x?xf32>)
        "foo.op"(%0#0) <{p = array<i32: 1, 2>}> ({
        ^bb0(%arg0: i32 loc("a":1:2)):
          "foo.br"(%arg0)[^bb1] : (i32) -> ()
        ^bb1(%x: i32):
          "foo.ret"() : () -> () loc(#loc)
        }) {m = #map, t = memref<4xf32, strided<[1], offset: ?>>, r = dense_resource<k> : tensor<2xi8>} : (i32) -> ()
        #loc = loc(fused["x":1:1, "y":2:2])
        {-#
          dialect_resources: { builtin: { k: "0x010000000102" } }
        #-}
        """;

    [Fact]
    public void SampleParses() => ParseOk(Ctx(), Sample);

    [Fact]
    public void MutationsNeverThrow()
    {
        var rng = new Random(1234);
        var tokens = Sample.Split(' ');
        int failures = 0;
        for (int i = 0; i < 600; i++)
        {
            string text = (i % 4) switch
            {
                0 => Sample[..rng.Next(Sample.Length)],
                1 => FlipByte(Sample, rng),
                2 => string.Join(' ', tokens.Where((_, k) => k != rng.Next(tokens.Length))),
                _ => Sample.Insert(rng.Next(Sample.Length), "<>[](){}%^#!\"@:,x0"[rng.Next(18)].ToString()),
            };
            var r = MlirParser.ParseSourceString(Ctx(), text, "m.mlir");
            Assert.True(r.Succeeded || r.Error is not null);
            if (r.Error is { } e)
            {
                Assert.DoesNotContain("internal parser error", e.Message);
                failures++;
            }
        }
        Assert.True(failures > 100);
    }

    private static string FlipByte(string s, Random rng)
    {
        var chars = s.ToCharArray();
        chars[rng.Next(chars.Length)] = (char)rng.Next(32, 127);
        return new string(chars);
    }

    [Fact]
    public void TenThousandNestedRegionsParse()
    {
        const int depth = 10_000;
        var sb = new StringBuilder();
        for (int i = 0; i < depth; i++) sb.Append("\"foo.r\"() ({\n");
        sb.Append("\"foo.leaf\"() : () -> ()\n");
        for (int i = 0; i < depth; i++) sb.Append("}) : () -> ()\n");
        var m = ParseOk(Ctx(), sb.ToString());
        Assert.Equal("foo.r", TopOps(m)[0].Name);
    }

    [Fact]
    public void TenThousandNestedTuplesParse()
    {
        var text = string.Concat(Enumerable.Repeat("tuple<", 10_000)) + "i32" + new string('>', 10_000);
        var r = MlirParser.ParseSourceString(Ctx(), $"\"foo.a\"() {{t = {text}}} : () -> ()", "t.mlir");
        Assert.True(r.Succeeded, r.Error?.Message);
    }

    [Fact]
    public void ExcessiveNestingIsADiagnostic()
    {
        var options = new ParserOptions { MaxNestingDepth = 1000 };
        var deep = string.Concat(Enumerable.Repeat("[", 5000)) + new string(']', 5000);
        var r = MlirParser.ParseSourceString(Ctx(), $"\"foo.a\"() {{t = {deep}}} : () -> ()", "t.mlir", options);
        Assert.Contains("too deep", r.Error!.Message);
        var sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) sb.Append("\"foo.r\"() ({\n");
        var r2 = MlirParser.ParseSourceString(Ctx(), sb.ToString(), "t.mlir", options);
        Assert.Equal("regions are nested too deeply", r2.Error!.Message);
    }

    [Fact]
    public void LargeHexConstantIsDecodedDirectly()
    {
        int n = 4_000_000;
        var hex = new StringBuilder(n * 2 + 64);
        hex.Append("\"foo.c\"() {v = dense<\"0x");
        for (int i = 0; i < n; i++) hex.Append("AB");
        hex.Append($"\"> : tensor<{n}xi8>}} : () -> ()");
        var m = ParseOk(Ctx(), hex.ToString());
        var attr = Assert.IsType<DenseElementsAttr>(TopOps(m)[0].GetAttr("v"));
        Assert.True(attr.IsSplat);
    }

    [Fact]
    public void UnterminatedConstructsAreDiagnostics()
    {
        foreach (var text in new[] { "\"foo.a", "\"foo.a\"() ({", "\"foo.a\"() : () -> tensor<4x", "#a = dense<[1, 2", "{-# dialect_resources: {", "!t = !foo<\"x\"" })
        {
            var r = MlirParser.ParseSourceString(Ctx(), text, "t.mlir");
            Assert.NotNull(r.Error);
            Assert.DoesNotContain("internal", r.Error!.Message);
        }
    }
}
