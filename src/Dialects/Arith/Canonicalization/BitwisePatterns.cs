namespace Lce.Dialects.Arith.Canonicalization;

using Lce.IR;

// DRR patterns rooted at arith.xori, arith.andi and arith.ori.

/// <summary>xori(cmpi(pred, a, b), true) -> cmpi(~pred, a, b)</summary>
internal sealed class XOrINotCmpI() : DrrPattern(nameof(XOrINotCmpI), "arith.xori", 2)
{
    protected override bool Apply(Operation res, DrrRewrite r) =>
        Op(res.GetOperand(0), "arith.cmpi") is { } cmp && IsI1Constant(res.GetOperand(1), true)
        && r.Matched(cmp)
        && r.Replace(r.CmpI(Invert(ArithDialect.GetCmpIPredicate(cmp)), cmp.GetOperand(0), cmp.GetOperand(1)));

    /// <summary>arith::invertPredicate: the negated comparison.</summary>
    public static CmpIPredicate Invert(CmpIPredicate p) => p switch
    {
        CmpIPredicate.Eq => CmpIPredicate.Ne,
        CmpIPredicate.Ne => CmpIPredicate.Eq,
        CmpIPredicate.Slt => CmpIPredicate.Sge,
        CmpIPredicate.Sle => CmpIPredicate.Sgt,
        CmpIPredicate.Sgt => CmpIPredicate.Sle,
        CmpIPredicate.Sge => CmpIPredicate.Slt,
        CmpIPredicate.Ult => CmpIPredicate.Uge,
        CmpIPredicate.Ule => CmpIPredicate.Ugt,
        CmpIPredicate.Ugt => CmpIPredicate.Ule,
        _ => CmpIPredicate.Ult,
    };
}

/// <summary>
/// op(ext(x), ext(y)) -> ext(op(x, y)) for a bitwise op and an extension of operands of one type
/// (XOrIOfExtUI, XOrIOfExtSI, AndOfExtUI, AndOfExtSI, OrOfExtUI, OrOfExtSI).
/// </summary>
internal sealed class BitwiseOfExt(string name, string root, string ext) : DrrPattern(name, root, 3)
{
    protected override bool Apply(Operation res, DrrRewrite r) =>
        Op(res.GetOperand(0), ext) is { } lhs && Op(res.GetOperand(1), ext) is { } rhs
        && ReferenceEquals(lhs.GetOperand(0).Type, rhs.GetOperand(0).Type)
        && r.Matched(lhs, rhs)
        && r.Replace(r.Unary(ext, r.Same(RootName!, lhs.GetOperand(0), rhs.GetOperand(0)), res.GetResult(0).Type));

    public static BitwiseOfExt XOrIOfExtUI() => new(nameof(XOrIOfExtUI), "arith.xori", "arith.extui");
    public static BitwiseOfExt XOrIOfExtSI() => new(nameof(XOrIOfExtSI), "arith.xori", "arith.extsi");
    public static BitwiseOfExt AndOfExtUI() => new(nameof(AndOfExtUI), "arith.andi", "arith.extui");
    public static BitwiseOfExt AndOfExtSI() => new(nameof(AndOfExtSI), "arith.andi", "arith.extsi");
    public static BitwiseOfExt OrOfExtUI() => new(nameof(OrOfExtUI), "arith.ori", "arith.extui");
    public static BitwiseOfExt OrOfExtSI() => new(nameof(OrOfExtSI), "arith.ori", "arith.extsi");
}

/// <summary>cmpi(eq|ne, ext(a), ext(b)) -> cmpi(eq|ne, a, b) for operands of one type (CmpIExtSI, CmpIExtUI).</summary>
internal sealed class CmpIOfExt(string name, string ext) : DrrPattern(name, "arith.cmpi", 3)
{
    protected override bool Apply(Operation res, DrrRewrite r)
    {
        var pred = ArithDialect.GetCmpIPredicate(res);
        return Op(res.GetOperand(0), ext) is { } lhs && Op(res.GetOperand(1), ext) is { } rhs
            && ReferenceEquals(lhs.GetOperand(0).Type, rhs.GetOperand(0).Type)
            && pred is CmpIPredicate.Eq or CmpIPredicate.Ne
            && r.Matched(lhs, rhs)
            && r.Replace(r.CmpI(pred, lhs.GetOperand(0), rhs.GetOperand(0)));
    }

    public static CmpIOfExt CmpIExtSI() => new(nameof(CmpIExtSI), "arith.extsi");
    public static CmpIOfExt CmpIExtUI() => new(nameof(CmpIExtUI), "arith.extui");
}
