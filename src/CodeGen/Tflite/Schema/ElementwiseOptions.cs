using Lce.Serialization.CustomOptions;
using Lce.Serialization.FlatBuffers;

namespace Lce.CodeGen.Tflite.Schema;

public sealed record AddOptions(TfliteActivation FusedActivationFunction, bool PotScaleInt16 = true) : BuiltinOptions
{
    public override BuiltinOptionsType Type => BuiltinOptionsType.AddOptions;

    internal override FlatOffset Write(FlatBufferBuilder b)
    {
        b.StartTable(2);
        Add(b, 0, FusedActivationFunction);
        b.AddBool(1, PotScaleInt16, true);
        return b.EndTable();
    }

    internal static AddOptions Read(FlatTable t) => new(ReadActivation(t, 0), t.GetBool(1, true));
}

public sealed record SubOptions(TfliteActivation FusedActivationFunction, bool PotScaleInt16 = true) : BuiltinOptions
{
    public override BuiltinOptionsType Type => BuiltinOptionsType.SubOptions;

    internal override FlatOffset Write(FlatBufferBuilder b)
    {
        b.StartTable(2);
        Add(b, 0, FusedActivationFunction);
        b.AddBool(1, PotScaleInt16, true);
        return b.EndTable();
    }

    internal static SubOptions Read(FlatTable t) => new(ReadActivation(t, 0), t.GetBool(1, true));
}

public sealed record MulOptions(TfliteActivation FusedActivationFunction) : BuiltinOptions
{
    public override BuiltinOptionsType Type => BuiltinOptionsType.MulOptions;

    internal override FlatOffset Write(FlatBufferBuilder b)
    {
        b.StartTable(1);
        Add(b, 0, FusedActivationFunction);
        return b.EndTable();
    }

    internal static MulOptions Read(FlatTable t) => new(ReadActivation(t, 0));
}

public sealed record DivOptions(TfliteActivation FusedActivationFunction) : BuiltinOptions
{
    public override BuiltinOptionsType Type => BuiltinOptionsType.DivOptions;

    internal override FlatOffset Write(FlatBufferBuilder b)
    {
        b.StartTable(1);
        Add(b, 0, FusedActivationFunction);
        return b.EndTable();
    }

    internal static DivOptions Read(FlatTable t) => new(ReadActivation(t, 0));
}

public sealed record ConcatenationOptions(int Axis, TfliteActivation FusedActivationFunction) : BuiltinOptions
{
    public override BuiltinOptionsType Type => BuiltinOptionsType.ConcatenationOptions;

    internal override FlatOffset Write(FlatBufferBuilder b)
    {
        b.StartTable(2);
        b.AddScalar(0, Axis, 0);
        Add(b, 1, FusedActivationFunction);
        return b.EndTable();
    }

    internal static ConcatenationOptions Read(FlatTable t) => new(t.Get(0, 0), ReadActivation(t, 1));
}

public sealed record SoftmaxOptions(float Beta) : BuiltinOptions
{
    public override BuiltinOptionsType Type => BuiltinOptionsType.SoftmaxOptions;

    internal override FlatOffset Write(FlatBufferBuilder b)
    {
        b.StartTable(1);
        b.AddScalar(0, Beta, 0f);
        return b.EndTable();
    }

    internal static SoftmaxOptions Read(FlatTable t) => new(t.Get(0, 0f));
}

/// <summary>Options of MEAN, SUM, REDUCE_MAX, ...</summary>
public sealed record ReducerOptions(bool KeepDims) : BuiltinOptions
{
    public override BuiltinOptionsType Type => BuiltinOptionsType.ReducerOptions;

    internal override FlatOffset Write(FlatBufferBuilder b)
    {
        b.StartTable(1);
        b.AddBool(0, KeepDims);
        return b.EndTable();
    }

    internal static ReducerOptions Read(FlatTable t) => new(t.GetBool(0));
}

/// <summary>RESHAPE's options; <see cref="NewShape"/> null = absent (the shape comes from the second input).</summary>
public sealed record ReshapeOptions(IReadOnlyList<int>? NewShape) : BuiltinOptions
{
    public override BuiltinOptionsType Type => BuiltinOptionsType.ReshapeOptions;

    internal override FlatOffset Write(FlatBufferBuilder b)
    {
        var shape = NewShape is null ? FlatOffset.Null : b.CreateVector<int>(NewShape.ToArray());
        b.StartTable(1);
        b.AddOffset(0, shape);
        return b.EndTable();
    }

    internal static ReshapeOptions Read(FlatTable t) => new(t.GetVector<int>(0) is { IsPresent: true } v ? v.ToArray() : null);

    public bool Equals(ReshapeOptions? other) => other is not null &&
        (NewShape is null ? other.NewShape is null : other.NewShape is not null && NewShape.SequenceEqual(other.NewShape));

    public override int GetHashCode() => NewShape?.Count ?? -1;
}

public sealed record SqueezeOptions(IReadOnlyList<int> SqueezeDims) : BuiltinOptions
{
    public override BuiltinOptionsType Type => BuiltinOptionsType.SqueezeOptions;

    internal override FlatOffset Write(FlatBufferBuilder b)
    {
        var dims = SqueezeDims.Count == 0 ? FlatOffset.Null : b.CreateVector<int>(SqueezeDims.ToArray());
        b.StartTable(1);
        b.AddOffset(0, dims);
        return b.EndTable();
    }

    internal static SqueezeOptions Read(FlatTable t) => new(t.GetVector<int>(0).ToArray());

    public bool Equals(SqueezeOptions? other) => other is not null && SqueezeDims.SequenceEqual(other.SqueezeDims);

    public override int GetHashCode() => SqueezeDims.Count;
}

public sealed record CastOptions(TensorType InDataType, TensorType OutDataType) : BuiltinOptions
{
    public override BuiltinOptionsType Type => BuiltinOptionsType.CastOptions;

    internal override FlatOffset Write(FlatBufferBuilder b)
    {
        b.StartTable(2);
        Add(b, 0, InDataType);
        Add(b, 1, OutDataType);
        return b.EndTable();
    }

    internal static CastOptions Read(FlatTable t) => new((TensorType)t.Get<sbyte>(0, 0), (TensorType)t.Get<sbyte>(1, 0));
}
