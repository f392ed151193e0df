using Lce.IR.Rewrite.Pdll;

namespace Lce.Tests.Pdll;

/// <summary>
/// Load errors at line:col. Messages of checks PDLL itself makes are mlir-pdll's (same text and
/// position, from running mlir-pdll on the same input); the others cover what Lce checks against
/// the IRContext and the native registry.
/// </summary>
public class PdllDiagnosticsTests
{
    public static TheoryData<string, string> MlirPdllErrors() => new()
    {
        { "Pattern { let r = op<arith.addi>(x: Value, y: Value); erase z; }", "1:61: undefined reference to `z`" },
        { "Pattern { let r = op<arith.addi>(x: Value, x: Value); erase r; }", "1:44: `x` has already been defined" },
        { "Pattern { let r = op<arith.addi>(x: Value, y: Value) {overflowFlags = v: Value}; erase r; }", "1:71: expected `Attr` expression, but got `Value`" },
        { "Pattern { let r = op<arith.addi>(x: Value, y: Value); }", "1:1: expected Pattern body to terminate with an operation rewrite statement, such as `erase`" },
        { "Pattern { let r = op<arith.addi>(x: Value, y: Value); erase r; let q = x; }", "1:64: Pattern body was terminated by an operation rewrite statement, but found trailing statements" },
        { "Pattern { let r = op<arith.addi>(x: Value, y: Value); erase r }", "1:63: expected `;` after statement" },
        { "Pattern { let r = op<arith.addi>(x: Value, y: Value); replace r with attr<\"1 : i32\">; }", "1:70: expected `Op`, `Value` or `ValueRange` expression, but got `Attr`" },
        { "Pattern { let r = op<arith.addi>(x: Value, y: Value); erase r.foo; }", "1:61: invalid member access `foo` on expression of type `Op<arith.addi>`" },
        { "Rewrite R(v: Value) -> Attr; Pattern { let r = op<arith.addi>(x: Value, y: Value); R(x); erase r; }", "1:84: unable to invoke `Rewrite` within a match section" },
        { "Constraint C(v: Value); Pattern { let r = op<arith.addi>(x: Value, y: Value); C(x, y); erase r; }", "1:79: invalid number of arguments for constraint call; expected 1, but got 2" },
        { "Pattern { let r = op<arith.addi>(x: Value, y: Value); let v: Attr = r; erase r; }", "1:69: unable to convert expression of type `Op<arith.addi>` to the expected type of `Attr`" },
        { "Pattern { let r = op<arith.addi>(x: Value, y: Value); let t = (x, r); replace r with t; }", "1:86: expected `Op`, `Value` or `ValueRange` expression, but got `Tuple<Value, Op<arith.addi>>`" },
        { "Constraint C(v: Value) -> Attr; Pattern { let r = op<arith.addi>(x: Value, y: Value); let a: Attr<t: Type> = C(x); erase r; }", "1:94: type constraints are not permitted on variables with initializers" },
        { "Pattern F { erase op<arith.addi>; } Pattern F { erase op<arith.subi>; }", "1:45: `F` has already been defined" },
    };

    [Theory]
    [MemberData(nameof(MlirPdllErrors))]
    public void ReportsPdllErrorsAsMlirPdllDoes(string source, string expected)
    {
        var natives = new NativeRegistry().AddConstraint("C", _ => true).AddRewrite("R", _ => null);
        Assert.Equal(expected, PdllTestUtil.Errors(source, natives)[0]);
    }

    public static TheoryData<string, string> LceErrors() => new()
    {
        { "Pattern { erase op<arith.nope>; }", "1:20: unknown operation `arith.nope`: it is not registered in the IRContext (is its dialect loaded?)" },
        { "Pattern { let r = op<arith.addi>(x: Value, y: Value, z: Value); erase r; }", "1:19: invalid number of operand groups for `arith.addi`; expected 2, but got 3" },
        { "Pattern { let r = op<arith.addi>(x: Attr, y: Value); erase r; }", "1:34: unable to convert expression of type `Attr` to the expected type of `Value`" },
        { "Constraint Missing(a: Attr);\nPattern { erase op<arith.addi>; }", "1:12: native constraint `Missing` is declared without a body but is not bound in the NativeRegistry" },
        { "Rewrite Code(a: Attr) -> Attr [{ return a; }];", "1:9: native code blocks (`[{ ... }]`) are not supported: declare `Code` without a body (`Rewrite Code(...);`) and bind it to a C# function in the NativeRegistry" },
        { "Pattern { let r = op<arith.addi>(x: Value, y: Value);\n  rewrite r with { let c = op<arith.constant> {value = attr<\"1 : i32\">}; erase r; }; }",
          "2:28: unable to infer the result types of `arith.constant`: its definition does not derive them from the operands and it does not directly replace an operation; give them with `-> (...)`" },
        { "Pattern { let unused = op<arith.muli>; let r = op<arith.addi>(x: Value, y: Value); erase r; }",
          "1:24: this operation `arith.muli` is not connected to the root operation `arith.addi`: matched entities must be reachable from the root through operands, attributes and types (PDL: expected a bindable user)" },
        { "Pattern { let r = op<arith.addi>(x: Value, y: Value); replace r with op<arith.addui_extended>(x, y); }", "1:70: `arith.addui_extended` has 2 result(s) but replaces `arith.addi` with 1 result(s)" },
        { "Pattern { let r = op<arith.addi>(x: Value, y: Value) {overflowFlags = attr<\"#arith.overflow<bogus>\">}; erase r; }", "1:71: invalid attribute `#arith.overflow<bogus>`" },
        { "#include \"missing.pdll\"\nPattern { erase op<arith.addi>; }", "1:1: unable to open include file `missing.pdll`" },
    };

    [Theory]
    [MemberData(nameof(LceErrors))]
    public void ReportsIRContextAndRegistryErrors(string source, string expectedPrefix)
    {
        var error = PdllTestUtil.Errors(source)[0];
        Assert.StartsWith(expectedPrefix, error);
    }

    [Fact]
    public void EmbeddedFilesFailToLoadWithAllTheirDiagnostics()
    {
        var ctx = PdllTestUtil.Context();
        var e = Assert.Throws<PdllLoadException>(() => PdllModule.Load(ctx, "Pattern {\n  erase op<arith.nope>;\n}", "bad.pdll"));
        Assert.Equal("PDLL file 'bad.pdll' failed to load:\nbad.pdll:2:12: error: unknown operation `arith.nope`: it is not registered in the IRContext (is its dialect loaded?)", e.Message);
    }

    [Fact]
    public void IncludedFilesAreSplicedOnceAndTdIncludesAreSkipped()
    {
        var ctx = PdllTestUtil.Context();
        var files = new Dictionary<string, string>
        {
            ["common.pdll"] = "Constraint OrOf(a: Value, b: Value) -> Op { return op<arith.ori>(a, b); }",
        };
        var module = PdllModule.Load(ctx, """
            #include "mlir/Dialect/Arith/IR/ArithOps.td"
            #include "common.pdll"
            #include "common.pdll"
            Pattern P { let root = op<arith.andi>(OrOf(x: Value, y: Value).0, x); replace root with x; }
            """, "main.pdll", includes: (name, _) => files.TryGetValue(name, out var t) ? (t, name) : null);
        Assert.Equal("P", Assert.Single(module.Patterns).DebugName);
    }
}
