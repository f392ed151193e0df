using Lce.Serialization.FlexBuffers;

namespace Lce.Tests.Serialization.FlexBuffers;

/// <summary>
/// A FlexBuffers value as the tests describe it independently of the encoding: what to push on the
/// builder (<see cref="Emit"/>) and what the reader must give back (<see cref="FlexModelChecker"/>).
/// </summary>
public abstract record FlexModel
{
    public abstract void Emit(FlexBufferBuilder b);
}

public sealed record MNull : FlexModel { public override void Emit(FlexBufferBuilder b) => b.Null(); }

public sealed record MBool(bool Value) : FlexModel { public override void Emit(FlexBufferBuilder b) => b.Bool(Value); }

public sealed record MInt(long Value, bool Indirect) : FlexModel
{
    public override void Emit(FlexBufferBuilder b) { if (Indirect) b.IndirectInt(Value); else b.Int(Value); }
}

public sealed record MUInt(ulong Value, bool Indirect) : FlexModel
{
    public override void Emit(FlexBufferBuilder b) { if (Indirect) b.IndirectUInt(Value); else b.UInt(Value); }
}

public sealed record MFloat(float Value, bool Indirect) : FlexModel
{
    public override void Emit(FlexBufferBuilder b) { if (Indirect) b.IndirectFloat(Value); else b.Float(Value); }
}

public sealed record MDouble(double Value, bool Indirect) : FlexModel
{
    public override void Emit(FlexBufferBuilder b) { if (Indirect) b.IndirectDouble(Value); else b.Double(Value); }
}

public sealed record MString(byte[] Bytes) : FlexModel { public override void Emit(FlexBufferBuilder b) => b.String(Bytes); }

public sealed record MBlob(byte[] Bytes) : FlexModel { public override void Emit(FlexBufferBuilder b) => b.Blob(Bytes); }

/// <summary>A key used as a value (in a vector), not as a map key.</summary>
public sealed record MKey(byte[] Bytes) : FlexModel { public override void Emit(FlexBufferBuilder b) => b.Key(Bytes); }

/// <summary>An untyped vector; <see cref="ReuseLast"/> pushes the last element a second time by reference.</summary>
public sealed record MVector(List<FlexModel> Elements, bool ReuseLast) : FlexModel
{
    public IEnumerable<FlexModel> Expected => ReuseLast && Elements.Count > 0 ? [.. Elements, Elements[^1]] : Elements;

    public override void Emit(FlexBufferBuilder b)
    {
        int start = b.StartVector();
        foreach (var e in Elements) e.Emit(b);
        if (ReuseLast && Elements.Count > 0) b.ReuseValue(b.LastValue());
        b.EndVector(start);
    }
}

/// <summary>A typed vector (fixed-length when <see cref="Fixed"/>) of elements of one kind, pushed one by one.</summary>
public sealed record MTypedVector(List<FlexModel> Elements, bool Fixed) : FlexModel
{
    public override void Emit(FlexBufferBuilder b)
    {
        int start = b.StartVector();
        foreach (var e in Elements) e.Emit(b);
        b.EndVector(start, typed: true, fixedLength: Fixed);
    }
}

/// <summary>A typed vector written from a span of .NET scalars (Int64/UInt64/Double/Bool values, narrowed to <see cref="Kind"/>).</summary>
public sealed record MScalarVector(string Kind, List<FlexModel> Elements, bool Fixed) : FlexModel
{
    public override void Emit(FlexBufferBuilder b)
    {
        switch (Kind)
        {
            case "i8": Write(b, Elements.Select(e => (sbyte)((MInt)e).Value).ToArray()); break;
            case "i16": Write(b, Elements.Select(e => (short)((MInt)e).Value).ToArray()); break;
            case "i32": Write(b, Elements.Select(e => (int)((MInt)e).Value).ToArray()); break;
            case "i64": Write(b, Elements.Select(e => ((MInt)e).Value).ToArray()); break;
            case "u8": Write(b, Elements.Select(e => (byte)((MUInt)e).Value).ToArray()); break;
            case "u16": Write(b, Elements.Select(e => (ushort)((MUInt)e).Value).ToArray()); break;
            case "u32": Write(b, Elements.Select(e => (uint)((MUInt)e).Value).ToArray()); break;
            case "u64": Write(b, Elements.Select(e => ((MUInt)e).Value).ToArray()); break;
            case "f32": Write(b, Elements.Select(e => ((MFloat)e).Value).ToArray()); break;
            case "f64": Write(b, Elements.Select(e => ((MDouble)e).Value).ToArray()); break;
            default: Write(b, Elements.Select(e => ((MBool)e).Value).ToArray()); break;
        }
    }

    private void Write<T>(FlexBufferBuilder b, T[] values) where T : unmanaged
    {
        if (Fixed) b.FixedTypedVector<T>(values);
        else b.ScalarVector<T>(values);
    }
}

/// <summary>A map with entries pushed in this order (keys unique).</summary>
public sealed record MMap(List<(byte[] Key, FlexModel Value)> Entries) : FlexModel
{
    public override void Emit(FlexBufferBuilder b)
    {
        int start = b.StartMap();
        foreach (var (key, value) in Entries)
        {
            b.Key(key);
            value.Emit(b);
        }
        b.EndMap(start);
    }
}

/// <summary>A complete buffer description: builder settings and the root value.</summary>
public sealed record FlexCase(FlexBufferBuilderFlags Flags, bool Legacy, BitWidth? ForceWidth, FlexModel Root)
{
    public byte[] Build()
    {
        var b = new FlexBufferBuilder(Flags) { LegacyElementIndexing = Legacy };
        if (ForceWidth is { } w) b.ForceMinimumBitWidth(w);
        Root.Emit(b);
        b.Finish();
        return b.GetBuffer();
    }
}
