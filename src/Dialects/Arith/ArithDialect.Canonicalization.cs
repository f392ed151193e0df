namespace Lce.Dialects.Arith;

using Lce.IR;
using Lce.IR.Rewrite;
using Lce.Dialects.Arith.Canonicalization;

/// <summary>
/// Registers the canonicalization patterns of each arith op in the order of MLIR's
/// getCanonicalizationPatterns: the DRR patterns of ArithCanonicalization.td come from
/// Canonicalization.pdll (by name), the C++ ones are C# classes. Each op's patterns are built
/// when first needed (see <see cref="RewritePatternSet.AddDeferred"/>).
/// </summary>
public sealed partial class ArithDialect
{
    /// <summary>Factories for the named patterns of Canonicalization.pdll.</summary>
    private static Func<IRContext, RewritePattern>[] Pdll(params string[] names) =>
        names.Select(name => (Func<IRContext, RewritePattern>)(ctx => ArithCanonicalization.Module(ctx).Pattern(name))).ToArray();

    private void AttachCanonicalizationPatterns()
    {
        var byOp = new Dictionary<string, Func<IRContext, RewritePattern>[]>
        {
            ["addi"] = Pdll("AddIAddConstant", "AddISubConstantRHS", "AddISubConstantLHS", "AddIMulNegativeOneRhs", "AddIMulNegativeOneLhs"),
            ["addui_extended"] = Pdll("AddUIExtendedToAddI"),
            ["subi"] = Pdll("SubIRHSAddConstant", "SubILHSAddConstant", "SubIRHSSubConstantRHS", "SubIRHSSubConstantLHS",
                "SubILHSSubConstantRHS", "SubILHSSubConstantLHS", "SubISubILHSRHSLHS"),
            ["muli"] = Pdll("MulIMulIConstant"),
            ["mulsi_extended"] = Pdll("MulSIExtendedToMulI", "MulSIExtendedRHSOne"),
            ["mului_extended"] = Pdll("MulUIExtendedToMulI"),
            ["xori"] = Pdll("XOrINotCmpI", "XOrIOfExtUI", "XOrIOfExtSI"),
            ["mulf"] = Pdll("MulFOfNegF"),
            ["divf"] = Pdll("DivFOfNegF"),
            ["extsi"] = Pdll("ExtSIOfExtUI"),
            ["trunci"] = Pdll("TruncIExtSIToExtSI", "TruncIExtUIToExtUI", "TruncIShrSIToTrunciShrUI"),
            ["truncf"] = Pdll("TruncFSIToFPToSIToFP", "TruncFUIToFPToUIToFP"),
            ["andi"] = Pdll("AndOfExtUI", "AndOfExtSI"),
            ["ori"] = Pdll("OrOfExtUI", "OrOfExtSI"),
            ["index_cast"] = Pdll("IndexCastOfIndexCast", "IndexCastOfExtSI"),
            ["index_castui"] = Pdll("IndexCastUIOfIndexCastUI", "IndexCastUIOfExtUI"),
            ["bitcast"] = Pdll("BitcastOfBitcast"),
            ["cmpi"] = Pdll("CmpIExtSI", "CmpIExtUI"),
            ["cmpf"] = [_ => new CmpFIntToFPConst()],
            ["select"] = [.. Pdll("RedundantSelectFalse", "RedundantSelectTrue", "SelectNotCond", "SelectI1ToNot"), _ => new SelectToExtUI()],
        };
        // Deferred: Canonicalization.pdll is only loaded (parsed, checked, compiled) when a
        // canonicalize run meets an op with PDLL patterns, then one op's patterns at a time.
        foreach (var def in Operations)
            if (byOp.TryGetValue(def.Name[(Name.Length + 1)..], out var factories))
                def.Canonicalization(set => set.AddDeferred(def.Name, ctx => factories.Select(make => make(ctx))));
    }
}
