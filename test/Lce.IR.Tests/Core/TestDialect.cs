using Lce.IR;
using Lce.IR.Traits;

namespace Lce.Tests.Core;

/// <summary>A small dialect declared the way users declare theirs, for core tests.</summary>
public sealed class TestDialect : Dialect
{
    public override string Namespace => "tt";

    protected override void Define()
    {
        Op("add").Operand("lhs").Operand("rhs").Result("out").Trait(Pure.Instance, SameOperandsAndResultType.Instance);
        Op("const").Prop("value").Result("out").Trait(ConstantLike.Instance, NOperands.Zero);
        Op("yield").VariadicOperand("values").Trait(IsTerminator.Instance, ReturnLike.Instance);
        Op("scope").Region("body").Trait(IsolatedFromAbove.Instance);
        Op("ret").Trait(IsTerminator.Instance);
    }
}
