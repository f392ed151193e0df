namespace Lce.IR.Printing;

/// <summary>Entry points of the textual printer.</summary>
public static partial class AsmPrinter
{
    public static string TypeToString(IRType t) => t.GetType().Name;
    public static string AttributeToString(IRAttribute a) => a.GetType().Name;
    public static string OperationToString(Operation op) => op.Name;
    public static string OperationToGenericString(Operation op) => op.Name;
}
