namespace Lce.CodeGen.Runtime;

using Lce.Dialects.Tfl;
using Lce.Serialization.FlexBuffers;

/// <summary>
/// What a binding sees of its op at compile time: the op, the specs of its operands (null for
/// `none`) and results, the values of constant operands, and typed attribute readers that report
/// a missing or mistyped attribute as a <see cref="BindingException"/> (which the executor turns
/// into an error at the op's location).
/// </summary>
public sealed class BindingContext(Operation op, IReadOnlyList<TensorSpec?> inputs, IReadOnlyList<TensorSpec> outputs,
    IReadOnlyList<Tensor?> constants)
{
    public Operation Op { get; } = op;

    /// <summary>Operand specs; null for a `none` operand.</summary>
    public IReadOnlyList<TensorSpec?> Inputs { get; } = inputs;

    /// <summary>Result specs (static shapes: the executor allocates the outputs from them).</summary>
    public IReadOnlyList<TensorSpec> Outputs { get; } = outputs;

    /// <summary>An exception to throw for an op this binding cannot run.</summary>
    public BindingException Error(string message) => new(message);

    /// <summary>Operand <paramref name="i"/>'s spec; an error when it is `none`.</summary>
    public TensorSpec Input(int i) => Inputs[i] ?? throw Error($"operand #{i} must not be none");

    /// <summary>The value of operand <paramref name="i"/> when a constant op defines it, else null.</summary>
    public Tensor? Constant(int i) => constants[i];

    /// <summary>Operand <paramref name="i"/>'s value, which must be a constant.</summary>
    public Tensor RequireConstant(int i) => constants[i] ?? throw Error($"operand #{i} must be a constant");

    public IRAttribute? Attr(string name) => Op.GetInherentOrDiscardable(name);

    public T Attr<T>(string name) where T : IRAttribute => Attr(name) switch
    {
        T t => t,
        null => throw Error($"missing attribute '{name}'"),
        var a => throw Error($"attribute '{name}' is {a}, expected a {typeof(T).Name}"),
    };

    public bool HasAttr(string name) => Attr(name) is not null;

    public long IntAttr(string name) => Attr<IntegerAttr>(name).Int64;

    public double FloatAttr(string name) => Attr<FloatAttr>(name).ToDouble();

    public bool BoolAttr(string name, bool defaultValue = false) => Attr(name) switch
    {
        null => defaultValue,
        IntegerAttr { IsBool: true } b => b.Value != 0,
        UnitAttr => true,
        var a => throw Error($"attribute '{name}' is {a}, expected a bool"),
    };

    public string StringAttr(string name) => Attr<StringAttr>(name).Value;

    /// <summary>An integer list from an array of integers, a dense array or dense integer elements.</summary>
    public long[] IntArrayAttr(string name) => Attr(name) switch
    {
        ArrayAttr a => a.Elements.Select(e => e is IntegerAttr i ? i.Int64 : throw Error($"attribute '{name}' has a non-integer element {e}")).ToArray(),
        DenseArrayAttr d when d.ElementType is IntegerType t =>
            Enumerable.Range(0, d.Size).Select(k => (long)DenseElementsAttr.ReadInteger(d.ElementBytes(k), t)).ToArray(),
        DenseElementsAttr e when e.ShapedType.ElementType is IntegerType =>
            Enumerable.Range(0, checked((int)e.NumElements)).Select(k => (long)e.IntegerAt(k)).ToArray(),
        null => throw Error($"missing attribute '{name}'"),
        var a => throw Error($"attribute '{name}' is {a}, expected a list of integers"),
    };

    /// <summary>The `custom_option` bytes of a `tfl.custom` op (empty when absent).</summary>
    public ReadOnlyMemory<byte> CustomOptionBytes => Attr("custom_option") is ConstBytesAttr c ? c.ToArray() : ReadOnlyMemory<byte>.Empty;

    /// <summary>
    /// Decodes custom options with a codec's TryDecode (e.g. <c>Bconv2dOptions.TryDecode</c>),
    /// reporting its message as the op's error.
    /// </summary>
    public T DecodeOptions<T>(OptionsDecoder<T> tryDecode) where T : class =>
        tryDecode(CustomOptionBytes, out var value, out var error) && value is not null
            ? value : throw Error($"invalid custom options: {error}");

    /// <summary>The custom options as a FlexBuffers map (validated first; a root that is not a map is an error).</summary>
    public FlexMap OptionsMap()
    {
        var bytes = CustomOptionBytes;
        if (!FlexBufferReader.TryValidate(bytes, out var error))
            throw Error($"invalid custom options: {error!.Message}");
        var root = FlexBufferReader.GetRoot(bytes);
        return root.IsMap ? root.AsMap() : throw Error("invalid custom options: the root is not a map");
    }
}

/// <summary>The shape of the custom-option codecs' TryDecode methods.</summary>
public delegate bool OptionsDecoder<T>(ReadOnlyMemory<byte> bytes, out T? value, out string? error) where T : class;
