namespace Lce.Dialects;

using Lce.IR;

/// <summary>Builtin ODS constraints shared by the builtin and func dialects, with MLIR's wording.</summary>
public static class CommonConstraints
{
    public static readonly AttrConstraint String = new("string attribute", a => a is StringAttr);
    public static readonly AttrConstraint FlatSymbolRef = new("flat symbol reference attribute", a => a is SymbolRefAttr { IsFlat: true });
    public static readonly AttrConstraint FunctionTypeAttr = new("type attribute of function type", a => a is TypeAttr { Value: FunctionType });
    public static readonly AttrConstraint DictArray = new("Array of dictionary attributes", a => a is ArrayAttr arr && arr.Elements.All(e => e is DictionaryAttr));
    public static readonly AttrConstraint Unit = new("unit attribute", a => a is UnitAttr);
    public static readonly TypeConstraint AnyFunctionType = new("function type", t => t is IR.FunctionType);
}
