namespace Lce.IR.Conversion;

using Lce.IR.Rewrite;

/// <summary>
/// A pattern for dialect conversions (MLIR's ConversionPattern): it receives the op's operands
/// already remapped to their replacements (the adaptor), converted to the types of its type
/// converter when it has one. Override the 1:1 form, or the 1:N form to see operands that were
/// replaced by several values. Only usable with the conversion drivers.
/// </summary>
public abstract class ConversionPattern : RewritePattern
{
    protected ConversionPattern(string? rootName, int benefit = 1, IReadOnlyList<string>? generatedOps = null)
        : base(rootName, benefit, generatedOps) { }

    protected ConversionPattern(TypeConverter? typeConverter, string? rootName, int benefit = 1, IReadOnlyList<string>? generatedOps = null)
        : base(rootName, benefit, generatedOps) { TypeConverter = typeConverter; }

    /// <summary>The converter operands are remapped with, or null for a pattern that does not convert types.</summary>
    public TypeConverter? TypeConverter { get; }

    /// <summary>Rewrites <paramref name="op"/> given one replacement value per operand.</summary>
    public virtual bool MatchAndRewrite(Operation op, IReadOnlyList<Value> operands, ConversionPatternRewriter rewriter) =>
        throw new NotImplementedException($"pattern '{DebugName}' implements no matchAndRewrite");

    /// <summary>Rewrites <paramref name="op"/> given the values that replace each operand (1:N). By default forwards to the 1:1 form.</summary>
    public virtual bool MatchAndRewrite(Operation op, IReadOnlyList<IReadOnlyList<Value>> operands, ConversionPatternRewriter rewriter)
    {
        var oneToOne = new Value[operands.Count];
        for (int i = 0; i < operands.Count; i++)
        {
            if (operands[i].Count != 1)
                return rewriter.NotifyMatchFailure(op, $"pattern '{DebugName}' does not support 1:N conversion");
            oneToOne[i] = operands[i][0];
        }
        return MatchAndRewrite(op, oneToOne, rewriter);
    }

    public sealed override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        if (rewriter is not ConversionPatternRewriter conversion)
            throw new InvalidOperationException($"conversion pattern '{DebugName}' can only be applied by a dialect conversion driver");
        var impl = conversion.Impl;
        var saved = impl.CurrentTypeConverter;
        impl.CurrentTypeConverter = TypeConverter;
        try
        {
            var remapped = new List<ValueVector>(op.NumOperands);
            if (!impl.RemapValues("operand", op.Location, op.Operands.ToList(), remapped)) return false;
            return MatchAndRewrite(op, remapped.Select(v => v.Values).ToList(), conversion);
        }
        finally
        {
            impl.CurrentTypeConverter = saved;
        }
    }

    /// <summary>A 1:1 conversion pattern from a delegate.</summary>
    public static ConversionPattern Create(string? rootName, Func<Operation, IReadOnlyList<Value>, ConversionPatternRewriter, bool> rewrite,
        TypeConverter? typeConverter = null, int benefit = 1, string? debugName = null, IReadOnlyList<string>? generatedOps = null) =>
        new DelegatePattern(rootName, typeConverter, benefit, generatedOps, rewrite, null) { DebugName = debugName ?? rootName ?? "anonymous" };

    /// <summary>A 1:N conversion pattern from a delegate.</summary>
    public static ConversionPattern CreateOneToN(string? rootName, Func<Operation, IReadOnlyList<IReadOnlyList<Value>>, ConversionPatternRewriter, bool> rewrite,
        TypeConverter? typeConverter = null, int benefit = 1, string? debugName = null, IReadOnlyList<string>? generatedOps = null) =>
        new DelegatePattern(rootName, typeConverter, benefit, generatedOps, null, rewrite) { DebugName = debugName ?? rootName ?? "anonymous" };

    private sealed class DelegatePattern : ConversionPattern
    {
        private readonly Func<Operation, IReadOnlyList<Value>, ConversionPatternRewriter, bool>? _oneToOne;
        private readonly Func<Operation, IReadOnlyList<IReadOnlyList<Value>>, ConversionPatternRewriter, bool>? _oneToN;

        public DelegatePattern(string? rootName, TypeConverter? converter, int benefit, IReadOnlyList<string>? generated,
            Func<Operation, IReadOnlyList<Value>, ConversionPatternRewriter, bool>? oneToOne,
            Func<Operation, IReadOnlyList<IReadOnlyList<Value>>, ConversionPatternRewriter, bool>? oneToN)
            : base(converter, rootName, benefit, generated)
        {
            _oneToOne = oneToOne;
            _oneToN = oneToN;
        }

        public override bool MatchAndRewrite(Operation op, IReadOnlyList<Value> operands, ConversionPatternRewriter rewriter) =>
            _oneToOne!(op, operands, rewriter);

        public override bool MatchAndRewrite(Operation op, IReadOnlyList<IReadOnlyList<Value>> operands, ConversionPatternRewriter rewriter) =>
            _oneToN is not null ? _oneToN(op, operands, rewriter) : base.MatchAndRewrite(op, operands, rewriter);
    }
}
