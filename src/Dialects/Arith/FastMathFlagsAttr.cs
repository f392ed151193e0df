namespace Lce.Dialects.Arith;

using Lce.IR;

/// <summary>Bits of `#arith.fastmath&lt;...&gt;` (MLIR's arith::FastMathFlags).</summary>
[Flags]
public enum FastMathFlags
{
    None = 0,
    Reassoc = 1,
    NNaN = 2,
    NInf = 4,
    Nsz = 8,
    Arcp = 16,
    Contract = 32,
    Afn = 64,
    Fast = Reassoc | NNaN | NInf | Nsz | Arcp | Contract | Afn,
}

/// <summary>
/// `#arith.fastmath&lt;nnan,ninf&gt;`: floating-point fast-math flags. Prints `fast` when every
/// flag is set and `none` when none is; flags are separated by a bare comma.
/// </summary>
public sealed class FastMathFlagsAttr : DialectAttribute
{
    public static readonly BitEnum Enum = new("::mlir::arith::FastMathFlags", "Arith_FastMathAttr", ",",
        [("reassoc", 1), ("nnan", 2), ("ninf", 4), ("nsz", 8), ("arcp", 16), ("contract", 32), ("afn", 64)],
        [("fast", 127)]);

    public const string Mnemonic = "fastmath";

    private readonly Dialect _dialect;
    public override Dialect Dialect => _dialect;
    public FastMathFlags Flags { get; }

    private FastMathFlagsAttr(Dialect dialect, FastMathFlags flags) { _dialect = dialect; Flags = flags; }

    public static FastMathFlagsAttr Get(IRContext ctx, FastMathFlags flags) =>
        ctx.Intern(new FastMathFlagsAttr(ArithDialect.Of(ctx), flags));

    public bool Has(FastMathFlags f) => (Flags & f) == f;

    /// <summary>The text inside the angle brackets, e.g. "nnan,ninf".</summary>
    public string Keywords => Enum.Stringify((int)Flags);

    public override bool Equals(object? o) => o is FastMathFlagsAttr a && a.Flags == Flags;
    protected override int ComputeHash() => HashCode.Combine(901, (int)Flags);

    /// <summary>The `&lt;...&gt;` form used after the `fastmath` keyword in custom op syntax.</summary>
    public static readonly AttrSyntax Syntax = new(
        "Arith_FastMathAttr",
        p => p.PeekPunct("<") ? Parse(p) : null,
        Parse,
        (a, printer) => printer.Write($"<{((FastMathFlagsAttr)a).Keywords}>"));

    private static IRAttribute Parse(IOpAsmParser p) => Get(p.Context, (FastMathFlags)Enum.ParseAngleBody(p));

    public static readonly AttrConstraint Constraint = new("Floating point fast math flags", a => a is FastMathFlagsAttr);
}
