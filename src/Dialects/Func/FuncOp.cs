namespace Lce.Dialects.Func;

using Lce.IR;

/// <summary>Accessors, builders and verifiers of `func.func` and the ops that refer to it.</summary>
public static class FuncOp
{
    public const string OpName = "func.func";
    public const string FunctionTypeAttrName = "function_type";
    public const string ArgAttrsName = "arg_attrs";
    public const string ResAttrsName = "res_attrs";

    public static string Name(Operation func) => ((StringAttr)func.GetProp(SymbolTable.SymbolAttrName)!).Value;

    public static FunctionType Type(Operation func) => (FunctionType)((TypeAttr)func.GetProp(FunctionTypeAttrName)!).Value;

    public static bool IsExternal(Operation func) => func.GetRegion(0).IsEmpty;

    /// <summary>Creates `func.func @name` with the given type; with a body, the entry block gets the arguments.</summary>
    public static Operation Create(IRContext ctx, Location loc, string name, FunctionType type, bool withBody = true, string? visibility = null)
    {
        var state = new OperationState(ctx, OpName, loc);
        state.AddProperty(SymbolTable.SymbolAttrName, StringAttr.Get(ctx, name));
        state.AddProperty(FunctionTypeAttrName, TypeAttr.Get(ctx, type));
        if (visibility is not null) state.AddProperty(SymbolTable.VisibilityAttrName, StringAttr.Get(ctx, visibility));
        var region = state.AddRegion();
        if (withBody)
        {
            var entry = region.AddBlock();
            foreach (var t in type.Inputs) entry.AddArgument(t, loc);
        }
        return state.Create();
    }

    /// <summary>FunctionOpInterface, SymbolOpInterface and FuncOp invariants.</summary>
    internal static bool Verify(Operation op)
    {
        var type = Type(op);
        if (!VerifyVisibility(op)) return false;
        if (IsExternal(op) && SymbolTable.GetVisibility(op) == "public")
        {
            op.EmitOpError("symbol declaration cannot have public visibility");
            return false;
        }
        if (!VerifyAttrArray(op, ArgAttrsName, "argument", "arguments", type.Inputs.Count)) return false;
        if (!VerifyAttrArray(op, ResAttrsName, "result", "results", type.Results.Count)) return false;
        if (IsExternal(op)) return true;
        var entry = op.GetRegion(0).Blocks[0];
        if (entry.NumArguments != type.Inputs.Count)
        {
            op.EmitOpError($"entry block must have {type.Inputs.Count} arguments to match function signature");
            return false;
        }
        for (int i = 0; i < type.Inputs.Count; i++)
        {
            var argType = entry.GetArgument(i).Type;
            if (!ReferenceEquals(argType, type.Inputs[i]))
            {
                op.EmitOpError($"type of entry block argument #{i}('{argType}') must match the type of the corresponding argument in function signature('{type.Inputs[i]}')");
                return false;
            }
        }
        return true;
    }

    private static bool VerifyVisibility(Operation op)
    {
        if (op.GetInherentOrDiscardable(SymbolTable.VisibilityAttrName) is not { } vis) return true;
        if (vis is not StringAttr s)
        {
            op.EmitOpError($"requires visibility attribute '{SymbolTable.VisibilityAttrName}' to be a string attribute, but got {vis}");
            return false;
        }
        if (s.Value is "public" or "private" or "nested") return true;
        op.EmitOpError($"visibility expected to be one of [\"public\", \"private\", \"nested\"], but got {vis}");
        return false;
    }

    private static bool VerifyAttrArray(Operation op, string attrName, string what, string plural, int expected)
    {
        if (op.GetProp(attrName) is not ArrayAttr arr) return true;
        if (arr.Count != expected)
        {
            op.EmitOpError($"expects {what} attribute array to have the same number of elements as the number of function {plural}, got {arr.Count}, but expected {expected}");
            return false;
        }
        foreach (var e in arr.Elements)
        {
            if (e is not DictionaryAttr d)
            {
                op.EmitOpError($"expects {what} attribute dictionary to be a DictionaryAttr, but got `{e}`");
                return false;
            }
            if (d.Entries.Any(a => !a.Name.Contains('.')))
            {
                op.EmitOpError($"{plural} may only have dialect attributes");
                return false;
            }
        }
        return true;
    }

    /// <summary>ReturnOp::verify (22.x wording for type mismatches, without the op prefix).</summary>
    internal static bool VerifyReturn(Operation op)
    {
        if (op.ParentOp is not { Name: OpName } func) return true; // HasParent reports this
        var results = Type(func).Results;
        if (op.NumOperands != results.Count)
        {
            op.EmitOpError($"has {op.NumOperands} operands, but enclosing function (@{Name(func)}) returns {results.Count}");
            return false;
        }
        for (int i = 0; i < results.Count; i++)
        {
            var t = op.GetOperand(i).Type;
            if (!ReferenceEquals(t, results[i]))
            {
                op.EmitError($"type of return operand {i} ('{t}') doesn't match function result type ('{results[i]}') in function @{Name(func)}");
                return false;
            }
        }
        return true;
    }

    /// <summary>The nearest enclosing symbol table's `func.func` named by <paramref name="reference"/> (lookupNearestSymbolFrom).</summary>
    public static Operation? LookupFunction(Operation from, SymbolRefAttr reference)
    {
        for (var p = from.ParentOp; p is not null; p = p.ParentOp)
        {
            if (!p.HasTrait<IR.Traits.SymbolTableTrait>()) continue;
            var found = SymbolTable.LookupSymbolIn(p, reference);
            return found is { Name: OpName } ? found : null;
        }
        return null;
    }

    /// <summary>CallOp::verifySymbolUses.</summary>
    internal static bool VerifyCallSymbolUses(Operation op)
    {
        if (op.GetProp("callee") is not SymbolRefAttr callee)
        {
            op.EmitOpError("requires a 'callee' symbol reference attribute");
            return false;
        }
        if (LookupFunction(op, callee) is not { } fn)
        {
            op.EmitOpError($"'{callee.LeafReference}' does not reference a valid function");
            return false;
        }
        var fnType = Type(fn);
        if (fnType.Inputs.Count != op.NumOperands)
        {
            op.EmitOpError("incorrect number of operands for callee");
            return false;
        }
        for (int i = 0; i < fnType.Inputs.Count; i++)
        {
            if (!ReferenceEquals(op.GetOperand(i).Type, fnType.Inputs[i]))
            {
                op.EmitOpError($"operand type mismatch: expected operand type '{fnType.Inputs[i]}', but provided '{op.GetOperand(i).Type}' for operand number {i}");
                return false;
            }
        }
        if (fnType.Results.Count != op.NumResults)
        {
            op.EmitOpError("incorrect number of results for callee");
            return false;
        }
        for (int i = 0; i < fnType.Results.Count; i++)
        {
            if (!ReferenceEquals(op.GetResult(i).Type, fnType.Results[i]))
            {
                var d = op.EmitOpError($"result type mismatch at index {i}");
                d.AttachNote($"      op result types: {TypeUtil.Quoted(op.ResultTypes)}");
                d.AttachNote($"function result types: {TypeUtil.Quoted(fnType.Results)}");
                return false;
            }
        }
        return true;
    }

    /// <summary>The TypesMatchWith predicates of `func.call_indirect`.</summary>
    internal static bool VerifyCallIndirect(Operation op)
    {
        if (op.GetOperand(0).Type is not FunctionType fnType) return true; // operand constraint reports it
        if (!op.Operands.Skip(1).Select(v => v.Type).SequenceEqual(fnType.Inputs))
        {
            op.EmitOpError("failed to verify that callee input types match argument types");
            return false;
        }
        if (!op.ResultTypes.SequenceEqual(fnType.Results))
        {
            op.EmitOpError("failed to verify that callee result types match result types");
            return false;
        }
        return true;
    }

    /// <summary>ConstantOp::verify of `func.constant`.</summary>
    internal static bool VerifyConstant(Operation op)
    {
        if (op.GetProp("value") is not SymbolRefAttr value) return true;
        var fn = LookupFunction(op, value);
        if (fn is null)
        {
            op.EmitOpError($"reference to undefined function '{value.LeafReference}'");
            return false;
        }
        if (!ReferenceEquals(Type(fn), op.GetResult(0).Type))
        {
            op.EmitOpError("reference to function with mismatched type");
            return false;
        }
        return true;
    }
}
