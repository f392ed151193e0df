using System.Runtime.CompilerServices;
using Lce.IR;
using Lce.IR.Rewrite;
using Lce.IR.Rewrite.Pdll;

namespace Lce.Transforms.Tfl.LegalizeTf;

/// <summary>
/// The pattern sets of `tfl-legalize-tf`, in TF's registration order: TF's TF->TF lowering
/// patterns first (the one that applies here, LowerTf.pdll), then the DRR patterns
/// (LegalizeTf.pdll; DRR registers them in record-name order), then the C++ ones, then the
/// convolution conversions TF does in PrepareTF. Stage 2 adds the explicit-broadcast patterns.
/// </summary>
public static class LegalizeTfPatterns
{
    public const string ResourceName = "Tfl/LegalizeTf/LegalizeTf.pdll";
    public const string LoweringResourceName = "Tfl/LegalizeTf/LowerTf.pdll";

    /// <summary>The DRR patterns, sorted by record name as TableGen hands them to DRR.</summary>
    public static readonly IReadOnlyList<string> Names = new[]
    {
        "ConvertTfConstToStdConst", "LegalizeTFConstToTFLConst",
        "LegalizeAveragePool", "LegalizeNCHWAveragePool", "LegalizeMaxPool2D", "LegalizeNCHWMaxPool2D",
        "LegalizeRelu", "LegalizeReluI32", "LegalizeReluI64", "LegalizeRelu6", "LegalizeTanh", "LegalizeSigmoid",
        "LegalizeSign", "LegalizeSoftmax", "LegalizeSelect", "LegalizeSelectV2SameStaticShape", "LegalizeSelectV2NotSameStaticShape",
        "LegalizeSqueeze", "LegalizeTranspose", "LegalizeReshape", "LegalizePad", "LegalizePadV2", "LegalizeMean",
        "LegalizeCast", "LegalizeBroadcastTo", "LegalizeLess", "LegalizeGreater", "LegalizeLessEqual", "LegalizeGreaterEqual",
        "LegalizeAddv2", "LegalizeBiasAdd", "LegalizeSub", "LegalizeMul", "LegalizeRealDiv", "LegalizeDiv",
    }.OrderBy(n => n, StringComparer.Ordinal).ToArray();

    public static readonly IReadOnlyList<string> LoweringNames = ["LowerPadOp"];

    private static readonly ConditionalWeakTable<IRContext, PdllModule> Modules = new();
    private static readonly ConditionalWeakTable<IRContext, PdllModule> LoweringModules = new();

    public static PdllModule Module(IRContext ctx) => Modules.GetValue(ctx, static c =>
        PdllModule.LoadEmbedded(c, typeof(LegalizeTfPatterns).Assembly, ResourceName, LegalizeTfNatives.Registry));

    public static PdllModule LoweringModule(IRContext ctx) => LoweringModules.GetValue(ctx, static c =>
        PdllModule.LoadEmbedded(c, typeof(LegalizeTfPatterns).Assembly, LoweringResourceName, LegalizeTfNatives.Registry));

    /// <summary>TF's addPatterns: lowering, DRR and C++ patterns (Assert dropped unless preserved), then the convolutions.</summary>
    public static void AddStage1(RewritePatternSet patterns, bool preserveAssertOp)
    {
        LoweringModule(patterns.Context).AddTo(patterns, [.. LoweringNames]);
        Module(patterns.Context).AddTo(patterns, [.. Names]);
        patterns.Add(new ConcatV2Pattern());
        patterns.Add(new MatMulPattern());
        if (!preserveAssertOp) patterns.Add(new AssertPattern());
        patterns.Add(new Conv2DPattern());
        patterns.Add(new DepthwiseConv2DPattern());
        // PrepareTF's fake-quant conversion, so that legalization alone also turns a constant
        // fake-quant range into quantize/dequantize (as the convolutions above).
        patterns.Add(new Tf.PrepareTf.FakeQuantPattern());
    }

    /// <summary>Stage 2: the stage-1 patterns plus explicit broadcasting for the binary ops and SelectV2.</summary>
    public static void AddStage2(RewritePatternSet patterns, bool preserveAssertOp)
    {
        AddStage1(patterns, preserveAssertOp);
        foreach (var name in ExplicitBroadcastPattern.BinaryOps) patterns.Add(new ExplicitBroadcastPattern(name));
        patterns.Add(new ExplicitBroadcastPattern("tf.SelectV2"));
    }
}
