namespace Lce.Run;

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lce.CodeGen.Runtime;

/// <summary>A tensor with an optional name, as the JSON files carry it.</summary>
public sealed record NamedTensor(string? Name, Tensor Tensor);

/// <summary>
/// Tensors as JSON: `{"inputs": [{"name": optional, "shape": [...], "dtype": "float32", "data":
/// [flat row-major values]}]}`. Floats may be the strings "NaN", "Infinity", "-Infinity"; bools
/// are true/false (or 0/1). Every malformed file is a <see cref="TensorJsonException"/> naming
/// the tensor and field, with the parser's line and position for syntax errors.
/// </summary>
public static class TensorJson
{
    public static IReadOnlyList<NamedTensor> ReadInputs(string text)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            throw new TensorJsonException($"malformed JSON (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}): {FirstSentence(e.Message)}");
        }
        if (root is not JsonObject obj || obj["inputs"] is not JsonArray inputs)
            throw new TensorJsonException("expected an object with an \"inputs\" array");
        return inputs.Select((n, i) => ReadTensor(n, $"inputs[{i}]")).ToArray();
    }

    private static NamedTensor ReadTensor(JsonNode? node, string where)
    {
        if (node is not JsonObject o) throw new TensorJsonException($"{where}: expected an object");
        string? name = o["name"] switch
        {
            null => null,
            JsonValue v when v.TryGetValue(out string? s) => s,
            _ => throw new TensorJsonException($"{where}.name: expected a string"),
        };
        if (o["dtype"] is not JsonValue dv || !dv.TryGetValue(out string? dname))
            throw new TensorJsonException($"{where}.dtype: expected a string");
        if (!DTypes.TryParse(dname!, out var dtype))
            throw new TensorJsonException($"{where}.dtype: unknown element type '{dname}' (float32, int8, uint8, int32, int64, bool)");
        if (o["shape"] is not JsonArray sa) throw new TensorJsonException($"{where}.shape: expected an array of dimensions");
        var shape = new int[sa.Count];
        for (int k = 0; k < shape.Length; k++)
            if (sa[k] is not JsonValue sv || !sv.TryGetValue(out int d) || d < 0)
                throw new TensorJsonException($"{where}.shape[{k}]: expected a non-negative integer");
            else shape[k] = d;
        if (o["data"] is not JsonArray data) throw new TensorJsonException($"{where}.data: expected an array of values");
        var spec = new TensorSpec(dtype, shape);
        long count;
        try { count = spec.ElementCount; }
        catch (OverflowException) { throw new TensorJsonException($"{where}.shape: too many elements"); }
        if (data.Count != count)
            throw new TensorJsonException($"{where}.data: {data.Count} value(s) for shape {spec.ShapeText} which has {count}");
        var tensor = Tensor.Zeros(spec);
        for (int k = 0; k < data.Count; k++) Store(tensor, k, data[k], $"{where}.data[{k}]");
        return new NamedTensor(name, tensor);
    }

    private static void Store(Tensor t, int k, JsonNode? node, string where)
    {
        if (node is not JsonValue v) throw new TensorJsonException($"{where}: expected a {t.DType.Name()} value");
        switch (t.DType)
        {
            case DType.Float32:
                // Parsed from the text to single precision directly: going through double could round twice.
                t.Span<float>()[k] = v.TryGetValue(out JsonElement e) && e.ValueKind == JsonValueKind.Number
                        ? float.Parse(e.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture)
                    : v.TryGetValue(out string? s) && NamedFloat(s) is { } nf ? nf
                    : throw new TensorJsonException($"{where}: expected a number");
                break;
            case DType.Bool:
                t.Span<byte>()[k] = v.TryGetValue(out bool b) ? (byte)(b ? 1 : 0)
                    : v.TryGetValue(out long l) && l is 0 or 1 ? (byte)l
                    : throw new TensorJsonException($"{where}: expected true or false");
                break;
            default:
                if (!v.TryGetValue(out long x)) throw new TensorJsonException($"{where}: expected an integer");
                var (min, max) = t.DType switch
                {
                    DType.Int8 => (sbyte.MinValue, sbyte.MaxValue),
                    DType.UInt8 => (byte.MinValue, byte.MaxValue),
                    DType.Int32 => (int.MinValue, int.MaxValue),
                    _ => (long.MinValue, long.MaxValue),
                };
                if (x < min || x > max) throw new TensorJsonException($"{where}: {x} is out of range for {t.DType.Name()}");
                switch (t.DType)
                {
                    case DType.Int8: t.Span<sbyte>()[k] = (sbyte)x; break;
                    case DType.UInt8: t.Span<byte>()[k] = (byte)x; break;
                    case DType.Int32: t.Span<int>()[k] = (int)x; break;
                    default: t.Span<long>()[k] = x; break;
                }
                break;
        }
    }

    private static float? NamedFloat(string? s) => s switch
    {
        "NaN" => float.NaN,
        "Infinity" => float.PositiveInfinity,
        "-Infinity" => float.NegativeInfinity,
        _ => null,
    };

    /// <summary>One tensor as a JSON object (floats in round-trip form; non-finite ones as strings).</summary>
    public static JsonObject ToJson(NamedTensor t)
    {
        var data = new JsonArray();
        for (long i = 0; i < t.Tensor.ElementCount; i++) data.Add(Value(t.Tensor, i));
        var o = new JsonObject();
        if (t.Name is not null) o["name"] = t.Name;
        o["shape"] = new JsonArray(t.Tensor.Shape.Select(d => (JsonNode)d).ToArray());
        o["dtype"] = t.Tensor.DType.Name();
        o["data"] = data;
        return o;
    }

    private static JsonNode Value(Tensor t, long i)
    {
        float v = (float)t.GetAsDouble(i);
        return t.DType switch
        {
            DType.Float32 => float.IsFinite(v) ? JsonValue.Create(v)
                : JsonValue.Create(float.IsNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity"),
            DType.Bool => JsonValue.Create(v != 0),
            _ => JsonValue.Create(t.GetAsInt64(i)),
        };
    }

    /// <summary>`{"inputs": [...]}`, the input file format (so outputs can be fed back).</summary>
    public static string WriteInputs(IEnumerable<NamedTensor> tensors) =>
        new JsonObject { ["inputs"] = new JsonArray(tensors.Select(t => (JsonNode)ToJson(t)).ToArray()) }.ToJsonString();

    /// <summary>Text form of one value for --print-outputs.</summary>
    public static string FormatValue(Tensor t, long i) => t.DType switch
    {
        DType.Float32 => ((float)t.GetAsDouble(i)).ToString("R", CultureInfo.InvariantCulture),
        DType.Bool => t.GetAsDouble(i) != 0 ? "true" : "false",
        _ => t.GetAsInt64(i).ToString(CultureInfo.InvariantCulture),
    };

    private static string FirstSentence(string message) => message.Split(" LineNumber:")[0].TrimEnd();
}

public sealed class TensorJsonException(string message) : Exception(message);
