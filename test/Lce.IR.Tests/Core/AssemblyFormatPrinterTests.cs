using Lce.IR;
using Lce.IR.Parsing;
using Lce.IR.Printing;

namespace Lce.Tests.Core;

/// <summary>The format printer's directives and spacing, on ops declared only by a format string.</summary>
public class AssemblyFormatPrinterTests
{
    private sealed class FormatDialect : Dialect
    {
        public override string Namespace => "fmt";
        protected override void Define()
        {
            Op("kw").Operand("x").Format("$x attr-dict-with-keyword `:` type($x)");
            Op("plain").Operand("x").Operand("y").Format("$x `,` $y attr-dict `:` type($x) `,` type($y)");
            Op("paren").VariadicOperand("xs").Format("`(` $xs `)` attr-dict `:` type($xs)");
        }
    }

    private static string RoundTrip(string body)
    {
        var ctx = new IRContext { AllowUnregisteredDialects = true };
        Lce.Dialects.StandardDialects.RegisterAll(ctx);
        ctx.Register(new FormatDialect());
        var text = "func.func @f(%a: i32, %b: f32) {\n" + body + "\n  return\n}\n";
        var result = MlirParser.ParseSourceString(ctx, text, "t.mlir");
        Assert.True(result.Succeeded, result.Error?.ToString());
        var printed = AsmPrinter.PrintTopLevel(result.Operation!);
        return printed.Split('\n')[2].Trim();
    }

    [Fact]
    public void AttrDictWithKeywordPrintsTheKeyword() =>
        Assert.Equal("fmt.kw %arg0 attributes {foo = 1 : i32} : i32", RoundTrip("\"fmt.kw\"(%a) {foo = 1 : i32} : (i32) -> ()"));

    [Fact]
    public void EmptyAttrDictPrintsNothing() =>
        Assert.Equal("fmt.kw %arg0 : i32", RoundTrip("fmt.kw %a : i32"));

    [Fact]
    public void PunctuationSpacingFollowsOds() =>
        Assert.Equal("fmt.plain %arg0, %arg1 : i32, f32", RoundTrip("fmt.plain %a, %b : i32, f32"));

    [Fact]
    public void NoSpaceInsideParentheses() =>
        Assert.Equal("fmt.paren(%arg0, %arg0) : i32, i32", RoundTrip("fmt.paren(%a, %a) : i32, i32"));
}
