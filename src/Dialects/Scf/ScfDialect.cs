namespace Lce.Dialects.Scf;

using Lce.IR;
using Lce.IR.Traits;

/// <summary>
/// The `scf` dialect of MLIR 22: `scf.for`, `scf.if`, `scf.while`, `scf.execute_region`,
/// `scf.index_switch` and their terminators `scf.yield` and `scf.condition`, with MLIR's
/// folders and canonicalization patterns (op-specific ones first, then the generic
/// RegionBranchOpInterface patterns, in MLIR's registration order). Regions declared with
/// SingleBlockImplicitTerminator get their `scf.yield` inserted by the parser when the body
/// does not end with a terminator, and the printers omit it where MLIR does.
/// </summary>
public sealed class ScfDialect : Dialect
{
    public const string Name = "scf";
    public override string Namespace => Name;

    /// <summary>The dialect's ops and regions may all be inlined (as MLIR's inliner interface for it).</summary>
    public override DialectInlinerInterface InlinerInterface { get; } = new ScfInlinerInterface();

    internal static readonly TypeConstraint I1 = new("1-bit signless integer", t => TypeUtil.IsSignlessInteger(t, 1));
    internal static readonly TypeConstraint AnyIntOrIndex = new("signless integer or index", t => t is IndexType || TypeUtil.IsSignlessInteger(t));
    internal static readonly TypeConstraint IndexOnly = new("index", t => t is IndexType);
    internal static readonly AttrConstraint DenseI64Array = new("i64 dense array attribute",
        a => a is DenseArrayAttr { ElementType: IntegerType { Width: 64 } });
    internal static readonly AttrConstraint Unit = new("unit attribute", a => a is UnitAttr);

    protected override void Define()
    {
        var implicitYield = new SingleBlockImplicitTerminator(ScfOps.YieldName);

        Op("for").Counts(null, null, 1)
            .Operand("lowerBound", AnyIntOrIndex).Operand("upperBound", AnyIntOrIndex).Operand("step", AnyIntOrIndex)
            .VariadicOperand("initArgs")
            .OptionalProp("unsignedCmp", Unit)
            .VariadicResult("results")
            .Region("region")
            .Trait(AutomaticAllocationScope.Instance, implicitYield, SingleBlock.Instance, RecursiveMemoryEffects.Instance)
            .Parser(ForOp.Parse)
            .Printer(ForOp.Print)
            .Verify(ForOp.Verify)
            .VerifyRegions(ForOp.VerifyRegions)
            .Canonicalization("(anonymous namespace)::SimplifyTrivialLoops", ForPatterns.SimplifyTrivialLoops)
            .Canonicalization(set => RegionBranchPatterns.Add(set, "scf.for"));

        Op("if").Counts(1, null, 2)
            .Operand("condition", I1)
            .VariadicResult("results")
            .Region("thenRegion").Region("elseRegion")
            .Trait(implicitYield, SingleBlock.Instance, RecursiveMemoryEffects.Instance)
            .Parser(IfOp.Parse)
            .Printer(IfOp.Print)
            .Verify(IfOp.Verify)
            .VerifyRegions(op => ScfOps.VerifyImplicitTerminators(op) && ScfOps.VerifyYieldsToParent(op, [0, 1]))
            .Fold(IfPatterns.Fold)
            .Canonicalization("(anonymous namespace)::CombineIfs", IfCombinePatterns.CombineIfs)
            .Canonicalization("(anonymous namespace)::CombineNestedIfs", IfCombinePatterns.CombineNestedIfs)
            .Canonicalization("(anonymous namespace)::ConditionPropagation", IfPatterns.ConditionPropagation)
            .Canonicalization("(anonymous namespace)::ConvertTrivialIfToSelect", IfPatterns.ConvertTrivialIfToSelect)
            .Canonicalization("(anonymous namespace)::RemoveEmptyElseBranch", IfCombinePatterns.RemoveEmptyElseBranch)
            .Canonicalization("(anonymous namespace)::RemoveStaticCondition", IfPatterns.RemoveStaticCondition)
            .Canonicalization("(anonymous namespace)::ReplaceIfYieldWithConditionOrValue", IfPatterns.ReplaceIfYieldWithConditionOrValue)
            .Canonicalization(set => RegionBranchPatterns.Add(set, "scf.if"));

        Op("while").Counts(null, null, 2)
            .VariadicOperand("inits")
            .VariadicResult("results")
            .Region("before").Region("after")
            .Trait(RecursiveMemoryEffects.Instance)
            .Parser(WhileOp.Parse)
            .Printer(WhileOp.Print)
            .Verify(WhileOp.Verify)
            .VerifyRegions(RegionBranchVerifier.Verify)
            .Canonicalization("(anonymous namespace)::WhileConditionTruth", WhilePatterns.WhileConditionTruth)
            .Canonicalization("(anonymous namespace)::WhileCmpCond", WhilePatterns.WhileCmpCond)
            .Canonicalization("(anonymous namespace)::WhileOpAlignBeforeArgs", WhilePatterns.WhileOpAlignBeforeArgs)
            .Canonicalization("(anonymous namespace)::WhileMoveIfDown", WhilePatterns.WhileMoveIfDown)
            .Canonicalization(set => RegionBranchPatterns.Add(set, "scf.while"));

        Op("execute_region").Counts(0, null, 1)
            .VariadicResult("results")
            .OptionalProp("no_inline", Unit)
            .Region("region")
            .Trait(RecursiveMemoryEffects.Instance)
            .Parser(ExecuteRegionOp.Parse)
            .Printer(ExecuteRegionOp.Print)
            .Verify(ExecuteRegionOp.Verify)
            .VerifyRegions(op => ScfOps.VerifyYieldsToParent(op, [0]))
            .Canonicalization("SingleBlockExecuteInliner", ExecuteRegionPatterns.SingleBlockInliner)
            .Canonicalization("MultiBlockExecuteInliner", ExecuteRegionPatterns.MultiBlockInliner)
            .Canonicalization(set => RegionBranchPatterns.Add(set, "scf.execute_region"));

        Op("index_switch").Counts(1, null, null)
            .Operand("arg", IndexOnly)
            .Prop("cases", DenseI64Array)
            .VariadicResult("results")
            .Region("defaultRegion").Region("caseRegions", Arity.Variadic)
            .Trait(RecursiveMemoryEffects.Instance)
            .Parser(IndexSwitchOp.Parse)
            .Printer(IndexSwitchOp.Print)
            .Verify(IndexSwitchOp.Verify)
            .Canonicalization("FoldConstantCase", IndexSwitchOp.FoldConstantCase)
            .Canonicalization(set => RegionBranchPatterns.Add(set, IndexSwitchOp.Name));

        Op("yield").Counts(null, 0)
            .VariadicOperand("results")
            .Trait(Pure.Instance, ReturnLike.Instance, IsTerminator.Instance,
                new HasParent("scf.execute_region", "scf.for", "scf.if", "scf.index_switch", "scf.while"))
            .Format("attr-dict ($results^ `:` type($results))?");

        Op("condition").Counts(null, 0)
            .Operand("condition", I1)
            .VariadicOperand("args")
            .Trait(Pure.Instance, IsTerminator.Instance, new HasParent("scf.while"))
            .Parser(ScfOps.ParseCondition)
            .Format("`(` $condition `)` attr-dict ($args^ `:` type($args))?");
    }
}
