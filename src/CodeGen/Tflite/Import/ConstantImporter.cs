using System.Buffers.Binary;
using Lce.Dialects.Tfl;
using SchemaTensor = Lce.CodeGen.Tflite.Schema.Tensor;

namespace Lce.CodeGen.Tflite.Import;

/// <summary>
/// A tensor with data becomes a constant op as in TensorFlow's importer: `tfl.pseudo_const`
/// holding a dense attribute of the tensor's type, or for quantized tensors `tfl.pseudo_qconst`
/// (`qtype` = the quantized type, `value` = the storage integers). Variable tensors become a
/// splat of a per-import counter, as TF marks them. The buffer must hold exactly the bytes the
/// shape needs. The attribute is a view of the file's bytes (no copy) unless
/// <see cref="TfliteImportOptions.CopyConstants"/> asks for copies.
/// </summary>
internal sealed class ConstantImporter(IRContext ctx, ModelBytes model, TfliteImportOptions options)
{
    private int _variableIndex;

    /// <summary>The constant of tensor <paramref name="index"/>, created at the builder's insertion point.</summary>
    public Value Build(Builder b, SchemaTensor t, int index, Location loc)
    {
        string what = $"tensor {index}{NameSuffix(t)}";
        if (t.HasSparsity) throw new TfliteImportException($"{what} is a sparse constant; sparse tensors are not supported", loc);
        if (TensorTypes.Of(ctx, t, isConstant: true, loc) is not RankedTensorType type || !type.HasStaticShape)
            throw new TfliteImportException($"{what} is used as a constant but its shape is not static", loc);
        ElementCount(type, what, loc);
        bool quantized = TensorTypes.IsQuantized(t);
        var storage = quantized ? RankedTensorType.Get(ctx, type.Shape, ((Dialects.Quant.QuantizedType)type.ElementType).StorageType!) : type;
        ElementsAttr value = t.IsVariable ? Splat(storage, _variableIndex++, what, loc) : Dense(storage, model.BufferData(t.Buffer, what, loc), what, loc);
        if (!quantized) return TflBuild.PseudoConst(b, loc, value, type);
        return b.Create("tfl.pseudo_qconst", loc, [], [type], null,
            [new NamedAttribute("qtype", TypeAttr.Get(ctx, type)), new NamedAttribute("value", value)]).GetResult(0);
    }

    public static string NameSuffix(SchemaTensor t) => string.IsNullOrEmpty(t.Name) ? "" : $" ('{t.Name}')";

    private ElementsAttr Dense(RankedTensorType type, ReadOnlyMemory<byte> data, string what, Location loc)
    {
        var element = type.ElementType;
        long n = ElementCount(type, what, loc);
        if (element is Dialects.Tf.TfType { Name: "string" }) return Strings(type, data.Span, what, loc);
        if (element is not (IntegerType or FloatType or ComplexType))
            throw new TfliteImportException($"{what}: constants of type {element} are not supported", loc);
        if (element is IntegerType { Width: 4 }) return Int4(type, data.Span, what, loc);
        long expected = n * DenseElementsAttr.ElementByteWidthOf(element);
        if (data.Length != expected)
            throw new TfliteImportException($"{what} of type {type} needs {expected} bytes of data, but its buffer has {data.Length}", loc);
        if (expected > int.MaxValue) throw new TfliteImportException($"{what} is larger than 2 GB", loc);
        // i1 elements are stored one byte each; TF reads any non-zero byte as true.
        bool normalize = element is IntegerType { Width: 1 } && data.Span.IndexOfAnyExcept((byte)0, (byte)1) >= 0;
        if (!options.CopyConstants && !normalize) return DenseElementsAttr.FromRawMemory(ctx, type, data);
        var bytes = GC.AllocateUninitializedArray<byte>((int)expected);
        data.Span.CopyTo(bytes);
        if (normalize)
            for (int i = 0; i < bytes.Length; i++) bytes[i] = bytes[i] != 0 ? (byte)1 : (byte)0;
        return DenseElementsAttr.FromRaw(ctx, type, bytes, isSplat: false);
    }

    /// <summary>The element count, refused above 2^31 (no buffer of a FlatBuffer can hold more; the product may overflow).</summary>
    private static long ElementCount(RankedTensorType type, string what, Location loc)
    {
        long n = 1;
        foreach (long d in type.Shape)
        {
            if (d != 0 && n > int.MaxValue / d) n = long.MaxValue;
            else n *= d;
        }
        if (n > int.MaxValue) throw new TfliteImportException($"{what} of type {type} has more elements than a TFLite buffer can hold", loc);
        return n;
    }

    /// <summary>int4 data is packed two per byte, low nibble first; the IR keeps one sign-extended byte per element.</summary>
    private DenseElementsAttr Int4(RankedTensorType type, ReadOnlySpan<byte> data, string what, Location loc)
    {
        long n = ElementCount(type, what, loc);
        if (data.Length != (n + 1) / 2)
            throw new TfliteImportException($"{what} of type {type} needs {(n + 1) / 2} bytes of packed int4 data, but its buffer has {data.Length}", loc);
        var bytes = new byte[n];
        for (long i = 0; i < n; i++)
        {
            int nibble = (data[(int)(i / 2)] >> (int)(4 * (i % 2))) & 0xF;
            bytes[i] = (byte)(sbyte)((nibble ^ 8) - 8);
        }
        return DenseElementsAttr.FromRaw(ctx, type, bytes, isSplat: false);
    }

    /// <summary>
    /// TFLite's string tensor layout: an i32 count N, N + 1 i32 offsets from the buffer start, then
    /// the bytes; every offset is checked before use.
    /// </summary>
    private DenseStringElementsAttr Strings(RankedTensorType type, ReadOnlySpan<byte> data, string what, Location loc)
    {
        TfliteImportException Bad(string why) => new($"{what}: malformed string data ({why})", loc);
        if (data.Length < 4) throw Bad("no count");
        int count = BinaryPrimitives.ReadInt32LittleEndian(data);
        long n = ElementCount(type, what, loc);
        if (count != n) throw Bad($"{count} strings for {n} elements");
        if ((long)4 * (count + 2) > data.Length) throw Bad("offsets beyond the buffer");
        var values = new byte[count][];
        for (int i = 0; i < count; i++)
        {
            int start = BinaryPrimitives.ReadInt32LittleEndian(data[(4 + 4 * i)..]);
            int end = BinaryPrimitives.ReadInt32LittleEndian(data[(8 + 4 * i)..]);
            if (start < 0 || end < start || end > data.Length) throw Bad($"string {i} spans {start}..{end} of {data.Length} bytes");
            values[i] = data[start..end].ToArray();
        }
        return DenseStringElementsAttr.Get(ctx, type, values);
    }

    /// <summary>TF's GetSplat: the value <paramref name="unique"/> in every element (keeps variables apart under CSE).</summary>
    private DenseElementsAttr Splat(RankedTensorType type, int unique, string what, Location loc)
    {
        var element = type.ElementType;
        byte[] one = element switch
        {
            IntegerType { IsSignless: true } i => Int(i.Width, unique),
            FloatType { Width: 32 } => BitConverter.GetBytes((float)unique),
            FloatType { Width: 64 } => BitConverter.GetBytes((double)unique),
            FloatType { Width: 16 } f when f.Semantics == Lce.IR.Numerics.FloatSemantics.Half => BitConverter.GetBytes((Half)unique),
            _ => throw new TfliteImportException($"{what}: variables of type {element} are not supported", loc),
        };
        return DenseElementsAttr.FromRaw(ctx, type, one, isSplat: true);
    }

    private static byte[] Int(int width, long v)
    {
        var bytes = new byte[Math.Max(1, (width + 7) / 8)];
        for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)(v >> (8 * i));
        if (width == 1) bytes[0] &= 1;
        return bytes;
    }
}
