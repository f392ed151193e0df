using Lce.Serialization.CustomOptions;
using Lce.Serialization.FlatBuffers;

namespace Lce.CodeGen.Tflite.Schema;

/// <summary>
/// A member of the <c>BuiltinOptions</c> union: the options table of a builtin operator. Each
/// record writes and reads its own fields with the schema's field ids and defaults.
/// </summary>
public abstract record BuiltinOptions
{
    public abstract BuiltinOptionsType Type { get; }

    /// <summary>Writes the table (children first) and returns it.</summary>
    internal abstract FlatOffset Write(FlatBufferBuilder b);

    /// <summary>The options of union tag <paramref name="type"/> read from <paramref name="t"/>; tags not modelled keep the table view.</summary>
    public static BuiltinOptions Read(BuiltinOptionsType type, FlatTable t) => type switch
    {
        BuiltinOptionsType.Conv2DOptions => Conv2DOptions.Read(t),
        BuiltinOptionsType.DepthwiseConv2DOptions => DepthwiseConv2DOptions.Read(t),
        BuiltinOptionsType.Pool2DOptions => Pool2DOptions.Read(t),
        BuiltinOptionsType.FullyConnectedOptions => FullyConnectedOptions.Read(t),
        BuiltinOptionsType.AddOptions => AddOptions.Read(t),
        BuiltinOptionsType.SubOptions => SubOptions.Read(t),
        BuiltinOptionsType.MulOptions => MulOptions.Read(t),
        BuiltinOptionsType.DivOptions => DivOptions.Read(t),
        BuiltinOptionsType.ConcatenationOptions => ConcatenationOptions.Read(t),
        BuiltinOptionsType.SoftmaxOptions => SoftmaxOptions.Read(t),
        BuiltinOptionsType.ReducerOptions => ReducerOptions.Read(t),
        BuiltinOptionsType.ReshapeOptions => ReshapeOptions.Read(t),
        BuiltinOptionsType.SqueezeOptions => SqueezeOptions.Read(t),
        BuiltinOptionsType.CastOptions => CastOptions.Read(t),
        _ when EmptyOptions.Types.Contains(type) => new EmptyOptions(type),
        _ => new OpaqueOptions(type, t),
    };

    // Enum-typed fields are one byte in the schema.
    internal static TflitePadding ReadPadding(FlatTable t, int slot) => (TflitePadding)t.Get<sbyte>(slot, 0);
    internal static TfliteActivation ReadActivation(FlatTable t, int slot) => (TfliteActivation)t.Get<sbyte>(slot, 0);
    internal static void Add(FlatBufferBuilder b, int slot, TflitePadding v) => b.AddScalar<sbyte>(slot, (sbyte)v, 0);
    internal static void Add(FlatBufferBuilder b, int slot, TfliteActivation v) => b.AddScalar<sbyte>(slot, (sbyte)v, 0);
    internal static void Add(FlatBufferBuilder b, int slot, TensorType v) => b.AddScalar<sbyte>(slot, (sbyte)v, 0);
}

/// <summary>Options tables without fields (TransposeOptions, PadOptions, QuantizeOptions, ...): only the tag matters.</summary>
public sealed record EmptyOptions(BuiltinOptionsType OptionsType) : BuiltinOptions
{
    /// <summary>The field-less option tables of the operators the exporter writes.</summary>
    public static IReadOnlySet<BuiltinOptionsType> Types { get; } = new HashSet<BuiltinOptionsType>
    {
        BuiltinOptionsType.TransposeOptions, BuiltinOptionsType.PadOptions, BuiltinOptionsType.PadV2Options,
        BuiltinOptionsType.QuantizeOptions, BuiltinOptionsType.DequantizeOptions, BuiltinOptionsType.SelectOptions,
        BuiltinOptionsType.SelectV2Options, BuiltinOptionsType.MaximumMinimumOptions, BuiltinOptionsType.SignOptions,
        BuiltinOptionsType.BroadcastToOptions, BuiltinOptionsType.GreaterEqualOptions, BuiltinOptionsType.LessEqualOptions,
    };

    public override BuiltinOptionsType Type => OptionsType;

    internal override FlatOffset Write(FlatBufferBuilder b)
    {
        b.StartTable(0);
        return b.EndTable();
    }
}

/// <summary>An options table of a kind not modelled here: its tag and a view of the table (read only).</summary>
public sealed record OpaqueOptions(BuiltinOptionsType OptionsType, FlatTable Table) : BuiltinOptions
{
    public override BuiltinOptionsType Type => OptionsType;

    internal override FlatOffset Write(FlatBufferBuilder b) =>
        throw new NotSupportedException($"{OptionsType} options are not modelled and cannot be written");
}

public sealed record Conv2DOptions(TflitePadding Padding, int StrideW, int StrideH, TfliteActivation FusedActivationFunction,
    int DilationWFactor = 1, int DilationHFactor = 1, TensorType QuantizedBiasType = TensorType.Float32) : BuiltinOptions
{
    public override BuiltinOptionsType Type => BuiltinOptionsType.Conv2DOptions;

    internal override FlatOffset Write(FlatBufferBuilder b)
    {
        b.StartTable(7);
        Add(b, 0, Padding);
        b.AddScalar(1, StrideW, 0);
        b.AddScalar(2, StrideH, 0);
        Add(b, 3, FusedActivationFunction);
        b.AddScalar(4, DilationWFactor, 1);
        b.AddScalar(5, DilationHFactor, 1);
        Add(b, 6, QuantizedBiasType);
        return b.EndTable();
    }

    internal static Conv2DOptions Read(FlatTable t) => new(ReadPadding(t, 0), t.Get(1, 0), t.Get(2, 0), ReadActivation(t, 3),
        t.Get(4, 1), t.Get(5, 1), (TensorType)t.Get<sbyte>(6, 0));
}

public sealed record DepthwiseConv2DOptions(TflitePadding Padding, int StrideW, int StrideH, int DepthMultiplier,
    TfliteActivation FusedActivationFunction, int DilationWFactor = 1, int DilationHFactor = 1) : BuiltinOptions
{
    public override BuiltinOptionsType Type => BuiltinOptionsType.DepthwiseConv2DOptions;

    internal override FlatOffset Write(FlatBufferBuilder b)
    {
        b.StartTable(7);
        Add(b, 0, Padding);
        b.AddScalar(1, StrideW, 0);
        b.AddScalar(2, StrideH, 0);
        b.AddScalar(3, DepthMultiplier, 0);
        Add(b, 4, FusedActivationFunction);
        b.AddScalar(5, DilationWFactor, 1);
        b.AddScalar(6, DilationHFactor, 1);
        return b.EndTable();
    }

    internal static DepthwiseConv2DOptions Read(FlatTable t) => new(ReadPadding(t, 0), t.Get(1, 0), t.Get(2, 0), t.Get(3, 0),
        ReadActivation(t, 4), t.Get(5, 1), t.Get(6, 1));
}

public sealed record Pool2DOptions(TflitePadding Padding, int StrideW, int StrideH, int FilterWidth, int FilterHeight,
    TfliteActivation FusedActivationFunction) : BuiltinOptions
{
    public override BuiltinOptionsType Type => BuiltinOptionsType.Pool2DOptions;

    internal override FlatOffset Write(FlatBufferBuilder b)
    {
        b.StartTable(6);
        Add(b, 0, Padding);
        b.AddScalar(1, StrideW, 0);
        b.AddScalar(2, StrideH, 0);
        b.AddScalar(3, FilterWidth, 0);
        b.AddScalar(4, FilterHeight, 0);
        Add(b, 5, FusedActivationFunction);
        return b.EndTable();
    }

    internal static Pool2DOptions Read(FlatTable t) => new(ReadPadding(t, 0), t.Get(1, 0), t.Get(2, 0), t.Get(3, 0), t.Get(4, 0), ReadActivation(t, 5));
}

public sealed record FullyConnectedOptions(TfliteActivation FusedActivationFunction,
    FullyConnectedWeightsFormat WeightsFormat = FullyConnectedWeightsFormat.Default, bool KeepNumDims = false,
    bool AsymmetricQuantizeInputs = false, TensorType QuantizedBiasType = TensorType.Float32) : BuiltinOptions
{
    public override BuiltinOptionsType Type => BuiltinOptionsType.FullyConnectedOptions;

    internal override FlatOffset Write(FlatBufferBuilder b)
    {
        b.StartTable(5);
        Add(b, 0, FusedActivationFunction);
        b.AddScalar<sbyte>(1, (sbyte)WeightsFormat, 0);
        b.AddBool(2, KeepNumDims);
        b.AddBool(3, AsymmetricQuantizeInputs);
        Add(b, 4, QuantizedBiasType);
        return b.EndTable();
    }

    internal static FullyConnectedOptions Read(FlatTable t) => new(ReadActivation(t, 0), (FullyConnectedWeightsFormat)t.Get<sbyte>(1, 0),
        t.GetBool(2), t.GetBool(3), (TensorType)t.Get<sbyte>(4, 0));
}
