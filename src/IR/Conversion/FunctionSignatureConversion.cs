namespace Lce.IR.Conversion;

using Lce.IR.Rewrite;

/// <summary>
/// Converts the signature of function-like ops (MLIR's
/// populateFunctionOpInterfaceTypeConversionPattern): the `function_type` inputs and results
/// go through the type converter, and every block of the body gets converted argument types.
/// Works for any op with a `function_type` attribute holding a function type and a body region.
/// </summary>
public static class FunctionSignatureConversion
{
    public const string FunctionTypeAttrName = "function_type";

    /// <summary>Adds the signature conversion pattern for ops named <paramref name="functionLikeOpName"/>.</summary>
    public static void Populate(string functionLikeOpName, RewritePatternSet patterns, TypeConverter converter) =>
        patterns.Add(ConversionPattern.Create(functionLikeOpName, (op, _, rewriter) => ConvertFunctionTypes(op, converter, rewriter),
            converter, debugName: "FunctionOpInterfaceSignatureConversion"));

    /// <summary>Converts one function-like op in place; false if a type cannot be converted.</summary>
    public static bool ConvertFunctionTypes(Operation func, TypeConverter converter, ConversionPatternRewriter rewriter)
    {
        if (func.GetInherentOrDiscardable(FunctionTypeAttrName) is not TypeAttr { Value: FunctionType type } || func.NumRegions == 0)
            return false;
        var conversion = new SignatureConversion(type.Inputs.Count);
        var newResults = new List<IRType>();
        if (!converter.ConvertSignatureArgs(type.Inputs, conversion)
            || !converter.ConvertTypes(type.Results, newResults)
            || !rewriter.ConvertRegionTypes(func.GetRegion(0), converter, out _, conversion))
            return false;
        var newType = TypeAttr.Get(func.Context, FunctionType.Get(func.Context, conversion.ConvertedTypes, newResults));
        rewriter.ModifyOpInPlace(func, () =>
        {
            if (func.GetProp(FunctionTypeAttrName) is not null) func.SetProp(FunctionTypeAttrName, newType);
            else func.SetAttr(FunctionTypeAttrName, newType);
        });
        return true;
    }

    /// <summary>Rebuilds <paramref name="op"/> with converted result types and the given operands (MLIR's convertOpResultTypes); null if already legal or not convertible.</summary>
    public static Operation? ConvertOpResultTypes(Operation op, IReadOnlyList<Value> operands, TypeConverter converter, ConversionPatternRewriter rewriter)
    {
        if (converter.IsLegal(op))
        {
            rewriter.NotifyMatchFailure(op.Location, "op already legal");
            return null;
        }
        var resultTypes = new List<IRType>();
        if (!converter.ConvertTypes(op.ResultTypes, resultTypes))
        {
            rewriter.NotifyMatchFailure(op.Location, "couldn't convert return types");
            return null;
        }
        var state = new OperationState(op.Context, op.OpName, op.Location);
        state.Operands.AddRange(operands);
        state.Types.AddRange(resultTypes);
        state.Attributes.AddRange(op.Attributes.Entries);
        if (op.Properties is { } props) state.Properties = props.Entries.ToList();
        return rewriter.Create(state);
    }
}
