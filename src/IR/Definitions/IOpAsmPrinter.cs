namespace Lce.IR;

/// <summary>
/// The hook API for custom operation syntax on output (MLIR's OpAsmPrinter). Hooks write what
/// follows the op name; the printer has already written the results and the name.
/// </summary>
public interface IOpAsmPrinter
{
    IRContext Context { get; }
    /// <summary>Writes raw text.</summary>
    void Write(string text);
    void Write(char c);
    void PrintOperand(Value v);
    void PrintOperands(IEnumerable<Value> values, string separator = ", ");
    void PrintType(IRType type);
    void PrintTypes(IEnumerable<IRType> types, string separator = ", ");
    void PrintAttribute(IRAttribute attr);
    /// <summary>Prints an integer/float/elements attribute without its `: type` suffix.</summary>
    void PrintAttributeWithoutType(IRAttribute attr);
    /// <summary>` {a = 1}` unless empty after removing <paramref name="elided"/>.</summary>
    void PrintOptionalAttrDict(DictionaryAttr attrs, IEnumerable<string>? elided = null);
    void PrintOptionalAttrDictWithKeyword(DictionaryAttr attrs, IEnumerable<string>? elided = null);
    void PrintSymbolName(string name);
    void PrintString(string s);
    void PrintKeywordOrString(string s);
    void PrintSuccessor(Block b);
    void PrintSuccessorAndUseList(Block b, IReadOnlyList<Value> operands);
    /// <summary>`(a, b) -> c` from the op's operand and result types.</summary>
    void PrintFunctionalType(Operation op);
    /// <summary>
    /// The generic form of <paramref name="op"/> (MLIR's OpAsmPrinter::printGenericOp); without
    /// the quoted name when <paramref name="printOpName"/> is false, for custom printers that fall
    /// back to it after the printer already wrote the op name.
    /// </summary>
    void PrintGenericOp(Operation op, bool printOpName = true);
    /// <summary>`t` or `(t1, t2)` as after `->`.</summary>
    void PrintArrowTypeList(IReadOnlyList<IRType> types);
    /// <summary>`%arg0: type {attrs} loc(...)` for an entry-block argument printed by the op.</summary>
    void PrintRegionArgument(BlockArgument arg, DictionaryAttr? attrs = null, bool omitType = false);
    void PrintRegion(Region region, bool printEntryBlockArgs = true, bool printBlockTerminators = true, bool printEmptyBlock = false);
    /// <summary>Prints a newline plus the current indentation.</summary>
    void PrintNewline();
    /// <summary>Gives the entry-block arguments of <paramref name="region"/> the names of <paramref name="names"/> (e.g. iter args).</summary>
    void ShadowRegionArgs(Region region, IReadOnlyList<Value> names);
    /// <summary>The name the printer assigned to a value, e.g. `%arg0` or `%c0_i32`.</summary>
    string NameOf(Value v);
    PrinterFlags Flags { get; }
}

/// <summary>Printer for a dialect type or attribute body.</summary>
public interface IDialectAsmPrinter
{
    void Write(string text);
    void PrintType(IRType type);
    void PrintAttribute(IRAttribute attr);
    /// <summary>A float in MLIR's float text form.</summary>
    void PrintFloat(double value);
    /// <summary>The printing options in effect (e.g. element-attribute elision limits).</summary>
    PrinterFlags Flags => PrinterFlags.Default;
}

/// <summary>Printer options (mlir-opt's --mlir-print-* flags).</summary>
public sealed record PrinterFlags
{
    public bool PrintGenericOpForm { get; init; }
    public bool PrintDebugInfo { get; init; }
    public bool PrettyDebugInfo { get; init; }
    public bool PrintLocalScope { get; init; }
    public bool PrintValueUsers { get; init; }
    public bool PrintUniqueSsaIds { get; init; }
    public bool UseNameLocAsPrefix { get; init; }
    public bool AssumeVerified { get; init; }
    public bool SkipRegions { get; init; }
    /// <summary>Elements attributes with more elements than this print as hex; -1 never (default 100).</summary>
    public long ElementsAttrHexThreshold { get; init; } = 100;
    /// <summary>Elements attributes with more elements than this are elided; null never.</summary>
    public long? ElideElementsAttrsIfLarger { get; init; }
    public long? ElideResourceStringsIfLarger { get; init; }
    public static readonly PrinterFlags Default = new();
}
