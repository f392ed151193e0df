namespace Lce.Dialects.Builtin;

using Lce.IR;
using Lce.IR.Traits;
using Lce.Dialects.Traits;

/// <summary>
/// The `builtin` dialect's operations: `builtin.module` and `builtin.unrealized_conversion_cast`.
/// (Builtin types and attributes live in the IR core.) At the top level the printer's default
/// dialect is "builtin", so `builtin.module` prints as `module`.
/// </summary>
public sealed class BuiltinDialect : Dialect
{
    public const string Name = "builtin";
    public override string Namespace => Name;

    /// <summary>The dialect's ops and regions may all be inlined (as MLIR's inliner interface for it).</summary>
    public override DialectInlinerInterface InlinerInterface { get; } = new AllLegalInlinerInterface();

    protected override void Define()
    {
        // ModuleOp: MLIR's assemblyFormat is "($sym_name^)? attr-dict-with-keyword $bodyRegion".
        Op("module").Counts(0, 0, 1)
            .OptionalProp(SymbolTable.SymbolAttrName, CommonConstraints.String)
            .OptionalProp(SymbolTable.VisibilityAttrName, CommonConstraints.String)
            .Region("bodyRegion")
            .Trait(IsolatedFromAbove.Instance, NoTerminator.Instance, SingleBlock.Instance,
                SymbolTableTrait.Instance, GraphRegions.Instance, OptionalSymbol.Instance)
            .DefaultDialectForRegions("builtin")
            .Parser(ModuleOp.Parse)
            .Printer(ModuleOp.Print)
            .Verify(ModuleOp.Verify);

        Op("unrealized_conversion_cast").Counts(null, null)
            .VariadicOperand("inputs").VariadicResult("outputs")
            .Trait(Pure.Instance, CastOpInterface.Instance)
            .Format("($inputs^ `:` type($inputs))? `to` type($outputs) attr-dict")
            .Fold((op, _) => FoldUnrealizedConversionCast(op));
    }

    /// <summary>
    /// An identity cast folds to its inputs, and a cast that undoes the cast producing all of
    /// its inputs (A→B→A) folds to that cast's inputs.
    /// </summary>
    internal static IReadOnlyList<object>? FoldUnrealizedConversionCast(Operation op)
    {
        var inputs = op.Operands.ToList();
        var resultTypes = op.ResultTypes.ToList();
        if (inputs.Select(v => v.Type).SequenceEqual(resultTypes)) return inputs;
        if (inputs.Count == 0 || inputs[0].DefiningOp is not { } input || input.Name != op.Name) return null;
        if (input.NumResults != inputs.Count || !input.Results.Cast<Value>().SequenceEqual(inputs)) return null;
        if (!input.OperandTypes.SequenceEqual(resultTypes)) return null;
        return input.Operands.ToList();
    }
}
