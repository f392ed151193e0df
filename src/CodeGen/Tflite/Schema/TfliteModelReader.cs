using Lce.Serialization.FlatBuffers;
using S = Lce.CodeGen.Tflite.Schema.SchemaSlots;

namespace Lce.CodeGen.Tflite.Schema;

/// <summary>
/// Reads a `.tflite` file into a <see cref="TfliteModel"/>, touching every field of every table
/// once, so reading is also the verification: any offset, length, alignment or UTF-8 problem is a
/// <see cref="FlatBufferException"/> and nothing else. Buffer data and custom options stay views of
/// the input (zero-copy). Shared sub-tables are read once per reference, so a work budget
/// proportional to the file size stops files whose references fan out exponentially.
/// Semantics (indices in range, types, shapes) are the importer's business, not checked here.
/// </summary>
public sealed class TfliteModelReader
{
    private readonly ReadOnlyMemory<byte> _bytes;
    private long _budget;

    private TfliteModelReader(ReadOnlyMemory<byte> bytes)
    {
        _bytes = bytes;
        _budget = 1_000_000 + 4L * bytes.Length;
    }

    /// <summary>The model in <paramref name="bytes"/>; the `TFL3` identifier is required unless <paramref name="requireIdentifier"/> is false.</summary>
    public static TfliteModel Read(ReadOnlyMemory<byte> bytes, bool requireIdentifier = true) =>
        new TfliteModelReader(bytes).ReadModel(requireIdentifier);

    /// <summary>Whether the bytes read as a model; the message of the first problem otherwise.</summary>
    public static bool TryVerify(ReadOnlyMemory<byte> bytes, out string? error)
    {
        try
        {
            Read(bytes);
            error = null;
            return true;
        }
        catch (FlatBufferException e)
        {
            error = e.Message;
            return false;
        }
    }

    private void Spend(long units, long at)
    {
        _budget -= units + 1;
        if (_budget < 0) throw new FlatBufferException(at, "the file refers to more objects than its size allows (shared references fan out)");
    }

    private TfliteModel ReadModel(bool requireIdentifier)
    {
        var m = FlatBufferReader.GetRoot(_bytes, requireIdentifier ? TfliteModelWriter.FileIdentifier : null);
        return new TfliteModel
        {
            Version = m.Get(S.Model.Version, 0u),
            OperatorCodes = Tables(m, S.Model.OperatorCodes, ReadOperatorCode),
            Subgraphs = Tables(m, S.Model.Subgraphs, ReadSubGraph),
            Description = m.GetString(S.Model.Description),
            Buffers = Tables(m, S.Model.Buffers, ReadBuffer),
            MetadataBuffer = Ints(m, S.Model.MetadataBuffer),
            Metadata = Tables(m, S.Model.Metadata, t => new Metadata(t.GetString(S.Metadata.Name), t.Get(S.Metadata.Buffer, 0u))),
            SignatureDefs = Tables(m, S.Model.SignatureDefs, ReadSignature),
        };
    }

    private T[] Tables<T>(FlatTable parent, int slot, Func<FlatTable, T> read)
    {
        var v = parent.GetTableVector(slot);
        Spend(v.Length, parent.Position);
        var result = new T[v.Length];
        for (int i = 0; i < result.Length; i++) result[i] = read(v[i]);
        return result;
    }

    private T[] Vector<T>(FlatTable t, int slot) where T : unmanaged
    {
        var v = t.GetVector<T>(slot);
        Spend(v.Length, t.Position);
        return v.ToArray();
    }

    private int[] Ints(FlatTable t, int slot) => Vector<int>(t, slot);

    private string? String(FlatTable t, int slot)
    {
        var s = t.GetStringBytes(slot);
        if (s is null) return null;
        Spend(s.Value.Length / 4, t.Position);
        return FlatString.Decode(s.Value, t.Position);
    }

    private static TfliteBuffer ReadBuffer(FlatTable t) => new()
    {
        Data = t.GetVector<byte>(S.Buffer.Data).Bytes,
        Offset = t.Get(S.Buffer.Offset, 0ul),
        Size = t.Get(S.Buffer.Size, 0ul),
    };

    private OperatorCode ReadOperatorCode(FlatTable t) => new()
    {
        DeprecatedBuiltinCode = t.Get<sbyte>(S.OperatorCode.DeprecatedBuiltinCode, 0),
        CustomCode = String(t, S.OperatorCode.CustomCode),
        Version = t.Get(S.OperatorCode.Version, 1),
        BuiltinCode = (BuiltinOperator)t.Get(S.OperatorCode.BuiltinCode, 0),
    };

    private SubGraph ReadSubGraph(FlatTable t) => new()
    {
        Tensors = Tables(t, S.SubGraph.Tensors, ReadTensor),
        Inputs = Ints(t, S.SubGraph.Inputs),
        Outputs = Ints(t, S.SubGraph.Outputs),
        Operators = Tables(t, S.SubGraph.Operators, ReadOperator),
        Name = String(t, S.SubGraph.Name),
        DebugMetadataIndex = t.Get(S.SubGraph.DebugMetadataIndex, -1),
    };

    private Tensor ReadTensor(FlatTable t)
    {
        var quant = t.GetTable(S.Tensor.Quantization);
        var signature = t.GetVector<int>(S.Tensor.ShapeSignature);
        Spend(signature.Length, t.Position);
        return new Tensor
        {
            Shape = Ints(t, S.Tensor.Shape),
            Type = (TensorType)t.Get<sbyte>(S.Tensor.Type, 0),
            Buffer = t.Get(S.Tensor.Buffer, 0u),
            Name = String(t, S.Tensor.Name),
            Quantization = quant is { } q ? ReadQuantization(q) : null,
            IsVariable = t.GetBool(S.Tensor.IsVariable),
            ShapeSignature = signature.IsPresent ? signature.ToArray() : null,
            HasRank = t.GetBool(S.Tensor.HasRank),
            // Not modelled, but still verified as tables so a file that reads is sound.
            HasSparsity = t.GetTable(S.Tensor.Sparsity) is not null,
            HasVariantTensors = t.GetTableVector(S.Tensor.VariantTensors) is { IsPresent: true } v && VerifyAll(v),
        };
    }

    private bool VerifyAll(FlatTableVector v)
    {
        Spend(v.Length, 0);
        for (int i = 0; i < v.Length; i++) _ = v[i];
        return true;
    }

    private QuantizationParameters ReadQuantization(FlatTable t)
    {
        var (type, details) = t.GetUnion(S.Quantization.Details);
        var custom = type == (byte)QuantizationDetailsType.CustomQuantization && details is { } d
            ? d.GetVector<byte>(S.CustomQuantization.Custom).Bytes : default;
        return new QuantizationParameters
        {
            Min = Vector<float>(t, S.Quantization.Min),
            Max = Vector<float>(t, S.Quantization.Max),
            Scale = Vector<float>(t, S.Quantization.Scale),
            ZeroPoint = Vector<long>(t, S.Quantization.ZeroPoint),
            DetailsType = (QuantizationDetailsType)type,
            CustomDetails = custom,
            QuantizedDimension = t.Get(S.Quantization.QuantizedDimension, 0),
        };
    }

    private Operator ReadOperator(FlatTable t)
    {
        var (type, options) = t.GetUnion(S.Operator.BuiltinOptions);
        var (type2, _) = t.GetUnion(S.Operator.BuiltinOptions2);
        var custom = t.GetVector<byte>(S.Operator.CustomOptions);
        return new Operator
        {
            OpcodeIndex = t.Get(S.Operator.OpcodeIndex, 0u),
            Inputs = Ints(t, S.Operator.Inputs),
            Outputs = Ints(t, S.Operator.Outputs),
            BuiltinOptions = options is { } o ? BuiltinOptions.Read((BuiltinOptionsType)type, o) : null,
            CustomOptions = custom.Bytes,
            HasCustomOptions = custom.IsPresent,
            CustomOptionsFormat = (CustomOptionsFormat)t.Get<sbyte>(S.Operator.CustomOptionsFormat, 0),
            MutatingVariableInputs = Vector<byte>(t, S.Operator.MutatingVariableInputs).Select(x => x != 0).ToArray(),
            Intermediates = Ints(t, S.Operator.Intermediates),
            LargeCustomOptionsOffset = t.Get(S.Operator.LargeCustomOptionsOffset, 0ul),
            LargeCustomOptionsSize = t.Get(S.Operator.LargeCustomOptionsSize, 0ul),
            BuiltinOptions2Type = type2,
            DebugMetadataIndex = t.Get(S.Operator.DebugMetadataIndex, -1),
        };
    }

    private SignatureDef ReadSignature(FlatTable t)
    {
        TensorMap Map(FlatTable m) => new(String(m, S.TensorMap.Name), m.Get(S.TensorMap.TensorIndex, 0u));
        return new SignatureDef
        {
            Inputs = Tables(t, S.SignatureDef.Inputs, Map),
            Outputs = Tables(t, S.SignatureDef.Outputs, Map),
            SignatureKey = String(t, S.SignatureDef.SignatureKey),
            SubgraphIndex = t.Get(S.SignatureDef.SubgraphIndex, 0u),
        };
    }
}
