namespace Lce.Dialects.Func;

using Lce.IR;
using Lce.IR.Conversion;
using Lce.IR.Rewrite;

/// <summary>
/// Type-conversion patterns for func and branch ops (MLIR's FuncConversions): calls get
/// converted result types and operands, returns and branches get converted operands. With the
/// function signature pattern (<see cref="FunctionSignatureConversion"/>) they convert the
/// types flowing through a whole call graph and CFG.
/// </summary>
public static class FuncConversions
{
    /// <summary>Adds the signature conversion for `func.func` (MLIR's populateFunctionOpInterfaceTypeConversionPattern&lt;FuncOp&gt;).</summary>
    public static void PopulateFuncOpTypeConversionPattern(RewritePatternSet patterns, TypeConverter converter) =>
        FunctionSignatureConversion.Populate(FuncOp.OpName, patterns, converter);

    /// <summary>`func.call` with converted operands and results; a result converted to N types is replaced by N results.</summary>
    public static void PopulateCallOpTypeConversionPattern(RewritePatternSet patterns, TypeConverter converter) =>
        patterns.Add(ConversionPattern.CreateOneToN("func.call", (call, operands, rewriter) =>
        {
            var resultCounts = new List<int>();
            var convertedResults = new List<IRType>();
            foreach (var type in call.ResultTypes)
            {
                int before = convertedResults.Count;
                if (!converter.ConvertType(type, convertedResults)) return false;
                resultCounts.Add(convertedResults.Count - before);
            }
            var newCall = rewriter.Create("func.call", call.Location, operands.SelectMany(o => o).ToList(), convertedResults,
                properties: [new NamedAttribute("callee", call.GetProp("callee")!)]);
            var replacements = new List<IReadOnlyList<Value>>();
            int offset = 0;
            foreach (var n in resultCounts)
            {
                replacements.Add(newCall.Results.Skip(offset).Take(n).Cast<Value>().ToList());
                offset += n;
            }
            rewriter.ReplaceOpWithMultiple(call, replacements);
            return true;
        }, converter, debugName: "CallOpSignatureConversion", generatedOps: ["func.call"]));

    /// <summary>`func.return` with converted (flattened) operands.</summary>
    public static void PopulateReturnOpTypeConversionPattern(RewritePatternSet patterns, TypeConverter converter) =>
        patterns.Add(ConversionPattern.CreateOneToN("func.return", (ret, operands, rewriter) =>
        {
            var flat = operands.SelectMany(o => o).ToList();
            rewriter.ModifyOpInPlace(ret, () => ret.SetOperands(flat));
            return true;
        }, converter, debugName: "ReturnOpTypeConversion"));

    /// <summary>`cf.br` / `cf.cond_br` with their successor operands converted (MLIR's populateBranchOpInterfaceTypeConversionPattern).</summary>
    public static void PopulateBranchOpInterfaceTypeConversionPattern(RewritePatternSet patterns, TypeConverter converter,
        Func<Operation, int, bool>? shouldConvertBranchOperand = null)
    {
        foreach (var name in new[] { "cf.br", "cf.cond_br" })
            patterns.Add(ConversionPattern.Create(name, (op, operands, rewriter) =>
            {
                var newOperands = op.Operands.ToList();
                // cf.cond_br's condition (operand 0) is not forwarded to a successor.
                for (int i = op.Name == "cf.cond_br" ? 1 : 0; i < newOperands.Count; i++)
                    if (shouldConvertBranchOperand is null || shouldConvertBranchOperand(op, i)) newOperands[i] = operands[i];
                rewriter.ModifyOpInPlace(op, () => op.SetOperands(newOperands));
                return true;
            }, converter, debugName: "BranchOpInterfaceTypeConversion"));
    }

    /// <summary>Whether a return-like op's operand types are legal for <paramref name="converter"/> (MLIR's isLegalForReturnOpTypeConversionPattern).</summary>
    public static bool IsLegalForReturnOpTypeConversionPattern(Operation op, TypeConverter converter) => converter.IsLegal(op.OperandTypes);

    /// <summary>Whether a branch op's forwarded operand types are legal (MLIR's isLegalForBranchOpInterfaceTypeConversionPattern).</summary>
    public static bool IsLegalForBranchOpInterfaceTypeConversionPattern(Operation op, TypeConverter converter) =>
        converter.IsLegal(op.Operands.Skip(op.Name == "cf.cond_br" ? 1 : 0).Select(v => v.Type));
}
