using Lce.Serialization.FlexBuffers;
using Xunit.Sdk;

namespace Lce.Tests.Serialization.FlexBuffers;

/// <summary>Reads a buffer back and compares every value with the model it was built from.</summary>
public static class FlexModelChecker
{
    public static void Check(FlexReference r, FlexModel m, string path = "root")
    {
        switch (m)
        {
            case MNull:
                Expect(r.IsNull && r.AsInt64() == 0 && r.AsString() == "", path, r, m);
                break;
            case MBool b:
                Expect(r.Type == FlexBufferType.Bool && r.AsBool() == b.Value && r.AsInt64() == (b.Value ? 1 : 0), path, r, m);
                break;
            case MInt i:
                Expect(r.Type == (i.Indirect ? FlexBufferType.IndirectInt : FlexBufferType.Int)
                       && r.AsInt64() == i.Value && r.AsInt32() == unchecked((int)i.Value)
                       && r.AsUInt64() == unchecked((ulong)i.Value) && r.AsDouble() == i.Value, path, r, m);
                break;
            case MUInt u:
                Expect(r.Type == (u.Indirect ? FlexBufferType.IndirectUInt : FlexBufferType.UInt)
                       && r.AsUInt64() == u.Value && r.AsInt64() == unchecked((long)u.Value) && r.AsDouble() == u.Value, path, r, m);
                break;
            case MFloat f:
                Expect(r.Type == (f.Indirect ? FlexBufferType.IndirectFloat : FlexBufferType.Float)
                       && SameDouble(r.AsDouble(), f.Value) && SameDouble(r.AsFloat(), f.Value), path, r, m);
                break;
            case MDouble d:
                Expect(r.IsFloat && r.Type == (d.Indirect ? FlexBufferType.IndirectFloat : FlexBufferType.Float)
                       && SameDouble(r.AsDouble(), d.Value), path, r, m);
                break;
            case MString s:
                Expect(r.IsString && r.AsStringBytes().Span.SequenceEqual(s.Bytes) && r.AsBlob().Span.SequenceEqual(s.Bytes)
                       && r.AsKeyBytes().Span.SequenceEqual(CString(s.Bytes)), path, r, m);
                break;
            case MBlob bl:
                Expect(r.IsBlob && r.AsBlob().Span.SequenceEqual(bl.Bytes) && r.AsString() == "", path, r, m);
                break;
            case MKey k:
                Expect(r.IsKey && r.AsKeyBytes().Span.SequenceEqual(k.Bytes) && r.AsStringBytes().Span.SequenceEqual(k.Bytes), path, r, m);
                break;
            case MVector v:
            {
                var expected = v.Expected.ToList();
                var vec = r.AsVector();
                Expect(r.Type == FlexBufferType.Vector && vec.Count == expected.Count && r.AsInt64() == expected.Count
                       && vec[expected.Count].IsNull && vec[-1].IsNull, path, r, m);
                for (int i = 0; i < expected.Count; i++) Check(vec[i], expected[i], $"{path}[{i}]");
                break;
            }
            case MTypedVector t:
                CheckTyped(r, t.Elements, t.Fixed, path, m);
                break;
            case MScalarVector sv:
                CheckTyped(r, sv.Elements, sv.Fixed, path, m);
                break;
            case MMap map:
            {
                var read = r.AsMap();
                Expect(r.IsMap && read.Count == map.Entries.Count && read.Values.Count == map.Entries.Count, path, r, m);
                var sorted = map.Entries.Select(e => e.Key).OrderBy(k => k, ByteOrder.Instance).ToList();
                for (int i = 0; i < sorted.Count; i++)
                    Expect(read.Keys[i].AsKeyBytes().Span.SequenceEqual(sorted[i]), $"{path}.keys[{i}]", r, m);
                foreach (var (key, value) in map.Entries) Check(read[key], value, $"{path}.{Convert.ToHexString(key)}");
                break;
            }
            default:
                throw new XunitException($"{path}: unknown model {m}");
        }
    }

    /// <summary>Typed and fixed vectors: elements read with byte width 1, as their element type.</summary>
    private static void CheckTyped(FlexReference r, List<FlexModel> elements, bool isFixed, string path, FlexModel m)
    {
        var vec = isFixed ? r.AsFixedTypedVector() : r.AsTypedVector();
        Expect((isFixed ? r.IsFixedTypedVector : r.IsTypedVector) && vec.Count == elements.Count && vec.IsFixed == isFixed
               && vec[elements.Count].IsNull, path, r, m);
        for (int i = 0; i < elements.Count; i++)
        {
            var e = vec[i];
            switch (elements[i])
            {
                case MInt x: Expect(e.Type == FlexBufferType.Int && e.AsInt64() == x.Value, $"{path}[{i}]", e, x); break;
                case MUInt x: Expect(e.Type == FlexBufferType.UInt && e.AsUInt64() == x.Value, $"{path}[{i}]", e, x); break;
                case MFloat x: Expect(e.Type == FlexBufferType.Float && SameDouble(e.AsFloat(), x.Value), $"{path}[{i}]", e, x); break;
                case MDouble x: Expect(e.Type == FlexBufferType.Float && SameDouble(e.AsDouble(), x.Value), $"{path}[{i}]", e, x); break;
                case MBool x: Expect(e.Type == FlexBufferType.Bool && e.AsBool() == x.Value, $"{path}[{i}]", e, x); break;
                // Typed string vectors lose the lengths and read as keys (C strings).
                case MString x: Expect(e.IsKey && e.AsKeyBytes().Span.SequenceEqual(CString(x.Bytes)), $"{path}[{i}]", e, x); break;
                case MKey x: Expect(e.IsKey && e.AsKeyBytes().Span.SequenceEqual(x.Bytes), $"{path}[{i}]", e, x); break;
                default: throw new XunitException($"{path}[{i}]: {elements[i]} cannot be a typed element");
            }
        }
    }

    private static bool SameDouble(double actual, double expected) =>
        double.IsNaN(expected) ? double.IsNaN(actual) : BitConverter.DoubleToInt64Bits(actual) == BitConverter.DoubleToInt64Bits(expected);

    private static byte[] CString(byte[] bytes) => Array.IndexOf(bytes, (byte)0) is var nul and >= 0 ? bytes[..nul] : bytes;

    private static void Expect(bool ok, string path, FlexReference r, FlexModel m)
    {
        if (!ok) throw new XunitException($"{path}: read {r} does not match {m}");
    }
}

/// <summary>Unsigned byte-wise order (strcmp on NUL-free keys).</summary>
public sealed class ByteOrder : IComparer<byte[]>
{
    public static readonly ByteOrder Instance = new();
    public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
}
