namespace Lce.Dialects.Pdl;

using Lce.IR;
using Lce.IR.Traits;
using D = PdlDialect;

/// <summary>Declarations of the pdl ops (PDLOps.td); syntax hooks in PdlSyntax, verifiers in PdlVerifiers.</summary>
internal static class PdlOps
{
    internal static void Define(PdlDialect dialect, Func<string, OpDefinition> op)
    {
        const string Pattern = "pdl.pattern", Rewrite = "pdl.rewrite";

        op("apply_native_constraint").Counts(null, null)
            .Prop("name", D.Str)
            .VariadicOperand("args", D.AnyPdl)
            .Prop("isNegated", D.Bool, ctx => BoolAttr.Get(ctx, false))
            .VariadicResult("results", D.AnyPdl)
            .Trait(new HasParent(Pattern))
            .Parser(PdlSyntax.ParseApplyNativeConstraint)
            .Format("$name `(` $args `:` type($args) `)` (`:` type($results)^)? attr-dict")
            .Verify(PdlVerifiers.ApplyNativeConstraint);

        op("apply_native_rewrite").Counts(null, null)
            .Prop("name", D.Str)
            .VariadicOperand("args", D.AnyPdl)
            .VariadicResult("results", D.AnyPdl)
            .Trait(new HasParent(Rewrite))
            .Parser(PdlSyntax.ParseApplyNativeRewrite)
            .Format("$name (`(` $args^ `:` type($args) `)`)? (`:` type($results)^)? attr-dict")
            .Verify(PdlVerifiers.ApplyNativeRewrite);

        op("attribute").Counts(null, 1)
            .OptionalOperand("valueType", D.PdlTypeH)
            .OptionalProp("value")
            .Result("attr", D.PdlAttr)
            .Parser(PdlSyntax.ParseAttributeOp)
            .Printer(PdlSyntax.PrintAttributeOp)
            .Verify(PdlVerifiers.Attribute);

        op("erase").Counts(1, 0)
            .Operand("opValue", D.PdlOp)
            .Trait(new HasParent(Rewrite))
            .Parser(PdlSyntax.ParseErase)
            .Format("$opValue attr-dict");

        op("operand").Counts(null, 1)
            .OptionalOperand("valueType", D.PdlTypeH)
            .Result("value", D.PdlValue)
            .Trait(new HasParent(Pattern))
            .Parser((p, s) => PdlSyntax.ParseOperandOp(p, s, PdlType.TypeHandle(p.Context), PdlType.ValueHandle(p.Context)))
            .Format("(`:` $valueType^)? attr-dict")
            .Verify(PdlVerifiers.HasBindingUse);

        op("operands").Counts(null, 1)
            .OptionalOperand("valueType", D.TypeRange)
            .Result("value", D.ValueRange)
            .Trait(new HasParent(Pattern))
            .Parser((p, s) => PdlSyntax.ParseOperandOp(p, s,
                PdlType.Range(p.Context, PdlType.TypeHandle(p.Context)), PdlType.Range(p.Context, PdlType.ValueHandle(p.Context))))
            .Format("(`:` $valueType^)? attr-dict")
            .Verify(PdlVerifiers.HasBindingUse);

        op("operation").Counts(null, 1)
            .OptionalProp("opName", D.Str)
            .VariadicOperand("operandValues", D.ValueOrRange)
            .VariadicOperand("attributeValues", D.PdlAttr)
            .Prop("attributeValueNames", D.StrArray)
            .VariadicOperand("typeValues", D.TypeOrRange)
            .Result("op", D.PdlOp)
            .Trait(AttrSizedOperandSegments.Instance)
            .Parser(PdlSyntax.ParseOperation)
            .Printer(PdlSyntax.PrintOperation)
            .Verify(PdlVerifiers.Operation);

        op("pattern").Counts(0, 0, 1)
            .Prop("benefit", D.Benefit)
            .OptionalProp(SymbolTable.SymbolAttrName, D.Str)
            .OptionalProp(SymbolTable.VisibilityAttrName, D.Str)
            .Region("bodyRegion")
            .Trait(IsolatedFromAbove.Instance, SingleBlock.Instance, OptionalSymbol.Instance)
            .DefaultDialectForRegions(PdlDialect.Name)
            .Parser(PdlSyntax.ParsePattern)
            .Printer(PdlSyntax.PrintPattern)
            .Verify(PdlVerifiers.PatternRegionCount)
            .VerifyRegions(PdlVerifiers.Pattern);

        op("range").Counts(null, 1)
            .VariadicOperand("arguments", D.AnyPdl)
            .Result("result", D.RangeOfTypeOrValue)
            .Trait(Pure.Instance, new HasParent(Rewrite))
            .Parser(PdlSyntax.ParseRange)
            .Printer(PdlSyntax.PrintRange)
            .Verify(PdlVerifiers.Range);

        op("replace").Counts(null, 0)
            .Operand("opValue", D.PdlOp)
            .OptionalOperand("replOperation", D.PdlOp)
            .VariadicOperand("replValues", D.ValueOrRange)
            .Trait(AttrSizedOperandSegments.Instance, new HasParent(Rewrite))
            .Parser(PdlSyntax.ParseReplace)
            .Format("$opValue `with` (`(` $replValues^ `:` type($replValues) `)`)? ($replOperation^)? attr-dict")
            .Verify(PdlVerifiers.Replace);

        op("result").Counts(1, 1)
            .Operand("parent", D.PdlOp)
            .Prop("index", D.I32)
            .Result("val", D.PdlValue)
            .Trait(Pure.Instance)
            .Parser(PdlSyntax.ParseResult)
            .Format("$index `of` $parent attr-dict");

        op("results").Counts(1, 1)
            .Operand("parent", D.PdlOp)
            .OptionalProp("index", D.I32)
            .Result("val", D.ValueOrRange)
            .Trait(Pure.Instance)
            .Parser(PdlSyntax.ParseResults)
            .Printer(PdlSyntax.PrintResults)
            .Verify(PdlVerifiers.Results);

        op("rewrite").Counts(null, 0, 1)
            .OptionalOperand("root", D.PdlOp)
            .OptionalProp("name", D.Str)
            .VariadicOperand("externalArgs", D.AnyPdl)
            .Region("bodyRegion")
            .Trait(IsTerminator.Instance, new HasParent(Pattern), NoTerminator.Instance, SingleBlock.Instance, AttrSizedOperandSegments.Instance)
            .DefaultDialectForRegions(PdlDialect.Name)
            .Parser(PdlSyntax.ParseRewrite)
            .Printer(PdlSyntax.PrintRewrite)
            .Verify(PdlVerifiers.RewriteNoArgs)
            .VerifyRegions(PdlVerifiers.Rewrite);

        op("type").Counts(0, 1)
            .OptionalProp("constantType", D.TypeAttrC)
            .Result("result", D.PdlTypeH)
            .Parser((p, s) => PdlSyntax.ParseTypeOp(p, s, "constantType", PdlType.TypeHandle(p.Context)))
            .Format("attr-dict (`:` $constantType^)?")
            .Verify(op => op.GetProp("constantType") is not null || PdlVerifiers.HasBindingUse(op));

        op("types").Counts(0, 1)
            .OptionalProp("constantTypes", D.TypeArray)
            .Result("result", D.TypeRange)
            .Parser((p, s) => PdlSyntax.ParseTypeOp(p, s, "constantTypes", PdlType.Range(p.Context, PdlType.TypeHandle(p.Context))))
            .Format("attr-dict (`:` $constantTypes^)?")
            .Verify(op => op.GetProp("constantTypes") is not null || PdlVerifiers.HasBindingUse(op));
    }
}
