using Lce.IR.Affine;

namespace Lce.IR;

/// <summary>`affine_map&lt;...&gt;`: an affine map used as an attribute (e.g. a memref layout).</summary>
public sealed class AffineMapAttr : IRAttribute
{
    public AffineMap Map { get; }
    private AffineMapAttr(AffineMap map) { Map = map; }
    public static AffineMapAttr Get(IRContext ctx, AffineMap map) => ctx.Intern(new AffineMapAttr(map));
    public override bool Equals(object? o) => o is AffineMapAttr a && a.Map.Equals(Map);
    protected override int ComputeHash() => HashCode.Combine(120, Map);
}
