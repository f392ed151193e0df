namespace Lce.Serialization.CustomOptions;

using System.Globalization;
using Lce.Serialization.FlexBuffers;

/// <summary>
/// Reads an LCE options map strictly: the buffer must be a well-formed FlexBuffer whose root is
/// a map, and each requested entry must be present and an integer (inline or indirect, signed
/// or unsigned) that fits in int32. LCE itself reads <c>m["key"].AsInt32()</c>, which turns a
/// missing key into 0 and truncates; here those cases are errors, since LCE never writes them.
/// </summary>
internal sealed class OptionMapReader
{
    private readonly FlexMap _map;
    private readonly string _op;

    private OptionMapReader(FlexMap map, string op) { _map = map; _op = op; }

    /// <summary>Validates <paramref name="bytes"/> and opens the root map; throws <see cref="CustomOptionsException"/>.</summary>
    public static OptionMapReader Open(ReadOnlyMemory<byte> bytes, string op)
    {
        if (bytes.Length == 0) throw new CustomOptionsException($"{op} options are empty, expected a FlexBuffers map");
        FlexReference root;
        try
        {
            FlexBufferReader.Validate(bytes);
            root = FlexBufferReader.GetRoot(bytes);
        }
        catch (FlexBufferFormatException e)
        {
            throw new CustomOptionsException($"{op} options are not a valid FlexBuffer ({e.Message})");
        }
        if (!root.IsMap) throw new CustomOptionsException($"{op} options are not a FlexBuffers map (the root is {root.Type})");
        return new OptionMapReader(root.AsMap(), op);
    }

    /// <summary>The int32 entry <paramref name="key"/>.</summary>
    public int Int(string key)
    {
        if (!_map.TryGetValue(key, out var value))
            throw new CustomOptionsException($"{_op} options have no '{key}' entry");
        if (!value.IsIntOrUInt)
            throw new CustomOptionsException($"{_op} option '{key}' is not an integer (its type is {value.Type})");
        // Unsigned values above long.MaxValue would wrap in AsInt64; they are out of range either way.
        bool fits = value.IsUInt ? value.AsUInt64() <= int.MaxValue : value.AsInt64() is >= int.MinValue and <= int.MaxValue;
        if (!fits)
        {
            string text = value.IsUInt ? value.AsUInt64().ToString(CultureInfo.InvariantCulture) : value.AsInt64().ToString(CultureInfo.InvariantCulture);
            throw new CustomOptionsException($"{_op} option '{key}' = {text} does not fit in 32 bits");
        }
        return (int)value.AsInt64();
    }

    public TflitePadding Padding(string key)
    {
        int v = Int(key);
        var padding = (TflitePadding)v;
        if (!TfliteEnums.IsSerializable(padding))
            throw new CustomOptionsException($"{_op} option '{key}' = {v} is not a padding (0 = SAME, 1 = VALID)");
        return padding;
    }

    public TfliteActivation Activation(string key)
    {
        int v = Int(key);
        var activation = (TfliteActivation)v;
        if (!TfliteEnums.IsSerializable(activation))
            throw new CustomOptionsException(
                $"{_op} option '{key}' = {v} is not a supported activation (0 = NONE, 1 = RELU, 2 = RELU_N1_TO_1, 3 = RELU6)");
        return activation;
    }
}
