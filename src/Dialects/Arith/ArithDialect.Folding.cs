namespace Lce.Dialects.Arith;

using Lce.IR;
using Lce.IR.Numerics;
using Lce.Dialects.Arith.Folding;
using static Lce.Dialects.Arith.Folding.ConstantMatchers;

/// <summary>Attaches the fold hooks (ArithOps.cpp fold methods) to the declared arith ops.</summary>
public sealed partial class ArithDialect
{
    private void AttachFolders()
    {
        var folders = new Dictionary<string, Func<Operation, IReadOnlyList<IRAttribute?>, IReadOnlyList<object>?>>
        {
            ["addi"] = IntegerFolds.AddI,
            ["subi"] = IntegerFolds.SubI,
            ["muli"] = IntegerFolds.MulI,
            ["divui"] = IntegerFolds.DivUI,
            ["divsi"] = IntegerFolds.DivSI,
            ["ceildivui"] = IntegerFolds.CeilDivUI,
            ["ceildivsi"] = IntegerFolds.CeilDivSI,
            ["floordivsi"] = IntegerFolds.FloorDivSI,
            ["remui"] = IntegerFolds.RemUI,
            ["remsi"] = IntegerFolds.RemSI,
            ["andi"] = IntegerFolds.AndI,
            ["ori"] = IntegerFolds.OrI,
            ["xori"] = IntegerFolds.XOrI,
            ["maxsi"] = IntegerFolds.MinMax(v => v.IsMaxSigned, v => v.IsMinSigned, ApInt.SMax),
            ["maxui"] = IntegerFolds.MinMax(v => v.IsMaxUnsigned, v => v.IsMinUnsigned, ApInt.UMax),
            ["minsi"] = IntegerFolds.MinMax(v => v.IsMinSigned, v => v.IsMaxSigned, ApInt.SMin),
            ["minui"] = IntegerFolds.MinMax(v => v.IsMinUnsigned, v => v.IsMaxUnsigned, ApInt.UMin),
            ["shli"] = IntegerFolds.Shift((a, b) => a.Shl(b)),
            ["shrui"] = IntegerFolds.Shift((a, b) => a.LShr(b)),
            ["shrsi"] = IntegerFolds.Shift((a, b) => a.AShr(b)),
            ["addui_extended"] = FloatAndExtendedFolds.AddUIExtended,
            ["mulsi_extended"] = FloatAndExtendedFolds.MulSIExtended,
            ["mului_extended"] = FloatAndExtendedFolds.MulUIExtended,
            ["negf"] = FloatAndExtendedFolds.NegF,
            ["addf"] = FloatAndExtendedFolds.AddF,
            ["subf"] = FloatAndExtendedFolds.SubF,
            ["mulf"] = FloatAndExtendedFolds.MulF,
            ["divf"] = FloatAndExtendedFolds.DivF,
            ["remf"] = FloatAndExtendedFolds.RemF,
            ["maximumf"] = FloatAndExtendedFolds.MinMax(IsNegInfFloat, ApFloat.Maximum),
            ["maxnumf"] = FloatAndExtendedFolds.MinMax(IsNaNFloat, ApFloat.MaxNum),
            ["minimumf"] = FloatAndExtendedFolds.MinMax(IsPosInfFloat, ApFloat.Minimum),
            ["minnumf"] = FloatAndExtendedFolds.MinMax(IsNaNFloat, ApFloat.MinNum),
            ["extui"] = CastFolds.Ext(signed: false),
            ["extsi"] = CastFolds.Ext(signed: true),
            ["extf"] = CastFolds.ExtF,
            ["trunci"] = CastFolds.TruncI,
            ["truncf"] = CastFolds.TruncF,
            ["uitofp"] = CastFolds.IntToFloat(signed: false),
            ["sitofp"] = CastFolds.IntToFloat(signed: true),
            ["fptoui"] = CastFolds.FloatToInt(signed: false),
            ["fptosi"] = CastFolds.FloatToInt(signed: true),
            ["index_cast"] = CastFolds.IndexCast(signed: true),
            ["index_castui"] = CastFolds.IndexCast(signed: false),
            ["bitcast"] = CastFolds.Bitcast,
            ["cmpi"] = CompareSelectFolds.CmpI,
            ["cmpf"] = CompareSelectFolds.CmpF,
            ["select"] = CompareSelectFolds.Select,
        };
        foreach (var def in Operations)
            if (folders.TryGetValue(def.Name[(Name.Length + 1)..], out var folder)) def.Fold(folder);
    }
}
