namespace Lce.CodeGen.Tflite.Schema;

/// <summary>A <c>SubGraph</c>: tensors, operators in execution order, and which tensors are its inputs and outputs.</summary>
public sealed record SubGraph
{
    public IReadOnlyList<Tensor> Tensors { get; init; } = [];
    public IReadOnlyList<int> Inputs { get; init; } = [];
    public IReadOnlyList<int> Outputs { get; init; } = [];
    public IReadOnlyList<Operator> Operators { get; init; } = [];
    public string? Name { get; init; }
    public int DebugMetadataIndex { get; init; } = -1;
}

/// <summary>
/// A <c>Tensor</c>. <see cref="Buffer"/> indexes <see cref="TfliteModel.Buffers"/> (0 = no data).
/// Sparsity and variant sub-types are not modelled: the reader reports whether they were present.
/// </summary>
public sealed record Tensor
{
    public IReadOnlyList<int> Shape { get; init; } = [];
    public TensorType Type { get; init; }
    public uint Buffer { get; init; }
    public string? Name { get; init; }
    public QuantizationParameters? Quantization { get; init; }
    public bool IsVariable { get; init; }
    /// <summary>The shape with -1 for dynamic dimensions; null when absent (all static).</summary>
    public IReadOnlyList<int>? ShapeSignature { get; init; }
    public bool HasRank { get; init; }
    /// <summary>Set by the reader when the file had <c>sparsity</c> (not modelled, not written).</summary>
    public bool HasSparsity { get; init; }
    /// <summary>Set by the reader when the file had <c>variant_tensors</c> (not modelled, not written).</summary>
    public bool HasVariantTensors { get; init; }
}

/// <summary>
/// <c>QuantizationParameters</c>: per-tensor (one scale/zero point) or per-axis along
/// <see cref="QuantizedDimension"/>; real = scale × (q − zero_point). Custom quantization
/// details are kept as raw bytes; other detail kinds as their tag only.
/// </summary>
public sealed record QuantizationParameters
{
    public IReadOnlyList<float> Min { get; init; } = [];
    public IReadOnlyList<float> Max { get; init; } = [];
    public IReadOnlyList<float> Scale { get; init; } = [];
    public IReadOnlyList<long> ZeroPoint { get; init; } = [];
    public QuantizationDetailsType DetailsType { get; init; }
    public ReadOnlyMemory<byte> CustomDetails { get; init; }
    public int QuantizedDimension { get; init; }
}

/// <summary>
/// An <c>Operator</c>: an index into <see cref="TfliteModel.OperatorCodes"/>, input and output
/// tensor indices (-1 for an omitted optional input), and its options: a builtin options table,
/// or for custom ops FlexBuffers bytes.
/// </summary>
public sealed record Operator
{
    public uint OpcodeIndex { get; init; }
    public IReadOnlyList<int> Inputs { get; init; } = [];
    public IReadOnlyList<int> Outputs { get; init; } = [];
    public BuiltinOptions? BuiltinOptions { get; init; }
    public ReadOnlyMemory<byte> CustomOptions { get; init; }
    /// <summary>Whether <c>custom_options</c> was present (an empty vector is present).</summary>
    public bool HasCustomOptions { get; init; }
    public CustomOptionsFormat CustomOptionsFormat { get; init; }
    public IReadOnlyList<bool> MutatingVariableInputs { get; init; } = [];
    public IReadOnlyList<int> Intermediates { get; init; } = [];
    public ulong LargeCustomOptionsOffset { get; init; }
    public ulong LargeCustomOptionsSize { get; init; }
    /// <summary>The tag of <c>builtin_options_2</c> (StableHLO options; not modelled, not written).</summary>
    public byte BuiltinOptions2Type { get; init; }
    public int DebugMetadataIndex { get; init; } = -1;
}
