namespace Lce.Dialects.Tf;

using Lce.IR;
using Lce.IR.Traits;
using static TfConstraints;

/// <summary>
/// Ops that forward their input (Identity, IdentityN, CheckNumerics, Snapshot, StopGradient,
/// PlaceholderWithDefault). TF 2.16's dialect gives them no folders: LCE's op-removal pass
/// rewrites them; CheckNumerics must execute, so it is never dead.
/// </summary>
public sealed partial class TfDialect
{
    /// <summary>The effect TF_MustExecute declares: a write to a resource no analysis orders on.</summary>
    public const string MustExecuteResource = "::mlir::TF::ResourceEffects::MustExecute";

    private void DefineForwarding()
    {
        Op("Identity").Counts(1, 1).Operand("input", Tensor).Result("output", Tensor)
            .Trait(Pure.Instance, OperandsSameAsResultsTypeOrRef.Instance);
        Op("IdentityN").Counts(null, null).VariadicOperand("input", Tensor).VariadicResult("output", Tensor)
            .Trait(Pure.Instance);
        Op("CheckNumerics").Counts(1, 1).Operand("tensor", FloatTensor).Result("output", FloatTensor)
            .Attr("message", StrAttr)
            .Trait(SameOperandsAndResultTypeResolveRef.Instance)
            .Effects(_ => [new MemoryEffect(MemoryEffectKind.Write, null, MustExecuteResource)]);
        Op("Snapshot").Counts(1, 1).Operand("input", Tensor).Result("output", Tensor)
            .Trait(Pure.Instance, SameOperandsAndResultTypeResolveRef.Instance);
        Op("StopGradient").Counts(1, 1).Operand("input", Tensor).Result("output", Tensor)
            .Trait(Pure.Instance, SameOperandsAndResultTypeResolveRef.Instance);
        Op("PlaceholderWithDefault").Counts(1, 1).Operand("input", Tensor).Result("output", Tensor)
            .Trait(Pure.Instance);
    }
}
