namespace Lce.Dialects.Arith;

using Lce.IR;

/// <summary>Bits of `#arith.overflow&lt;...&gt;` (MLIR's arith::IntegerOverflowFlags).</summary>
[Flags]
public enum IntegerOverflowFlags
{
    None = 0,
    Nsw = 1,
    Nuw = 2,
}

/// <summary>`#arith.overflow&lt;nsw, nuw&gt;`: no-signed-wrap / no-unsigned-wrap flags, separated by ", ".</summary>
public sealed class IntegerOverflowFlagsAttr : DialectAttribute
{
    public static readonly BitEnum Enum = new("::mlir::arith::IntegerOverflowFlags", "Arith_IntegerOverflowAttr", ", ",
        [("nsw", 1), ("nuw", 2)], []);

    public const string Mnemonic = "overflow";

    private readonly Dialect _dialect;
    public override Dialect Dialect => _dialect;
    public IntegerOverflowFlags Flags { get; }

    private IntegerOverflowFlagsAttr(Dialect dialect, IntegerOverflowFlags flags) { _dialect = dialect; Flags = flags; }

    public static IntegerOverflowFlagsAttr Get(IRContext ctx, IntegerOverflowFlags flags) =>
        ctx.Intern(new IntegerOverflowFlagsAttr(ArithDialect.Of(ctx), flags));

    public string Keywords => Enum.Stringify((int)Flags);

    public override bool Equals(object? o) => o is IntegerOverflowFlagsAttr a && a.Flags == Flags;
    protected override int ComputeHash() => HashCode.Combine(902, (int)Flags);

    /// <summary>The `&lt;...&gt;` form used after the `overflow` keyword in custom op syntax.</summary>
    public static readonly AttrSyntax Syntax = new(
        "Arith_IntegerOverflowAttr",
        p => p.PeekPunct("<") ? Parse(p) : null,
        Parse,
        (a, printer) => printer.Write($"<{((IntegerOverflowFlagsAttr)a).Keywords}>"));

    private static IRAttribute Parse(IOpAsmParser p) => Get(p.Context, (IntegerOverflowFlags)Enum.ParseAngleBody(p));

    public static readonly AttrConstraint Constraint = new("Integer overflow arith flags", a => a is IntegerOverflowFlagsAttr);
}
