using Lce.IR;
using Lce.Dialects;
using Lce.IR.Traits;

namespace CustomPass;

/// <summary>
/// A one-op dialect: `%r = custom.double %x : i32` computes x + x. Declared like the built-in
/// dialects: operands, results, traits and an assembly format.
/// </summary>
public sealed class CustomDialect : Dialect
{
    public override string Namespace => "custom";

    protected override void Define()
    {
        var integer = new TypeConstraint("signless integer", t => t is IntegerType { Signedness: Signedness.Signless });
        Op("double").Counts(1, 1)
            .Operand("input", integer)
            .Result("result", integer)
            .Trait(Pure.Instance, SameOperandsAndResultType.Instance)
            .TypesMatch("input", "result")
            .Format("$input attr-dict `:` type($result)");
    }
}
