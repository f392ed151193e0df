namespace Lce.Dialects.Func;

using Lce.IR;
using Lce.IR.Traits;

/// <summary>
/// The `func` dialect: `func.func`, `func.return`, `func.call`, `func.call_indirect` and
/// `func.constant`. Inside a `func.func` the default dialect is "func", so nested ops print as
/// `return`, `call`, `constant`.
/// </summary>
public sealed class FuncDialect : Dialect
{
    public const string Name = "func";
    public override string Namespace => Name;

    protected override void Define()
    {
        Op("func").Counts(0, 0, 1)
            .Prop(SymbolTable.SymbolAttrName, CommonConstraints.String)
            .Prop(FuncOp.FunctionTypeAttrName, CommonConstraints.FunctionTypeAttr)
            .OptionalProp(SymbolTable.VisibilityAttrName, CommonConstraints.String)
            .OptionalProp(FuncOp.ArgAttrsName, CommonConstraints.DictArray)
            .OptionalProp(FuncOp.ResAttrsName, CommonConstraints.DictArray)
            .Region("body")
            .Trait(AutomaticAllocationScope.Instance, IsolatedFromAbove.Instance, Symbol.Instance)
            .DefaultDialectForRegions(Name)
            .Callable(new CallableOpInterface(
                op => FuncOp.IsExternal(op) ? null : op.GetRegion(0),
                op => FuncOp.Type(op).Results,
                op => op.GetProp(FuncOp.ArgAttrsName) as ArrayAttr,
                op => op.GetProp(FuncOp.ResAttrsName) as ArrayAttr))
            .Parser(FuncOpSyntax.Parse)
            .Printer(FuncOpSyntax.Print)
            .Verify(FuncOp.Verify);

        Op("return").Counts(null, 0)
            .VariadicOperand("operands")
            .Trait(Pure.Instance, new HasParent("func.func"), ReturnLike.Instance, IsTerminator.Instance)
            .Format("attr-dict ($operands^ `:` type($operands))?")
            .Verify(FuncOp.VerifyReturn);

        Op("call").Counts(null, null)
            .Prop("callee", CommonConstraints.FlatSymbolRef)
            .OptionalProp(FuncOp.ArgAttrsName, CommonConstraints.DictArray)
            .OptionalProp(FuncOp.ResAttrsName, CommonConstraints.DictArray)
            .OptionalProp("no_inline", CommonConstraints.Unit)
            .VariadicOperand("operands").VariadicResult("results")
            .CallOp(new CallOpInterface(op => op.GetProp("callee")!, op => op.Operands.ToList()))
            .Format("$callee `(` $operands `)` attr-dict `:` functional-type($operands, results)")
            .VerifyRegions(FuncOp.VerifyCallSymbolUses);

        Op("call_indirect").Counts(null, null)
            .Operand("callee", CommonConstraints.AnyFunctionType)
            .VariadicOperand("callee_operands").VariadicResult("results")
            .CallOp(new CallOpInterface(op => op.GetOperand(0), op => op.Operands.Skip(1).ToList()))
            .TypesFrom("callee_operands", "callee", (_, t) => t is [IR.FunctionType f] ? f.Inputs : null)
            .TypesFrom("results", "callee", (_, t) => t is [IR.FunctionType f] ? f.Results : null)
            .Format("$callee `(` $callee_operands `)` attr-dict `:` type($callee)")
            .Verify(FuncOp.VerifyCallIndirect)
            .Canonicalization("(anonymous namespace)::SimplifyIndirectCallWithKnownCallee", SimplifyIndirectCallWithKnownCallee);

        Op("constant").Counts(0, 1)
            .Prop("value", CommonConstraints.FlatSymbolRef)
            .Result("result")
            .Trait(ConstantLike.Instance, Pure.Instance)
            .Format("attr-dict $value `:` type(results)")
            .Names((op, set) => set(op.GetResult(0), "f"))
            .VerifyRegions(FuncOp.VerifyConstant)
            .Fold((op, _) => op.GetProp("value") is { } v ? [v] : null);
    }

    public override DialectInlinerInterface InlinerInterface { get; } = new FuncInlinerInterface();

    /// <summary>`call_indirect` of a constant callee becomes a direct `func.call` (attributes are not kept).</summary>
    private static bool SimplifyIndirectCallWithKnownCallee(Operation op, IR.Rewrite.PatternRewriter rw)
    {
        if (ConstantMatch.Constant(op.GetOperand(0)) is not SymbolRefAttr callee) return false;
        var call = Operation.Create(rw.Context, "func.call", op.Location, op.Operands.Skip(1).ToList(), op.ResultTypes.ToList(),
            properties: DictionaryAttr.Get(rw.Context, [new NamedAttribute("callee", callee)]));
        rw.ReplaceOpWithNewOp(op, call);
        return true;
    }

    /// <summary>A symbol reference folded into a function-typed value becomes `func.constant`.</summary>
    public override Operation? MaterializeConstant(Builder builder, IRAttribute value, IRType type, Location loc)
    {
        if (value is not SymbolRefAttr { IsFlat: true } || type is not IR.FunctionType) return null;
        return builder.Create("func.constant", loc, [], [type], [new NamedAttribute("value", value)]);
    }
}
