using System.Text;
using Lce.IR;
using Lce.IR.Parsing;
using Lce.IR.Printing;

namespace Lce.Bench;

/// <summary>The steps lce-opt runs on one input, callable separately (same contexts and options as the driver).</summary>
public static class Pipeline
{
    /// <summary>Dialects left unregistered (`breakdown --skip-dialects lq,tfl,tf,tf_type`, as lce-opt's option).</summary>
    public static HashSet<string>? SkipDialects { get; set; }

    public static IRContext NewContext()
    {
        var ctx = new IRContext { AllowUnregisteredDialects = true };
        Lce.Dialects.StandardDialects.RegisterAll(ctx, SkipDialects);
        return ctx;
    }

    public static Operation Parse(IRContext ctx, string text, string name)
    {
        var result = MlirParser.ParseChunk(ctx, text, name, 0, ParserOptions.Default);
        if (result.Operation is null || result.Diagnostics.Count > 0)
            throw new InvalidOperationException($"{name}: parse failed: " +
                string.Join("; ", result.Diagnostics.Take(3).Select(d => d.Message)));
        return result.Operation;
    }

    public static void Verify(Operation top)
    {
        if (!Verifier.Verify(top)) throw new InvalidOperationException("verification failed");
    }

    public static readonly PrinterFlags Custom = PrinterFlags.Default;
    public static readonly PrinterFlags Generic = PrinterFlags.Default with { PrintGenericOpForm = true };

    public static StringBuilder Print(Operation top, PrinterFlags flags, StringBuilder? sb = null)
    {
        sb ??= new StringBuilder();
        sb.Clear();
        AsmPrinter.PrintTopLevel(top, sb, flags);
        sb.Append('\n');
        return sb;
    }
}
