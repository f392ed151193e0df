namespace Lce.Tests.Dialects;

using Lce.Dialects.Arith;
using Lce.Dialects.Func;
using Lce.IR;

/// <summary>Verifier messages, checked against mlir-opt 22.1.8 (see cases/invalid.mlir).</summary>
public class VerifierTests
{
    [Fact]
    public void ValidFunctionVerifies()
    {
        var t = new DialectTestUtil();
        var e = t.Func("f", [t.I(32), t.F32], [t.I(32)]);
        var (a, x) = (e.GetArgument(0), e.GetArgument(1));
        var c = t.Constant(IntegerAttr.Get(t.Ctx, t.I(32), 42));
        var add = t.Op("arith.addi", [a, c.GetResult(0)], [t.I(32)]);
        t.Op("arith.cmpi", [a, a], [t.I(1)], ("predicate", ArithEnums.CmpIPredicate.Get(t.Ctx, 6)));
        t.Op("arith.addf", [x, x], [t.F32], ("fastmath", FastMathFlagsAttr.Get(t.Ctx, FastMathFlags.Fast)));
        t.Op("arith.extsi", [a], [t.I(64)]);
        t.Op("arith.truncf", [x], [t.F16], ("roundingmode", ArithEnums.RoundingMode.Get(t.Ctx, 2)));
        t.Op("arith.select", [t.Constant(BoolAttr.Get(t.Ctx, true)).GetResult(0), a, a], [t.I(32)]);
        t.Op("func.call", [a, x], [t.I(32)], ("callee", SymbolRefAttr.Get(t.Ctx, "f")));
        t.Return(add.GetResult(0));
        Assert.Empty(t.Verify());
    }

    [Fact]
    public void ReturnCountMismatch()
    {
        var t = new DialectTestUtil();
        t.Func("a", [], [t.I(32)]);
        var c = t.Constant(IntegerAttr.Get(t.Ctx, t.I(32), 1)).GetResult(0);
        t.Return(c, c);
        Assert.Equal(["'func.return' op has 2 operands, but enclosing function (@a) returns 1"], t.Verify());
    }

    [Fact]
    public void ReturnTypeMismatch()
    {
        var t = new DialectTestUtil();
        t.Func("b", [], [t.I(64)]);
        t.Return(t.Constant(IntegerAttr.Get(t.Ctx, t.I(32), 1)).GetResult(0));
        Assert.Equal(["type of return operand 0 ('i32') doesn't match function result type ('i64') in function @b"], t.Verify());
    }

    [Fact]
    public void ReturnOutsideFunction()
    {
        var t = new DialectTestUtil();
        t.Return();
        Assert.Equal(["'func.return' op expects parent op 'func.func'"], t.Verify());
    }

    [Fact]
    public void CallChecks()
    {
        string[] Check(Func<DialectTestUtil, Block, Operation> make)
        {
            var t = new DialectTestUtil();
            var decl = FuncOp.Create(t.Ctx, t.Loc, "g", t.Fn([t.I(32)], [t.I(32)]), withBody: false, visibility: "private");
            Lce.Dialects.Builtin.ModuleOp.Body(t.Module).Append(decl);
            var e = t.Func("f", [t.I(32), t.I(64)], []);
            make(t, e);
            t.Return();
            return t.Verify().ToArray();
        }
        static (string, IRAttribute) Callee(DialectTestUtil t, string n) => ("callee", SymbolRefAttr.Get(t.Ctx, n));
        Assert.Equal(["'func.call' op 'nope' does not reference a valid function"],
            Check((t, e) => t.Op("func.call", [e.GetArgument(0)], [t.I(32)], Callee(t, "nope"))));
        Assert.Equal(["'func.call' op incorrect number of operands for callee"],
            Check((t, e) => t.Op("func.call", [e.GetArgument(0), e.GetArgument(0)], [t.I(32)], Callee(t, "g"))));
        Assert.Equal(["'func.call' op operand type mismatch: expected operand type 'i32', but provided 'i64' for operand number 0"],
            Check((t, e) => t.Op("func.call", [e.GetArgument(1)], [t.I(32)], Callee(t, "g"))));
        Assert.Equal(["'func.call' op incorrect number of results for callee"],
            Check((t, e) => t.Op("func.call", [e.GetArgument(0)], [t.I(32), t.I(32)], Callee(t, "g"))));
        Assert.Equal(["'func.call' op result type mismatch at index 0"],
            Check((t, e) => t.Op("func.call", [e.GetArgument(0)], [t.I(64)], Callee(t, "g"))));
        Assert.Equal(["'func.constant' op reference to undefined function 'nope'"],
            Check((t, e) => t.Op("func.constant", [], [t.Fn([t.I(32)], [t.I(32)])], ("value", SymbolRefAttr.Get(t.Ctx, "nope")))));
        Assert.Equal(["'func.constant' op reference to function with mismatched type"],
            Check((t, e) => t.Op("func.constant", [], [t.Fn([t.I(32)], [t.I(64)])], ("value", SymbolRefAttr.Get(t.Ctx, "g")))));
    }

    [Fact]
    public void FuncDeclarationMustNotBePublic()
    {
        var t = new DialectTestUtil();
        Lce.Dialects.Builtin.ModuleOp.Body(t.Module).Append(FuncOp.Create(t.Ctx, t.Loc, "f", t.Fn([t.I(32)], [t.I(32)]), withBody: false));
        Assert.Equal(["'func.func' op symbol declaration cannot have public visibility"], t.Verify());
    }

    [Fact]
    public void FuncEntryBlockMustMatchSignature()
    {
        var t = new DialectTestUtil();
        var e = t.Func("f", [t.I(32)], []);
        e.GetArgument(0).Type = t.I(64);
        t.Return();
        Assert.Equal(["'func.func' op type of entry block argument #0('i64') must match the type of the corresponding argument in function signature('i32')"], t.Verify());
    }

    private static List<string> VerifyOne(Func<DialectTestUtil, Block, Operation> make, Func<DialectTestUtil, IRType[]>? args = null)
    {
        var t = new DialectTestUtil();
        var e = t.Func("h", args?.Invoke(t) ?? [t.I(32)], []);
        make(t, e);
        t.Return();
        return t.Verify();
    }

    [Fact]
    public void CastMessages()
    {
        Assert.Equal(["'arith.extsi' op operand type 'i32' and result type 'i16' are cast incompatible"],
            VerifyOne((t, e) => t.Op("arith.extsi", [e.GetArgument(0)], [t.I(16)])));
        Assert.Equal(["'arith.trunci' op operand type 'i32' and result type 'i64' are cast incompatible"],
            VerifyOne((t, e) => t.Op("arith.trunci", [e.GetArgument(0)], [t.I(64)])));
        Assert.Equal(["'arith.bitcast' op operand type 'i32' and result type 'f64' are cast incompatible"],
            VerifyOne((t, e) => t.Op("arith.bitcast", [e.GetArgument(0)], [FloatType.F64(t.Ctx)])));
        Assert.Equal(["'arith.index_cast' op operand type 'index' and result type 'index' are cast incompatible"],
            VerifyOne((t, e) => t.Op("arith.index_cast", [e.GetArgument(0)], [t.Index]), t => [t.Index]));
        Assert.Equal(["'arith.extsi' op failed to verify that input and output have the same tensor dimensions"],
            VerifyOne((t, e) => t.Op("arith.extsi", [e.GetArgument(0)], [RankedTensorType.Get(t.Ctx, [5], t.I(64))]),
                t => [RankedTensorType.Get(t.Ctx, [4], t.I(32))]));
    }

    [Fact]
    public void OperandConstraintMessages()
    {
        Assert.Equal(["'arith.sitofp' op result #0 must be floating-point-like, but got 'i32'"],
            VerifyOne((t, e) => t.Op("arith.sitofp", [e.GetArgument(0)], [t.I(32)])));
        Assert.Equal(["'arith.addi' op operand #0 must be signless-integer-like, but got 'f32'"],
            VerifyOne((t, e) => t.Op("arith.addi", [e.GetArgument(0), e.GetArgument(0)], [t.F32]), t => [t.F32]));
        Assert.Equal(["'arith.cmpi' op result #0 must be bool-like, but got 'i32'"],
            VerifyOne((t, e) => t.Op("arith.cmpi", [e.GetArgument(0), e.GetArgument(0)], [t.I(32)], ("predicate", ArithEnums.CmpIPredicate.Get(t.Ctx, 2)))));
        Assert.Equal(["'arith.cmpi' op attribute 'predicate' failed to satisfy constraint: allowed 64-bit signless integer cases: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9"],
            VerifyOne((t, e) => t.Op("arith.cmpi", [e.GetArgument(0), e.GetArgument(0)], [t.I(1)], ("predicate", IntegerAttr.Get(t.Ctx, 64, 42)))));
        Assert.Equal(["'arith.addf' op attribute 'fastmath' failed to satisfy constraint: Floating point fast math flags"],
            VerifyOne((t, e) => t.Op("arith.addf", [e.GetArgument(0), e.GetArgument(0)], [t.F32], ("fastmath", IntegerAttr.Get(t.Ctx, 32, 1))), t => [t.F32]));
    }

    [Fact]
    public void CompareResultShape()
    {
        Func<DialectTestUtil, IRType[]> vec = t => [VectorType.Get(t.Ctx, [4], t.I(32))];
        (string, IRAttribute) Eq(DialectTestUtil t) => ("predicate", ArithEnums.CmpIPredicate.Get(t.Ctx, 0));
        Assert.Empty(VerifyOne((t, e) => t.Op("arith.cmpi", [e.GetArgument(0), e.GetArgument(0)], [VectorType.Get(t.Ctx, [4], t.I(1))], Eq(t)), vec));
        Assert.Equal(["'arith.cmpi' op failed to verify that result type has i1 element type and same shape as operands"],
            VerifyOne((t, e) => t.Op("arith.cmpi", [e.GetArgument(0), e.GetArgument(0)], [t.I(1)], Eq(t)), vec));
    }

    [Fact]
    public void ConstantChecks()
    {
        Assert.Equal(["'arith.constant' op failed to verify that all of {value, result} have same type"],
            VerifyOne((t, e) => t.Op("arith.constant", [], [t.I(32)], ("value", IntegerAttr.Get(t.Ctx, t.I(64), 1)))));
        Assert.Equal(["'arith.constant' op integer return type must be signless"],
            VerifyOne((t, e) =>
            {
                var ui = IntegerType.Get(t.Ctx, 32, Signedness.Unsigned);
                return t.Op("arith.constant", [], [ui], ("value", IntegerAttr.Get(t.Ctx, ui, 1)));
            }));
        Assert.Equal(["'arith.constant' op attribute 'value' failed to satisfy constraint: TypedAttr instance"],
            VerifyOne((t, e) => t.Op("arith.constant", [], [t.I(32)], ("value", UnitAttr.Get(t.Ctx)))));
    }

    [Fact]
    public void SelectChecks()
    {
        Assert.Equal(["'arith.select' op operand #0 must be bool-like, but got 'i32'"],
            VerifyOne((t, e) => t.Op("arith.select", [e.GetArgument(0), e.GetArgument(0), e.GetArgument(0)], [t.I(32)])));
        Assert.Equal(["'arith.select' op failed to verify that all of {true_value, false_value, result} have same type"],
            VerifyOne((t, e) =>
            {
                var c = t.Constant(BoolAttr.Get(t.Ctx, true)).GetResult(0);
                return t.Op("arith.select", [c, e.GetArgument(0), e.GetArgument(0)], [t.I(64)]);
            }));
    }

    [Fact]
    public void ModuleChecks()
    {
        var t = new DialectTestUtil();
        t.Module.SetAttr("foo", UnitAttr.Get(t.Ctx));
        Assert.Equal(["'builtin.module' op can only contain attributes with dialect-prefixed names, found: 'foo'"], t.Verify());
    }
}
