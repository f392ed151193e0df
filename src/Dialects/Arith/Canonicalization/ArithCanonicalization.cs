namespace Lce.Dialects.Arith;

using System.Runtime.CompilerServices;
using Lce.IR;
using Lce.IR.Rewrite.Pdll;

/// <summary>
/// Arith's declarative canonicalization patterns: Canonicalization.pdll (embedded in this
/// assembly) loaded once per IRContext at first use, and MLIR's per-op registration order.
/// </summary>
public static class ArithCanonicalization
{
    /// <summary>The embedded resource (logical name relative to the dialects project).</summary>
    public const string ResourceName = "Arith/Canonicalization.pdll";

    private static readonly ConditionalWeakTable<IRContext, PdllModule> Modules = new();

    /// <summary>The natives Canonicalization.pdll binds.</summary>
    public static NativeRegistry Natives { get; } = ArithCanonicalizationNatives.Create();

    /// <summary>The loaded module for <paramref name="ctx"/>; throws <see cref="PdllLoadException"/> if the file does not check.</summary>
    public static PdllModule Module(IRContext ctx) =>
        Modules.GetValue(ctx, c => PdllModule.LoadEmbedded(c, typeof(ArithCanonicalization).Assembly, ResourceName, Natives));

    /// <summary>The DRR patterns each op's getCanonicalizationPatterns adds, in MLIR's order.</summary>
    public static IReadOnlyList<(string Op, string[] Patterns)> PatternsByOp { get; } =
    [
        ("arith.addi", ["AddIAddConstant", "AddISubConstantRHS", "AddISubConstantLHS", "AddIMulNegativeOneRhs", "AddIMulNegativeOneLhs"]),
        ("arith.addui_extended", ["AddUIExtendedToAddI"]),
        ("arith.subi", ["SubIRHSAddConstant", "SubILHSAddConstant", "SubIRHSSubConstantRHS", "SubIRHSSubConstantLHS",
            "SubILHSSubConstantRHS", "SubILHSSubConstantLHS", "SubISubILHSRHSLHS"]),
        ("arith.muli", ["MulIMulIConstant"]),
        ("arith.mulsi_extended", ["MulSIExtendedToMulI", "MulSIExtendedRHSOne"]),
        ("arith.mului_extended", ["MulUIExtendedToMulI"]),
        ("arith.andi", ["AndOfExtUI", "AndOfExtSI"]),
        ("arith.ori", ["OrOfExtUI", "OrOfExtSI"]),
        ("arith.xori", ["XOrINotCmpI", "XOrIOfExtUI", "XOrIOfExtSI"]),
        ("arith.mulf", ["MulFOfNegF"]),
        ("arith.divf", ["DivFOfNegF"]),
        ("arith.extsi", ["ExtSIOfExtUI"]),
        ("arith.trunci", ["TruncIExtSIToExtSI", "TruncIExtUIToExtUI", "TruncIShrSIToTrunciShrUI"]),
        ("arith.truncf", ["TruncFSIToFPToSIToFP", "TruncFUIToFPToUIToFP"]),
        ("arith.index_cast", ["IndexCastOfIndexCast", "IndexCastOfExtSI"]),
        ("arith.index_castui", ["IndexCastUIOfIndexCastUI", "IndexCastUIOfExtUI"]),
        ("arith.bitcast", ["BitcastOfBitcast"]),
        ("arith.cmpi", ["CmpIExtSI", "CmpIExtUI"]),
        ("arith.select", ["RedundantSelectFalse", "RedundantSelectTrue", "SelectNotCond", "SelectI1ToNot"]),
    ];
}

public sealed partial class ArithDialect
{
    /// <summary>Hooks the PDLL patterns into each op's canonicalization patterns.</summary>
    private void DefineCanonicalizations()
    {
        foreach (var (opName, patterns) in ArithCanonicalization.PatternsByOp)
            Operations.First(o => o.Name == opName)
                .Canonicalization(set => ArithCanonicalization.Module(set.Context).AddTo(set, patterns));
    }
}
