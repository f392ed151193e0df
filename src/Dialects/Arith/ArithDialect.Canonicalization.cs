namespace Lce.Dialects.Arith;

using Lce.IR.Rewrite;
using Lce.Dialects.Arith.Canonicalization;

/// <summary>
/// Registers the canonicalization patterns of each arith op in the order of MLIR's
/// getCanonicalizationPatterns (DRR patterns of ArithCanonicalization.td plus the C++ ones).
/// </summary>
public sealed partial class ArithDialect
{
    private void AttachCanonicalizationPatterns()
    {
        var byOp = new Dictionary<string, Func<RewritePattern>[]>
        {
            ["addi"] = [() => new AddIAddConstant(), () => new AddISubConstantRHS(), () => new AddISubConstantLHS(),
                        () => new AddIMulNegativeOneRhs(), () => new AddIMulNegativeOneLhs()],
            ["addui_extended"] = [() => new AddUIExtendedToAddI()],
            ["subi"] = [() => new SubIRHSAddConstant(), () => new SubILHSAddConstant(), () => new SubIRHSSubConstantRHS(),
                        () => new SubIRHSSubConstantLHS(), () => new SubILHSSubConstantRHS(), () => new SubILHSSubConstantLHS(),
                        () => new SubISubILHSRHSLHS()],
            ["muli"] = [() => new MulIMulIConstant()],
            ["mulsi_extended"] = [() => new MulSIExtendedToMulI(), () => new MulSIExtendedRHSOne()],
            ["mului_extended"] = [() => new MulUIExtendedToMulI()],
            ["xori"] = [() => new XOrINotCmpI(), BitwiseOfExt.XOrIOfExtUI, BitwiseOfExt.XOrIOfExtSI],
            ["mulf"] = [FloatOpOfNegF.MulFOfNegF],
            ["divf"] = [FloatOpOfNegF.DivFOfNegF],
            ["extsi"] = [CastOfCast.ExtSIOfExtUI],
            ["trunci"] = [TruncIOfExt.TruncIExtSIToExtSI, TruncIOfExt.TruncIExtUIToExtUI, () => new TruncIShrSIToTrunciShrUI()],
            ["truncf"] = [TruncFOfIntToFP.TruncFSIToFPToSIToFP, TruncFOfIntToFP.TruncFUIToFPToUIToFP],
            ["andi"] = [BitwiseOfExt.AndOfExtUI, BitwiseOfExt.AndOfExtSI],
            ["ori"] = [BitwiseOfExt.OrOfExtUI, BitwiseOfExt.OrOfExtSI],
            ["index_cast"] = [CastRoundTrip.IndexCastOfIndexCast, CastOfCast.IndexCastOfExtSI],
            ["index_castui"] = [CastRoundTrip.IndexCastUIOfIndexCastUI, CastOfCast.IndexCastUIOfExtUI],
            ["bitcast"] = [CastOfCast.BitcastOfBitcast],
            ["cmpi"] = [CmpIOfExt.CmpIExtSI, CmpIOfExt.CmpIExtUI],
            ["cmpf"] = [() => new CmpFIntToFPConst()],
            ["select"] = [() => new RedundantSelectFalse(), () => new RedundantSelectTrue(), () => new SelectNotCond(),
                          () => new SelectI1ToNot(), () => new SelectToExtUI()],
        };
        foreach (var def in Operations)
            if (byOp.TryGetValue(def.Name[(Name.Length + 1)..], out var factories))
                def.Canonicalization(set => { foreach (var make in factories) set.Add(make()); });
    }
}
