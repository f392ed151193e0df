namespace Lce.Opt;

/// <summary>The --mlir-print-ir-* flags.</summary>
public sealed class IrPrintingOptions
{
    public List<string> BeforePasses { get; } = new();
    public List<string> AfterPasses { get; } = new();
    public bool BeforeAll { get; set; }
    public bool AfterAll { get; set; }
    public bool AfterChange { get; set; }
    public bool AfterFailure { get; set; }
    public bool ModuleScope { get; set; }
    public string? TreeDir { get; set; }

    public bool Any => BeforePasses.Count > 0 || AfterPasses.Count > 0 || BeforeAll || AfterAll || AfterFailure;

    /// <summary>Consumes one --mlir-print-ir-* flag; false when <paramref name="name"/> is not one of them.</summary>
    public bool TryParse(string name, string? value, Func<string> nextValue, Func<bool> flag)
    {
        switch (name)
        {
            // llvm::cl lists: repeated flags accumulate, and a value may hold comma-separated pass names.
            case "mlir-print-ir-before": BeforePasses.AddRange(nextValue().Split(',')); return true;
            case "mlir-print-ir-after": AfterPasses.AddRange(nextValue().Split(',')); return true;
            case "mlir-print-ir-before-all": BeforeAll = flag(); return true;
            case "mlir-print-ir-after-all": AfterAll = flag(); return true;
            case "mlir-print-ir-after-change": AfterChange = flag(); return true;
            case "mlir-print-ir-after-failure": AfterFailure = flag(); return true;
            case "mlir-print-ir-module-scope": ModuleScope = flag(); return true;
            case "mlir-print-ir-tree-dir": TreeDir = nextValue(); return true;
            default: return false;
        }
    }
}
