using Lce.IR.Affine;

namespace Lce.IR;

/// <summary>`affine_set&lt;...&gt;`: an integer set used as an attribute (e.g. by affine.if).</summary>
public sealed class IntegerSetAttr : IRAttribute
{
    public IntegerSet Set { get; }
    private IntegerSetAttr(IntegerSet set) { Set = set; }
    public static IntegerSetAttr Get(IRContext ctx, IntegerSet set) => ctx.Intern(new IntegerSetAttr(set));
    public override bool Equals(object? o) => o is IntegerSetAttr a && a.Set.Equals(Set);
    protected override int ComputeHash() => HashCode.Combine(121, Set);
}
