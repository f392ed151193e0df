namespace Lce.Dialects.Cf;

using Lce.IR;
using Lce.IR.Traits;

/// <summary>
/// The `cf` (ControlFlow) dialect of MLIR 22: `cf.br`, `cf.cond_br`, `cf.switch` and
/// `cf.assert`, with their ODS assembly formats (`cf.cond_br %c, ^bb1(%x : i32), ^bb2`) and
/// MLIR's canonicalization patterns.
/// </summary>
public sealed class CfDialect : Dialect
{
    public const string Name = "cf";
    public override string Namespace => Name;

    /// <summary>The dialect's ops and regions may all be inlined (as MLIR's inliner interface for it).</summary>
    public override DialectInlinerInterface InlinerInterface { get; } = new CfInlinerInterface();

    internal static readonly TypeConstraint I1 = new("1-bit signless integer", t => TypeUtil.IsSignlessInteger(t, 1));
    internal static readonly TypeConstraint SignlessInteger = new("signless integer", t => TypeUtil.IsSignlessInteger(t));
    internal static readonly AttrConstraint Str = new("string attribute", a => a is StringAttr);

    protected override void Define()
    {
        Op("br").Counts(null, 0)
            .VariadicOperand("destOperands")
            .Successor("dest")
            .Trait(Pure.Instance, IsTerminator.Instance, new BranchOpInterface("destOperands"))
            .Format("$dest (`(` $destOperands^ `:` type($destOperands) `)`)? attr-dict")
            .Verify(op => VerifySuccessorOperands(op, 0, op.Operands.ToList()))
            .Canonicalization("cf.br canonicalize", BranchPatterns.CanonicalizeBranch);

        Op("cond_br").Counts(null, 0)
            .Operand("condition", I1)
            .VariadicOperand("trueDestOperands")
            .VariadicOperand("falseDestOperands")
            .Successor("trueDest").Successor("falseDest")
            .Trait(AttrSizedOperandSegments.Instance, Pure.Instance, IsTerminator.Instance,
                new BranchOpInterface("trueDestOperands", "falseDestOperands"))
            .Parser(ParseCondBr)
            .Format("$condition `,` $trueDest (`(` $trueDestOperands^ `:` type($trueDestOperands) `)`)? `,` " +
                    "$falseDest (`(` $falseDestOperands^ `:` type($falseDestOperands) `)`)? attr-dict")
            .Verify(op =>
                VerifySuccessorOperands(op, 0, OpValueGroups.Operands(op, "trueDestOperands")!.ToList())
                && VerifySuccessorOperands(op, 1, OpValueGroups.Operands(op, "falseDestOperands")!.ToList()))
            .Canonicalization("(anonymous namespace)::SimplifyConstCondBranchPred", BranchPatterns.SimplifyConstCondBranchPred)
            .Canonicalization("(anonymous namespace)::SimplifyPassThroughCondBranch", BranchPatterns.SimplifyPassThroughCondBranch)
            .Canonicalization("(anonymous namespace)::SimplifyCondBranchIdenticalSuccessors", BranchPatterns.SimplifyCondBranchIdenticalSuccessors)
            .Canonicalization("(anonymous namespace)::SimplifyCondBranchFromCondBranchOnSameCondition",
                BranchPatterns.SimplifyCondBranchFromCondBranchOnSameCondition)
            .Canonicalization("(anonymous namespace)::CondBranchTruthPropagation", BranchPatterns.CondBranchTruthPropagation);

        Op("switch").Counts(null, 0)
            .Operand("flag", SignlessInteger)
            .VariadicOperand("defaultOperands")
            .VariadicOperand("caseOperands")
            .OptionalProp("case_values")
            .Prop("case_operand_segments")
            .Successor("defaultDestination").Successor("caseDestinations", Arity.Variadic)
            .Trait(AttrSizedOperandSegments.Instance, Pure.Instance, IsTerminator.Instance)
            .Parser(SwitchOp.Parse)
            .Printer(SwitchOp.Print)
            .Verify(SwitchOp.Verify)
            .Canonicalization("simplifySwitchWithOnlyDefault", SwitchPatterns.SimplifySwitchWithOnlyDefault)
            .Canonicalization("dropSwitchCasesThatMatchDefault", SwitchPatterns.DropSwitchCasesThatMatchDefault)
            .Canonicalization("simplifyConstSwitchValue", SwitchPatterns.SimplifyConstSwitchValue)
            .Canonicalization("simplifyPassThroughSwitch", SwitchPatterns.SimplifyPassThroughSwitch)
            .Canonicalization("simplifySwitchFromSwitchOnSameCondition", SwitchPatterns.SimplifySwitchFromSwitchOnSameCondition)
            .Canonicalization("simplifySwitchFromDefaultSwitchOnSameCondition", SwitchPatterns.SimplifySwitchFromDefaultSwitchOnSameCondition);

        Op("assert").Counts(1, 0)
            .Operand("arg", I1)
            .Prop("msg", Str)
            .Effects(_ => [new MemoryEffect(MemoryEffectKind.Write)])
            .Parser((p, state) =>
            {
                state.Operands.Add(p.ResolveOperand(p.ParseOperand(), IntegerType.Get(p.Context, 1)));
                p.ParseComma();
                state.AddProperty("msg", p.ParseAttribute());
                p.ParseOptionalAttrDict(state.Attributes);
            })
            .Format("$arg `,` $msg attr-dict")
            .Canonicalization("cf.assert canonicalize", BranchPatterns.EraseTrueAssert);
    }

    /// <summary>`%c, ^t(%a : i32), ^f` (hand-parsed: the i1 condition type is implied).</summary>
    private static void ParseCondBr(IOpAsmParser p, OperationState state)
    {
        state.Operands.Add(p.ResolveOperand(p.ParseOperand(), IntegerType.Get(p.Context, 1)));
        p.ParseComma();
        int before = state.Operands.Count;
        state.Successors.Add(p.ParseSuccessorAndUseList(state.Operands));
        int trueCount = state.Operands.Count - before;
        p.ParseComma();
        before = state.Operands.Count;
        state.Successors.Add(p.ParseSuccessorAndUseList(state.Operands));
        int falseCount = state.Operands.Count - before;
        p.ParseOptionalAttrDict(state.Attributes);
        state.AddProperty("operandSegmentSizes", DenseArrayAttr.GetI32(p.Context, [1, trueCount, falseCount]));
    }

    /// <summary>BranchOpInterface's verifyBranchSuccessorOperands.</summary>
    internal static bool VerifySuccessorOperands(Operation op, int succ, IReadOnlyList<Value> operands)
    {
        if (succ >= op.NumSuccessors) return true;
        var dest = op.GetSuccessor(succ);
        if (operands.Count != dest.NumArguments)
        {
            op.EmitError($"branch has {operands.Count} operands for successor #{succ}, but target block has {dest.NumArguments}");
            return false;
        }
        for (int i = 0; i < operands.Count; i++)
        {
            if (!ReferenceEquals(operands[i].Type, dest.GetArgument(i).Type))
            {
                op.EmitError($"type mismatch for bb argument #{i} of successor #{succ}");
                return false;
            }
        }
        return true;
    }
}
