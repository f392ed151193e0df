namespace Lce.Tests.Conversion;

using Lce.Dialects.Func;
using Lce.IR;
using Lce.IR.Conversion;
using Lce.IR.Rewrite;

/// <summary>
/// Differential cases in Conversion/cases: each NAME.mlir names the mlir-opt pass it was run
/// through (`// MLIR-OPT:` first line; expected stdout and diagnostics were produced by
/// regenerate.sh with mlir-opt 22). The same conversion is run with our framework and must
/// print the same IR and the same diagnostics.
/// </summary>
public class MlirOptDifferentialTests
{
    private static readonly string CasesDir = RepoPaths.Combine("test", "Lce.IR.Tests", "Conversion", "cases");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(CasesDir, "*.mlir").OrderBy(f => f, StringComparer.Ordinal)) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesMlirOpt(string name)
    {
        var path = Path.Combine(CasesDir, name);
        var text = File.ReadAllText(path);
        var flags = text.Split('\n')[0].Replace("// MLIR-OPT: ", "").Trim();
        var expectedOut = File.ReadAllText(path + ".out");
        var expectedErr = File.Exists(path + ".err") ? File.ReadAllText(path + ".err") : "";
        if (flags == "--reconcile-unrealized-casts")
        {
            // A registered pass: run it end to end through lce-opt, as mlir-opt was run.
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            Lce.Opt.LceOpt.Run(["--allow-unregistered-dialect", flags, name], TextReader.Null, stdout, stderr, CasesDir);
            Assert.Equal(expectedErr, string.Concat(stderr.ToString().Split('\n').Where(l => l.StartsWith(name + ":")).Select(l => l + "\n")));
            Assert.Equal(expectedOut, stdout.ToString());
            return;
        }
        using var u = new ConversionTestUtil();
        var module = u.Parse(text, name);
        bool ok = Run(flags, module);
        Assert.Equal(expectedErr, u.DiagnosticText());
        // mlir-opt ends its output with an empty line after the module.
        Assert.Equal(expectedOut, ok ? ConversionTestUtil.Print(module) + "\n" : "");
    }

    private static bool Run(string flags, Operation module)
    {
        var ctx = module.Context;
        switch (flags)
        {
            case "--arith-emulate-unsupported-floats=source-types=bf16,f16 target-type=f32":
                return EmulateUnsupportedFloats.Run(module, [FloatType.BF16(ctx), FloatType.F16(ctx)], FloatType.F32(ctx));
            case "--arith-emulate-wide-int=widest-int-supported=32":
                return WideIntSignatures(module);
            case "--convert-arith-to-emitc":
                // Only the driver's part: arith is illegal and these inputs have nothing a pattern could lower.
                var target = new ConversionTarget(ctx).AddIllegalDialect("arith").AddLegalOp("arith.constant");
                return DialectConversion.ApplyPartialConversion(module, target, new RewritePatternSet(ctx).Freeze());
            default:
                throw new InvalidOperationException($"no equivalent for mlir-opt flags '{flags}'");
        }
    }

    /// <summary>
    /// The function-boundary part of `--arith-emulate-wide-int` (i64 becomes vector&lt;2xi32&gt;,
    /// no materializations): enough for inputs whose only i64 producers are unknown ops.
    /// </summary>
    private static bool WideIntSignatures(Operation module)
    {
        var ctx = module.Context;
        var wide = VectorType.Get(ctx, [2], IntegerType.Get(ctx, 32));
        var converter = new TypeConverter();
        converter.AddConversion<IRType>(t => t);
        converter.AddConversion<IntegerType>(t => t.Width <= 32 ? t : t.Width == 64 ? wide : null);
        var target = new ConversionTarget(ctx);
        target.AddDynamicallyLegalOp("func.func", op => converter.IsSignatureLegal(FuncOp.Type(op)) && converter.IsLegal(op.GetRegion(0)));
        target.AddDynamicallyLegalOp(["func.call", "func.return"], op => converter.IsLegal(op));
        target.AddDynamicallyLegalDialect(op => converter.IsLegal(op), "arith", "vector");
        var patterns = new RewritePatternSet(ctx);
        FuncConversions.PopulateFuncOpTypeConversionPattern(patterns, converter);
        FuncConversions.PopulateCallOpTypeConversionPattern(patterns, converter);
        FuncConversions.PopulateReturnOpTypeConversionPattern(patterns, converter);
        return DialectConversion.ApplyPartialConversion(module, target, patterns.Freeze());
    }
}
