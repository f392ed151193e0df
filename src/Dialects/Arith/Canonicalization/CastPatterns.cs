namespace Lce.Dialects.Arith.Canonicalization;

using Lce.IR;

// DRR patterns rooted at the cast ops.

/// <summary>cast(cast(x)) -> x when the outer result type is x's type (IndexCastOfIndexCast, IndexCastUIOfIndexCastUI).</summary>
internal sealed class CastRoundTrip(string name, string cast) : DrrPattern(name, cast, 2)
{
    protected override bool Apply(Operation res, DrrRewrite r) =>
        Op(res.GetOperand(0), RootName!) is { } inner && ReferenceEquals(res.GetResult(0).Type, inner.GetOperand(0).Type)
        && r.Matched(inner)
        && r.Replace(inner.GetOperand(0));

    public static CastRoundTrip IndexCastOfIndexCast() => new(nameof(IndexCastOfIndexCast), "arith.index_cast");
    public static CastRoundTrip IndexCastUIOfIndexCastUI() => new(nameof(IndexCastUIOfIndexCastUI), "arith.index_castui");
}

/// <summary>
/// outer(inner(x)) -> replacement(x) with the outer result type (IndexCastOfExtSI, IndexCastUIOfExtUI,
/// BitcastOfBitcast, ExtSIOfExtUI).
/// </summary>
internal sealed class CastOfCast(string name, string outer, string inner, string replacement) : DrrPattern(name, outer, 2)
{
    protected override bool Apply(Operation res, DrrRewrite r) =>
        Op(res.GetOperand(0), inner) is { } innerOp
        && r.Matched(innerOp)
        && r.Replace(r.Unary(replacement, innerOp.GetOperand(0), res.GetResult(0).Type));

    public static CastOfCast IndexCastOfExtSI() => new(nameof(IndexCastOfExtSI), "arith.index_cast", "arith.extsi", "arith.index_cast");
    public static CastOfCast IndexCastUIOfExtUI() => new(nameof(IndexCastUIOfExtUI), "arith.index_castui", "arith.extui", "arith.index_castui");
    public static CastOfCast BitcastOfBitcast() => new(nameof(BitcastOfBitcast), "arith.bitcast", "arith.bitcast", "arith.bitcast");
    public static CastOfCast ExtSIOfExtUI() => new(nameof(ExtSIOfExtUI), "arith.extsi", "arith.extui", "arith.extui");
}

/// <summary>
/// trunci(ext(x)) -> ext(x) when only extension bits are dropped: the extension is wider than the
/// truncation, which is wider than x (TruncIExtSIToExtSI, TruncIExtUIToExtUI).
/// </summary>
internal sealed class TruncIOfExt(string name, string ext) : DrrPattern(name, "arith.trunci", 2)
{
    protected override bool Apply(Operation tr, DrrRewrite r) =>
        Op(tr.GetOperand(0), ext) is { } extOp
        && WiderThan(extOp.GetResult(0), tr.GetResult(0)) && WiderThan(tr.GetResult(0), extOp.GetOperand(0))
        && r.Matched(extOp)
        && r.Replace(r.Unary(ext, extOp.GetOperand(0), tr.GetResult(0).Type));

    /// <summary>ValueWiderThan.</summary>
    private static bool WiderThan(Value a, Value b) => ElementWidth(a) > ElementWidth(b) && ElementWidth(b) > 0;

    public static TruncIOfExt TruncIExtSIToExtSI() => new(nameof(TruncIExtSIToExtSI), "arith.extsi");
    public static TruncIOfExt TruncIExtUIToExtUI() => new(nameof(TruncIExtUIToExtUI), "arith.extui");
}

/// <summary>trunci(shrsi(x, c)) -> trunci(shrui(x, c)) when c is exactly the number of dropped bits</summary>
internal sealed class TruncIShrSIToTrunciShrUI() : DrrPattern(nameof(TruncIShrSIToTrunciShrUI), "arith.trunci", 2)
{
    protected override bool Apply(Operation tr, DrrRewrite r)
    {
        if (Op(tr.GetOperand(0), "arith.shrsi") is not { } shr) return false;
        var x = shr.GetOperand(0);
        if (AnyConstant(shr.GetOperand(1)) is not ITypedAttribute c0) return false;
        if (!IntOrSplat((IRAttribute)c0, out var amount) || amount.Bits != ElementWidth(x) - ElementWidth(tr.GetResult(0))) return false;
        r.Matched(shr);
        var shifted = r.Same("arith.shrui", x, r.Constant((IRAttribute)c0));
        return r.Replace(r.Unary("arith.trunci", shifted, tr.GetResult(0).Type, ("overflowFlags", tr.GetProp("overflowFlags")!)));
    }
}

/// <summary>truncf(itofp(x)) -> itofp(x) with the default rounding mode (TruncFSIToFPToSIToFP, TruncFUIToFPToUIToFP).</summary>
internal sealed class TruncFOfIntToFP(string name, string conversion) : DrrPattern(name, "arith.truncf", 2)
{
    protected override bool Apply(Operation tr, DrrRewrite r) =>
        Op(tr.GetOperand(0), conversion) is { } fp && tr.GetProp("roundingmode") is null
        && r.Matched(fp)
        && r.Replace(r.Unary(conversion, fp.GetOperand(0), tr.GetResult(0).Type));

    public static TruncFOfIntToFP TruncFSIToFPToSIToFP() => new(nameof(TruncFSIToFPToSIToFP), "arith.sitofp");
    public static TruncFOfIntToFP TruncFUIToFPToUIToFP() => new(nameof(TruncFUIToFPToUIToFP), "arith.uitofp");
}

/// <summary>op(negf(x), negf(y)) -> op(x, y) keeping op's fastmath flags (MulFOfNegF, DivFOfNegF).</summary>
internal sealed class FloatOpOfNegF(string name, string root) : DrrPattern(name, root, 3)
{
    protected override bool Apply(Operation res, DrrRewrite r) =>
        Op(res.GetOperand(0), "arith.negf") is { } lhs && Op(res.GetOperand(1), "arith.negf") is { } rhs
        && ReferenceEquals(lhs.GetOperand(0).Type, rhs.GetOperand(0).Type)
        && r.Matched(lhs, rhs)
        && r.Replace(r.Same(RootName!, lhs.GetOperand(0), rhs.GetOperand(0), ("fastmath", res.GetProp("fastmath")!)));

    public static FloatOpOfNegF MulFOfNegF() => new(nameof(MulFOfNegF), "arith.mulf");
    public static FloatOpOfNegF DivFOfNegF() => new(nameof(DivFOfNegF), "arith.divf");
}
