namespace Lce.Dialects.Tensor;

using Lce.IR;
using Lce.IR.Traits;

/// <summary>The `tensor` dialect subset: `tensor.empty(%d) : tensor&lt;?x4xf32&gt;` (no result name hint).</summary>
public sealed class TensorDialect : Dialect
{
    public const string Name = "tensor";
    public override string Namespace => Name;

    /// <summary>The dialect's ops and regions may all be inlined (as MLIR's inliner interface for it).</summary>
    public override DialectInlinerInterface InlinerInterface { get; } = new AllLegalInlinerInterface();

    internal static readonly TypeConstraint Index = new("index", t => t is IndexType);
    internal static readonly TypeConstraint RankedTensor = new("ranked tensor of any type values", t => t is RankedTensorType);

    protected override void Define()
    {
        Op("empty").Counts(null, 1)
            .VariadicOperand("dynamicSizes", Index)
            .Result("result", RankedTensor)
            .Trait(Pure.Instance)
            .Parser(ParseEmpty)
            .Format("`(`$dynamicSizes`)` attr-dict `:` type($result)")
            .Verify(VerifyEmpty);
    }

    /// <summary>The format's parse, with the implied `index` type of the dynamic sizes.</summary>
    private static void ParseEmpty(IOpAsmParser p, OperationState state)
    {
        var sizes = p.ParseOperandList(Delimiter.Paren);
        p.ParseOptionalAttrDict(state.Attributes);
        state.Types.Add(p.ParseColonType());
        p.ResolveOperands(sizes, IndexType.Get(p.Context), state.Operands);
    }

    /// <summary>EmptyOp::verify.</summary>
    private static bool VerifyEmpty(Operation op)
    {
        if (op.GetResult(0).Type is not RankedTensorType t) return true;
        int dynamic = t.Shape.Count(d => d == ShapedType.Dynamic);
        if (op.NumOperands == dynamic) return true;
        op.EmitOpError($"incorrect number of dynamic sizes, has {op.NumOperands}, expected {dynamic}");
        return false;
    }
}
