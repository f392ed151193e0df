using Lce.Serialization.FlatBuffers;
using S = Lce.CodeGen.Tflite.Schema.SchemaSlots;

namespace Lce.CodeGen.Tflite.Schema;

/// <summary>
/// Writes a <see cref="TfliteModel"/> as a `TFL3` FlatBuffer. The builder is sized up front from
/// the buffers so it never grows; buffers of 64 KiB or more are not copied into it at all:
/// <see cref="Write"/> streams them from the model's memory (the IR's constants) between the
/// builder's own bytes, and an in-memory result copies them in once. Buffer data is written first
/// and so lies at the end of the file, aligned to 16 bytes as TFLite's converter aligns it.
/// </summary>
public static class TfliteModelWriter
{
    public const string FileIdentifier = "TFL3";

    /// <summary>Alignment of buffer data (the schema's <c>force_align: 16</c>).</summary>
    public const int BufferAlignment = 16;

    /// <summary>Buffers from this size on are written from their own memory rather than copied into the builder.</summary>
    public const int ExternalThreshold = 64 * 1024;

    /// <summary>An upper bound of the file size: the buffers' data with padding plus the tables around them.</summary>
    public static long EstimateSize(TfliteModel model)
    {
        long size = 4096;
        foreach (var buf in model.Buffers) size += buf.Data.Length + BufferAlignment + 32;
        foreach (var g in model.Subgraphs)
        {
            foreach (var t in g.Tensors) size += 96 + 4 * (t.Shape.Count + (t.ShapeSignature?.Count ?? 0)) + 4 * (t.Name?.Length ?? 0) + QuantizationSize(t.Quantization);
            foreach (var op in g.Operators) size += 96 + 4 * (op.Inputs.Count + op.Outputs.Count + op.Intermediates.Count) + op.CustomOptions.Length + 64;
        }
        foreach (var c in model.OperatorCodes) size += 48 + 4 * (c.CustomCode?.Length ?? 0);
        foreach (var s in model.SignatureDefs) size += 64 + 4 * (s.SignatureKey?.Length ?? 0) + (s.Inputs.Count + s.Outputs.Count) * 64L;
        return size;
    }

    private static long QuantizationSize(QuantizationParameters? q) =>
        q is null ? 0 : 64 + 4 * (q.Min.Count + q.Max.Count + q.Scale.Count) + 8 * q.ZeroPoint.Count + q.CustomDetails.Length + 32;

    /// <summary>The finished builder (its <see cref="FlatBufferBuilder.FinishedSpan"/> is the file).</summary>
    public static FlatBufferBuilder Build(TfliteModel model)
    {
        long estimate = EstimateSize(model);
        if (estimate > FlatBufferBuilder.MaxSize)
            throw new FlatBufferException(-1, $"the model needs about {estimate} bytes, more than the 2 GB a TFLite FlatBuffer can hold");
        var b = new FlatBufferBuilder((int)estimate);
        var buffers = new FlatOffset[model.Buffers.Count];
        for (int i = buffers.Length - 1; i >= 0; i--) buffers[i] = WriteBuffer(b, model.Buffers[i]);
        var buffersVec = b.CreateOffsetVector(buffers);
        var codes = b.CreateOffsetVector(model.OperatorCodes.Select(c => WriteOperatorCode(b, c)).ToArray());
        var subgraphs = b.CreateOffsetVector(model.Subgraphs.Select(g => WriteSubGraph(b, g)).ToArray());
        var description = model.Description is null ? FlatOffset.Null : b.CreateString(model.Description);
        var metadataBuffer = model.MetadataBuffer.Count == 0 ? FlatOffset.Null : b.CreateVector<int>(model.MetadataBuffer.ToArray());
        var metadata = model.Metadata.Count == 0 ? FlatOffset.Null : b.CreateOffsetVector(model.Metadata.Select(m => WriteMetadata(b, m)).ToArray());
        var signatures = model.SignatureDefs.Count == 0 ? FlatOffset.Null : b.CreateOffsetVector(model.SignatureDefs.Select(s => WriteSignature(b, s)).ToArray());
        b.StartTable(S.Model.Count);
        b.AddScalar(S.Model.Version, model.Version, 0u, force: true);
        b.AddOffset(S.Model.OperatorCodes, codes);
        b.AddOffset(S.Model.Subgraphs, subgraphs);
        b.AddOffset(S.Model.Description, description);
        b.AddOffset(S.Model.Buffers, buffersVec);
        b.AddOffset(S.Model.MetadataBuffer, metadataBuffer);
        b.AddOffset(S.Model.Metadata, metadata);
        b.AddOffset(S.Model.SignatureDefs, signatures);
        b.Finish(b.EndTable(), FileIdentifier);
        return b;
    }

    public static byte[] ToArray(TfliteModel model) => Build(model).ToArray();

    public static void Write(TfliteModel model, Stream stream) => Build(model).WriteTo(stream);

    private static FlatOffset WriteBuffer(FlatBufferBuilder b, TfliteBuffer buf)
    {
        // Large data is referenced, not copied: WriteTo streams it from the model's own memory.
        var data = buf.Data.IsEmpty ? FlatOffset.Null
            : buf.Data.Length >= ExternalThreshold ? b.CreateExternalByteVector(buf.Data, BufferAlignment)
            : b.CreateByteVector(buf.Data.Span, BufferAlignment);
        b.StartTable(S.Buffer.Count);
        b.AddOffset(S.Buffer.Data, data);
        b.AddScalar(S.Buffer.Offset, buf.Offset, 0ul);
        b.AddScalar(S.Buffer.Size, buf.Size, 0ul);
        return b.EndTable();
    }

    private static FlatOffset WriteOperatorCode(FlatBufferBuilder b, OperatorCode c)
    {
        var custom = c.CustomCode is null ? FlatOffset.Null : b.CreateString(c.CustomCode);
        b.StartTable(S.OperatorCode.Count);
        b.AddScalar(S.OperatorCode.DeprecatedBuiltinCode, c.DeprecatedBuiltinCode, (sbyte)0);
        b.AddOffset(S.OperatorCode.CustomCode, custom);
        b.AddScalar(S.OperatorCode.Version, c.Version, 1);
        b.AddScalar(S.OperatorCode.BuiltinCode, (int)c.BuiltinCode, 0);
        return b.EndTable();
    }

    private static FlatOffset WriteSubGraph(FlatBufferBuilder b, SubGraph g)
    {
        var tensors = b.CreateOffsetVector(g.Tensors.Select(t => WriteTensor(b, t)).ToArray());
        var inputs = b.CreateVector<int>(g.Inputs.ToArray());
        var outputs = b.CreateVector<int>(g.Outputs.ToArray());
        var operators = b.CreateOffsetVector(g.Operators.Select(o => WriteOperator(b, o)).ToArray());
        var name = g.Name is null ? FlatOffset.Null : b.CreateString(g.Name);
        b.StartTable(S.SubGraph.Count);
        b.AddOffset(S.SubGraph.Tensors, tensors);
        b.AddOffset(S.SubGraph.Inputs, inputs);
        b.AddOffset(S.SubGraph.Outputs, outputs);
        b.AddOffset(S.SubGraph.Operators, operators);
        b.AddOffset(S.SubGraph.Name, name);
        b.AddScalar(S.SubGraph.DebugMetadataIndex, g.DebugMetadataIndex, -1);
        return b.EndTable();
    }

    private static FlatOffset WriteTensor(FlatBufferBuilder b, Tensor t)
    {
        var shape = b.CreateVector<int>(t.Shape.ToArray());
        var name = t.Name is null ? FlatOffset.Null : b.CreateString(t.Name);
        var quant = t.Quantization is null ? FlatOffset.Null : WriteQuantization(b, t.Quantization);
        var signature = t.ShapeSignature is null ? FlatOffset.Null : b.CreateVector<int>(t.ShapeSignature.ToArray());
        b.StartTable(S.Tensor.Count);
        b.AddOffset(S.Tensor.Shape, shape);
        b.AddScalar(S.Tensor.Type, (sbyte)t.Type, (sbyte)0);
        b.AddScalar(S.Tensor.Buffer, t.Buffer, 0u);
        b.AddOffset(S.Tensor.Name, name);
        b.AddOffset(S.Tensor.Quantization, quant);
        b.AddBool(S.Tensor.IsVariable, t.IsVariable);
        b.AddOffset(S.Tensor.ShapeSignature, signature);
        b.AddBool(S.Tensor.HasRank, t.HasRank);
        return b.EndTable();
    }

    private static FlatOffset WriteQuantization(FlatBufferBuilder b, QuantizationParameters q)
    {
        FlatOffset Floats(IReadOnlyList<float> v) => v.Count == 0 ? FlatOffset.Null : b.CreateVector<float>(v.ToArray());
        var min = Floats(q.Min);
        var max = Floats(q.Max);
        var scale = Floats(q.Scale);
        var zeroPoint = q.ZeroPoint.Count == 0 ? FlatOffset.Null : b.CreateVector<long>(q.ZeroPoint.ToArray());
        var details = FlatOffset.Null;
        if (q.DetailsType == QuantizationDetailsType.CustomQuantization)
        {
            var custom = b.CreateByteVector(q.CustomDetails.Span, 16);
            b.StartTable(S.CustomQuantization.Count);
            b.AddOffset(S.CustomQuantization.Custom, custom);
            details = b.EndTable();
        }
        else if (q.DetailsType != QuantizationDetailsType.None)
            throw new NotSupportedException($"quantization details of kind {q.DetailsType} cannot be written");
        b.StartTable(S.Quantization.Count);
        b.AddOffset(S.Quantization.Min, min);
        b.AddOffset(S.Quantization.Max, max);
        b.AddOffset(S.Quantization.Scale, scale);
        b.AddOffset(S.Quantization.ZeroPoint, zeroPoint);
        b.AddUnion(S.Quantization.DetailsType, (byte)q.DetailsType, details);
        b.AddScalar(S.Quantization.QuantizedDimension, q.QuantizedDimension, 0);
        return b.EndTable();
    }

    private static FlatOffset WriteOperator(FlatBufferBuilder b, Operator op)
    {
        var inputs = b.CreateVector<int>(op.Inputs.ToArray());
        var outputs = b.CreateVector<int>(op.Outputs.ToArray());
        var options = op.BuiltinOptions?.Write(b) ?? FlatOffset.Null;
        var custom = op.HasCustomOptions || !op.CustomOptions.IsEmpty ? b.CreateByteVector(op.CustomOptions.Span) : FlatOffset.Null;
        var mutating = op.MutatingVariableInputs.Count == 0 ? FlatOffset.Null
            : b.CreateVector<byte>(op.MutatingVariableInputs.Select(x => x ? (byte)1 : (byte)0).ToArray());
        var intermediates = op.Intermediates.Count == 0 ? FlatOffset.Null : b.CreateVector<int>(op.Intermediates.ToArray());
        if (op.BuiltinOptions2Type != 0) throw new NotSupportedException("builtin_options_2 cannot be written");
        b.StartTable(S.Operator.Count);
        b.AddScalar(S.Operator.OpcodeIndex, op.OpcodeIndex, 0u);
        b.AddOffset(S.Operator.Inputs, inputs);
        b.AddOffset(S.Operator.Outputs, outputs);
        if (op.BuiltinOptions is { } o) b.AddUnion(S.Operator.BuiltinOptionsType, (byte)o.Type, options);
        b.AddOffset(S.Operator.CustomOptions, custom);
        b.AddScalar(S.Operator.CustomOptionsFormat, (sbyte)op.CustomOptionsFormat, (sbyte)0);
        b.AddOffset(S.Operator.MutatingVariableInputs, mutating);
        b.AddOffset(S.Operator.Intermediates, intermediates);
        b.AddScalar(S.Operator.LargeCustomOptionsOffset, op.LargeCustomOptionsOffset, 0ul);
        b.AddScalar(S.Operator.LargeCustomOptionsSize, op.LargeCustomOptionsSize, 0ul);
        b.AddScalar(S.Operator.DebugMetadataIndex, op.DebugMetadataIndex, -1);
        return b.EndTable();
    }

    private static FlatOffset WriteMetadata(FlatBufferBuilder b, Metadata m)
    {
        var name = m.Name is null ? FlatOffset.Null : b.CreateString(m.Name);
        b.StartTable(S.Metadata.Count);
        b.AddOffset(S.Metadata.Name, name);
        b.AddScalar(S.Metadata.Buffer, m.Buffer, 0u);
        return b.EndTable();
    }

    private static FlatOffset WriteSignature(FlatBufferBuilder b, SignatureDef s)
    {
        FlatOffset Maps(IReadOnlyList<TensorMap> maps) => b.CreateOffsetVector(maps.Select(m =>
        {
            var name = m.Name is null ? FlatOffset.Null : b.CreateString(m.Name);
            b.StartTable(S.TensorMap.Count);
            b.AddOffset(S.TensorMap.Name, name);
            b.AddScalar(S.TensorMap.TensorIndex, m.TensorIndex, 0u);
            return b.EndTable();
        }).ToArray());
        var inputs = Maps(s.Inputs);
        var outputs = Maps(s.Outputs);
        var key = s.SignatureKey is null ? FlatOffset.Null : b.CreateString(s.SignatureKey);
        b.StartTable(S.SignatureDef.Count);
        b.AddOffset(S.SignatureDef.Inputs, inputs);
        b.AddOffset(S.SignatureDef.Outputs, outputs);
        b.AddOffset(S.SignatureDef.SignatureKey, key);
        b.AddScalar(S.SignatureDef.SubgraphIndex, s.SubgraphIndex, 0u);
        return b.EndTable();
    }
}
