namespace Lce.IR.Conversion;

using Lce.IR.Rewrite;

/// <summary>When the driver tries to fold an op that is not legal (MLIR's DialectConversionFoldingMode).</summary>
public enum ConversionFoldingMode
{
    Never,
    /// <summary>Fold first, apply patterns if folding fails (MLIR's default).</summary>
    BeforePatterns,
    /// <summary>Apply patterns first, fold only if no pattern legalized the op.</summary>
    AfterPatterns,
}

/// <summary>Options of a dialect conversion (MLIR's ConversionConfig).</summary>
public sealed class ConversionConfig
{
    /// <summary>Receives the reasons patterns gave for not applying (NotifyMatchFailure) and failed pattern attempts.</summary>
    public Action<Diagnostic>? NotifyCallback { get; set; }

    /// <summary>Partial conversion: collects the ops that could not be legalized.</summary>
    public HashSet<Operation>? UnlegalizedOps { get; set; }

    /// <summary>Analysis conversion: collects the (original) ops that could be legalized.</summary>
    public HashSet<Operation>? LegalizableOps { get; set; }

    /// <summary>
    /// Told about every IR change once the conversion is known to succeed (notifications are
    /// delayed until then; a failed conversion reports nothing but pattern begin/end).
    /// </summary>
    public IRewriterListener? Listener { get; set; }

    /// <summary>
    /// Replace the casts left at the end by the type converter's materializations (failing if
    /// none applies); when false the `builtin.unrealized_conversion_cast` ops stay in the IR.
    /// </summary>
    public bool BuildMaterializations { get; set; } = true;

    /// <summary>
    /// Undo the changes of patterns that fail after changing IR or produce IR that cannot be
    /// legalized. When false such a pattern is a programming error (an exception), and a failed
    /// conversion leaves the IR as far as it got.
    /// </summary>
    public bool AllowPatternRollback { get; set; } = true;

    public ConversionFoldingMode FoldingMode { get; set; } = ConversionFoldingMode.BeforePatterns;
}
