using FsCheck;
using FsCheck.Fluent;
using Lce.CodeGen.Runtime;
using Lce.Run;

namespace Lce.Tests.CodeGen.Runtime;

public class TensorJsonTests
{
    private static NamedTensor RoundTrip(NamedTensor t) => Assert.Single(TensorJson.ReadInputs(TensorJson.WriteInputs([t])));

    [Fact]
    public void EveryElementTypeRoundTrips()
    {
        NamedTensor[] tensors =
        [
            new("f", Tensor.FromFloats([2, 2], [0.1f, -3.5e-30f, float.MaxValue, float.Epsilon])),
            new("i8", Tensor.From<sbyte>(new TensorSpec(DType.Int8, [3]), [-128, 0, 127])),
            new("u8", Tensor.From<byte>(new TensorSpec(DType.UInt8, [2]), [0, 255])),
            new(null, Tensor.FromInt32s([2], [int.MinValue, int.MaxValue])),
            new("i64", Tensor.From<long>(new TensorSpec(DType.Int64, [2]), [long.MinValue, 1L << 40])),
            new("b", Tensor.From<byte>(new TensorSpec(DType.Bool, [3]), [1, 0, 1])),
            new("scalar", Tensor.FromFloats([], [7])),
            new("empty", Tensor.FromFloats([0, 3], [])),
        ];
        var back = TensorJson.ReadInputs(TensorJson.WriteInputs(tensors));
        Assert.Equal(tensors.Length, back.Count);
        for (int i = 0; i < tensors.Length; i++)
        {
            Assert.Equal(tensors[i].Name, back[i].Name);
            Assert.Equal(tensors[i].Tensor.Spec, back[i].Tensor.Spec);
            Assert.Equal(tensors[i].Tensor.Storage.ToArray(), back[i].Tensor.Storage.ToArray());
        }
    }

    [Fact]
    public void NonFiniteFloatsAreNamedStrings()
    {
        var t = new NamedTensor("x", Tensor.FromFloats([3], [float.NaN, float.PositiveInfinity, float.NegativeInfinity]));
        Assert.Equal("""{"inputs":[{"name":"x","shape":[3],"dtype":"float32","data":["NaN","Infinity","-Infinity"]}]}""",
            TensorJson.WriteInputs([t]));
        var back = RoundTrip(t).Tensor.Span<float>().ToArray();
        Assert.True(float.IsNaN(back[0]));
        Assert.Equal([float.PositiveInfinity, float.NegativeInfinity], back[1..]);
    }

    [Fact]
    public void FloatsAreReadToTheNearestSingle()
    {
        // 0.1 as text must give the single nearest to 0.1, not the single nearest to the double 0.1
        // (the same here, but the text path is the one that is exact in general).
        var t = TensorJson.ReadInputs("""{"inputs": [{"shape": [2], "dtype": "float32", "data": [0.1, 16777217]}]}""")[0];
        Assert.Equal([0.1f, 16777216f], t.Tensor.Span<float>().ToArray());
    }

    [Fact]
    public void RandomFloatTensorsRoundTripBitExactly()
    {
        var finite = Gen.Choose(int.MinValue, int.MaxValue).Select(BitConverter.Int32BitsToSingle).Where(float.IsFinite);
        Prop.ForAll(Gen.ArrayOf(finite).ToArbitrary(), values =>
        {
            var t = new NamedTensor("v", Tensor.FromFloats([values.Length], values));
            return RoundTrip(t).Tensor.Storage.Span.SequenceEqual(t.Tensor.Storage.Span);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Theory]
    [InlineData("""{"inputs": [""", "malformed JSON (line 1, byte 13)")]
    [InlineData("""{"input": []}""", "expected an object with an \"inputs\" array")]
    [InlineData("""{"inputs": [3]}""", "inputs[0]: expected an object")]
    [InlineData("""{"inputs": [{"shape": [2], "data": [1, 2]}]}""", "inputs[0].dtype: expected a string")]
    [InlineData("""{"inputs": [{"shape": [2], "dtype": "float16", "data": [1, 2]}]}""", "inputs[0].dtype: unknown element type 'float16'")]
    [InlineData("""{"inputs": [{"shape": [2, -1], "dtype": "int8", "data": []}]}""", "inputs[0].shape[1]: expected a non-negative integer")]
    [InlineData("""{"inputs": [{"shape": [2, 2], "dtype": "int8", "data": [1, 2, 3]}]}""", "inputs[0].data: 3 value(s) for shape [2, 2] which has 4")]
    [InlineData("""{"inputs": [{"shape": [2], "dtype": "int8", "data": [1, 128]}]}""", "inputs[0].data[1]: 128 is out of range for int8")]
    [InlineData("""{"inputs": [{"shape": [1], "dtype": "int32", "data": [1.5]}]}""", "inputs[0].data[0]: expected an integer")]
    [InlineData("""{"inputs": [{"shape": [1], "dtype": "bool", "data": [2]}]}""", "inputs[0].data[0]: expected true or false")]
    [InlineData("""{"inputs": [{"shape": [1], "dtype": "float32", "data": ["one"]}]}""", "inputs[0].data[0]: expected a number")]
    [InlineData("""{"inputs": [{"name": 3, "shape": [1], "dtype": "float32", "data": [1]}]}""", "inputs[0].name: expected a string")]
    public void MalformedInputsAreClearErrors(string json, string message)
    {
        var e = Assert.Throws<TensorJsonException>(() => TensorJson.ReadInputs(json));
        Assert.StartsWith(message, e.Message);
    }
}
