namespace Lce.IR;

/// <summary>
/// An op that calls something (MLIR's CallOpInterface): its callee, either a symbol reference
/// or an SSA value, and the operands passed as arguments.
/// </summary>
public sealed record CallOpInterface(
    Func<Operation, object> GetCallableForCallee,
    Func<Operation, IReadOnlyList<Value>> GetArgOperands);

/// <summary>
/// An op that can be called (MLIR's CallableOpInterface): the region executed by a call (null
/// for declarations), the result types, and per-argument/per-result attribute dictionaries.
/// </summary>
public sealed record CallableOpInterface(
    Func<Operation, Region?> GetCallableRegion,
    Func<Operation, IReadOnlyList<IRType>> GetResultTypes,
    Func<Operation, ArrayAttr?> GetArgAttrs,
    Func<Operation, ArrayAttr?> GetResAttrs);

public sealed partial class OpDefinition
{
    public CallOpInterface? CallInterface { get; private set; }
    public CallableOpInterface? CallableInterface { get; private set; }

    /// <summary>Declares the op a call (CallOpInterface).</summary>
    public OpDefinition CallOp(CallOpInterface call) { CallInterface = call; return this; }

    /// <summary>Declares the op callable (CallableOpInterface).</summary>
    public OpDefinition Callable(CallableOpInterface callable) { CallableInterface = callable; return this; }
}

/// <summary>Queries over the call interfaces.</summary>
public static class CallInterfaces
{
    public static CallOpInterface? AsCall(Operation op) => op.Definition?.CallInterface;
    public static CallableOpInterface? AsCallable(Operation op) => op.Definition?.CallableInterface;

    /// <summary>The region a callable op executes, or null when it is not callable or only a declaration.</summary>
    public static Region? GetCallableRegion(Operation op) => AsCallable(op)?.GetCallableRegion(op);

    /// <summary>
    /// The op a call refers to (MLIR's resolveCallableInTable): the symbol found from the call's
    /// nearest symbol table, or the op defining an SSA callee.
    /// </summary>
    public static Operation? ResolveCallable(Operation call, SymbolTableCollection? tables = null)
    {
        if (AsCall(call) is not { } iface) return null;
        return iface.GetCallableForCallee(call) switch
        {
            SymbolRefAttr symbol => tables is not null
                ? tables.LookupNearestSymbolFrom(call, symbol)
                : SymbolTable.LookupNearestSymbolFrom(call, symbol),
            Value value => value.DefiningOp,
            _ => null,
        };
    }
}
