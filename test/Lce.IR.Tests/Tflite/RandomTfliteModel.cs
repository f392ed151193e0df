using FsCheck;
using FsCheck.Fluent;
using Lce.CodeGen.Tflite.Schema;
using Lce.Serialization.CustomOptions;

namespace Lce.Tests.Tflite;

/// <summary>A seed and a size; the model is regenerated from them, so shrinking halves the size.</summary>
public sealed record TfliteSeed(int Seed, int Size)
{
    public TfliteModel Model() => new RandomTfliteModel(Seed, Size).Model();

    public override string ToString() => $"TfliteSeed({Seed}, {Size})";

    public static Arbitrary<TfliteSeed> Arb => FsCheck.Fluent.Arb.From(
        Gen.Sized(size =>
            from seed in Gen.Choose(int.MinValue, int.MaxValue)
            from s in Gen.Choose(0, Math.Max(0, size))
            select new TfliteSeed(seed, s)),
        c => c.Size == 0 ? [] : new[] { c with { Size = c.Size / 2 }, c with { Size = c.Size - 1 } }.Distinct());

    public static Config Cases(int n) => Config.QuickThrowOnFailure.WithMaxTest(n);
}

/// <summary>
/// Random models exercising every modelled field: all option kinds, per-tensor and per-axis
/// quantization, custom details, custom options (empty and not), shape signatures, metadata and
/// signatures. Values need not make sense as a network; the schema layer does not judge them.
/// </summary>
public sealed class RandomTfliteModel(int seed, int size)
{
    private readonly Random _r = new(seed);

    public TfliteModel Model() => new()
    {
        Version = _r.Next(4) == 0 ? (uint)_r.Next() : 3,
        Description = _r.Next(2) == 0 ? null : Text(),
        OperatorCodes = [.. Many(4, Code)],
        Subgraphs = [.. Many(3, SubGraph)],
        Buffers = [TfliteBuffer.Empty, .. Many(4, () => new TfliteBuffer { Data = Bytes(_r.Next(0, 40)), Offset = Maybe(() => (ulong)_r.NextInt64()), Size = Maybe(() => (ulong)_r.Next()) })],
        MetadataBuffer = [.. Many(2, () => _r.Next())],
        Metadata = [.. Many(2, () => new Metadata(Text(), (uint)_r.Next(5)))],
        SignatureDefs = [.. Many(2, () => new SignatureDef
        {
            Inputs = [.. Many(3, () => new TensorMap(Text(), (uint)_r.Next(9)))],
            Outputs = [.. Many(3, () => new TensorMap(_r.Next(5) == 0 ? null : Text(), (uint)_r.Next(9)))],
            SignatureKey = _r.Next(4) == 0 ? null : Text(),
            SubgraphIndex = (uint)_r.Next(3),
        })],
    };

    private IEnumerable<T> Many<T>(int max, Func<T> make) => Enumerable.Range(0, _r.Next(0, Math.Min(max, 1 + size) + 1)).Select(_ => make()).ToList();

    private T Maybe<T>(Func<T> make) where T : struct => _r.Next(3) == 0 ? make() : default;

    private string Text()
    {
        const string alphabet = "abcXYZ_09/:é€ ";
        return new string([.. Enumerable.Range(0, _r.Next(0, 12)).Select(_ => alphabet[_r.Next(alphabet.Length)])]);
    }

    private byte[] Bytes(int n)
    {
        var b = new byte[n];
        _r.NextBytes(b);
        return b;
    }

    private OperatorCode Code()
    {
        var code = (BuiltinOperator)_r.Next(0, 210);
        return _r.Next(3) switch
        {
            0 => OperatorCode.Custom(Text(), _r.Next(1, 4)),
            1 => OperatorCode.Builtin(code, _r.Next(1, 9)),
            _ => new OperatorCode { DeprecatedBuiltinCode = (sbyte)_r.Next(0, 128), BuiltinCode = 0 }, // files from old converters
        };
    }

    private SubGraph SubGraph() => new()
    {
        Name = _r.Next(3) == 0 ? null : Text(),
        Tensors = [.. Many(6, Tensor)],
        Inputs = [.. Many(3, () => _r.Next(-1, 6))],
        Outputs = [.. Many(3, () => _r.Next(0, 6))],
        Operators = [.. Many(5, Operator)],
        DebugMetadataIndex = _r.Next(3) == 0 ? _r.Next() : -1,
    };

    private Tensor Tensor() => new()
    {
        Name = _r.Next(5) == 0 ? null : Text(),
        Shape = [.. Many(4, () => _r.Next(1, 70))],
        ShapeSignature = _r.Next(2) == 0 ? null : [.. Many(4, () => _r.Next(-1, 70))],
        Type = (TensorType)_r.Next(0, 19),
        Buffer = (uint)_r.Next(0, 5),
        IsVariable = _r.Next(4) == 0,
        HasRank = _r.Next(2) == 0,
        Quantization = _r.Next(3) switch
        {
            0 => null,
            1 => new QuantizationParameters { Scale = [_r.NextSingle()], ZeroPoint = [_r.Next(-128, 128)] },
            _ => new QuantizationParameters
            {
                Min = [.. Many(3, () => -_r.NextSingle())],
                Max = [.. Many(3, _r.NextSingle)],
                Scale = [.. Many(5, _r.NextSingle)],
                ZeroPoint = [.. Many(5, () => _r.NextInt64())],
                QuantizedDimension = _r.Next(0, 4),
                DetailsType = _r.Next(2) == 0 ? QuantizationDetailsType.None : QuantizationDetailsType.CustomQuantization,
            } is var q && q.DetailsType == QuantizationDetailsType.CustomQuantization ? q with { CustomDetails = Bytes(_r.Next(0, 9)) } : q,
        },
    };

    private Operator Operator()
    {
        var custom = _r.Next(3) == 0 ? Bytes(_r.Next(0, 20)) : null;
        return new Operator
        {
            OpcodeIndex = (uint)_r.Next(0, 4),
            Inputs = [.. Many(5, () => _r.Next(-1, 6))],
            Outputs = [.. Many(2, () => _r.Next(0, 6))],
            BuiltinOptions = custom is null ? Options() : null,
            CustomOptions = custom,
            HasCustomOptions = custom is not null,
            MutatingVariableInputs = [.. Many(3, () => _r.Next(2) == 0)],
            Intermediates = [.. Many(2, () => _r.Next(0, 6))],
            LargeCustomOptionsOffset = Maybe(() => (ulong)_r.NextInt64()),
            LargeCustomOptionsSize = Maybe(() => (ulong)_r.Next()),
            DebugMetadataIndex = _r.Next(3) == 0 ? _r.Next(-5, 5) : -1,
        };
    }

    private TflitePadding Padding() => (TflitePadding)_r.Next(2);
    private TfliteActivation Act() => (TfliteActivation)_r.Next(6);
    private int Small() => _r.Next(4) == 0 ? _r.Next() : _r.Next(0, 4);

    private BuiltinOptions? Options() => _r.Next(17) switch
    {
        0 => null,
        1 => new Conv2DOptions(Padding(), Small(), Small(), Act(), Small(), Small(), (TensorType)_r.Next(0, 10)),
        2 => new DepthwiseConv2DOptions(Padding(), Small(), Small(), Small(), Act(), Small(), Small()),
        3 => new Pool2DOptions(Padding(), Small(), Small(), Small(), Small(), Act()),
        4 => new FullyConnectedOptions(Act(), (FullyConnectedWeightsFormat)_r.Next(2), _r.Next(2) == 0, _r.Next(2) == 0, (TensorType)_r.Next(0, 10)),
        5 => new AddOptions(Act(), _r.Next(2) == 0),
        6 => new SubOptions(Act(), _r.Next(2) == 0),
        7 => new MulOptions(Act()),
        8 => new DivOptions(Act()),
        9 => new ConcatenationOptions(_r.Next(-4, 4), Act()),
        10 => new SoftmaxOptions(_r.Next(2) == 0 ? 1f : _r.NextSingle()),
        11 => new ReducerOptions(_r.Next(2) == 0),
        12 => new ReshapeOptions(_r.Next(2) == 0 ? null : [.. Many(4, () => _r.Next(-1, 9))]),
        13 => new SqueezeOptions([.. Many(3, () => _r.Next(-4, 4))]),
        14 => new CastOptions((TensorType)_r.Next(0, 19), (TensorType)_r.Next(0, 19)),
        _ => new EmptyOptions(EmptyOptions.Types.ElementAt(_r.Next(EmptyOptions.Types.Count))),
    };
}
