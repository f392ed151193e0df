namespace Lce.CodeGen.Tflite.Schema;

/// <summary>
/// A TFLite model (the schema's root table <c>Model</c>) as plain data: what the exporter writes
/// and the reader returns. Buffer data and custom options are memory views (over the file when
/// read, over the IR's constants when written), never copies. Defaults equal the schema's.
/// </summary>
public sealed record TfliteModel
{
    /// <summary>The schema version; the runtime accepts only 3.</summary>
    public uint Version { get; init; } = 3;
    public IReadOnlyList<OperatorCode> OperatorCodes { get; init; } = [];
    public IReadOnlyList<SubGraph> Subgraphs { get; init; } = [];
    public string? Description { get; init; }
    public IReadOnlyList<TfliteBuffer> Buffers { get; init; } = [];
    /// <summary>Deprecated in favour of <see cref="Metadata"/>; kept for reading old files.</summary>
    public IReadOnlyList<int> MetadataBuffer { get; init; } = [];
    public IReadOnlyList<Metadata> Metadata { get; init; } = [];
    public IReadOnlyList<SignatureDef> SignatureDefs { get; init; } = [];
}

/// <summary>
/// A <c>Buffer</c>: the raw little-endian bytes of a constant tensor (empty for tensors without
/// data; buffer 0 is the empty sentinel by convention). <see cref="Offset"/>/<see cref="Size"/>
/// locate data stored after the FlatBuffer (schema 3d, for models over 2 GB); 0 when unused.
/// </summary>
public sealed record TfliteBuffer
{
    public ReadOnlyMemory<byte> Data { get; init; }
    public ulong Offset { get; init; }
    public ulong Size { get; init; }

    public static TfliteBuffer Empty { get; } = new();
}

/// <summary>A named metadata entry pointing at a buffer (e.g. <c>min_runtime_version</c>).</summary>
public sealed record Metadata(string? Name, uint Buffer);

/// <summary>A <c>TensorMap</c>: a signature's name for a tensor of its subgraph.</summary>
public sealed record TensorMap(string? Name, uint TensorIndex);

/// <summary>A <c>SignatureDef</c>: named inputs and outputs of one subgraph (e.g. <c>serving_default</c>).</summary>
public sealed record SignatureDef
{
    public IReadOnlyList<TensorMap> Inputs { get; init; } = [];
    public IReadOnlyList<TensorMap> Outputs { get; init; } = [];
    public string? SignatureKey { get; init; }
    public uint SubgraphIndex { get; init; }
}

/// <summary>
/// An <c>OperatorCode</c>. Codes above 126 live only in <see cref="BuiltinCode"/> with
/// <see cref="DeprecatedBuiltinCode"/> = 127 (PLACEHOLDER_FOR_GREATER_OP_CODES); older files carry
/// only the deprecated byte, so the effective code is the larger of the two (as TFLite reads it).
/// </summary>
public sealed record OperatorCode
{
    public sbyte DeprecatedBuiltinCode { get; init; }
    public string? CustomCode { get; init; }
    public int Version { get; init; } = 1;
    public BuiltinOperator BuiltinCode { get; init; }

    public const sbyte PlaceholderForGreaterOpCodes = 127;

    /// <summary>The operator code as TFLite's runtime computes it.</summary>
    public BuiltinOperator EffectiveCode => (BuiltinOperator)Math.Max((int)BuiltinCode, DeprecatedBuiltinCode);

    /// <summary>A builtin operator code with both fields set as current converters write them.</summary>
    public static OperatorCode Builtin(BuiltinOperator code, int version) => new()
    {
        DeprecatedBuiltinCode = (sbyte)Math.Min((int)code, PlaceholderForGreaterOpCodes),
        BuiltinCode = code,
        Version = version,
    };

    /// <summary>A custom operator code (<c>CUSTOM</c> with its name).</summary>
    public static OperatorCode Custom(string customCode, int version = 1) =>
        Builtin(BuiltinOperator.Custom, version) with { CustomCode = customCode };
}
