using FsCheck;
using FsCheck.Fluent;
using Lce.CodeGen.Tflite.Schema;
using Lce.Serialization.FlatBuffers;

namespace Lce.Tests.Tflite;

/// <summary>Write → read → write of random models, and the reader as a verifier of damaged files.</summary>
public class SchemaRoundTripTests
{
    [Fact]
    public void RandomModelsRoundTripFieldForFieldAndRewriteIdentically() =>
        Prop.ForAll(TfliteSeed.Arb, s =>
        {
            var model = s.Model();
            var bytes = TfliteModelWriter.ToArray(model);
            var back = TfliteModelReader.Read(bytes);
            Assert.Equal(TfliteModelText.Describe(model), TfliteModelText.Describe(back));
            Assert.Equal(bytes, TfliteModelWriter.ToArray(back));
            return true;
        }).Check(TfliteSeed.Cases(200));

    [Fact]
    public void EveryTruncationIsRejected() =>
        Prop.ForAll(TfliteSeed.Arb, s =>
        {
            var bytes = TfliteModelWriter.ToArray(s.Model());
            if (bytes.Length > 3000) return true;
            for (int n = 0; n < bytes.Length; n++)
                if (TfliteModelReader.TryVerify(bytes.AsMemory(0, n), out _))
                    throw new InvalidOperationException($"truncation to {n} of {bytes.Length} bytes verified");
            return true;
        }).Check(TfliteSeed.Cases(60));

    [Fact]
    public void DamagedFilesOnlyRaiseTheFormatException() =>
        Prop.ForAll(TfliteSeed.Arb, s =>
        {
            var bytes = TfliteModelWriter.ToArray(s.Model());
            var r = new Random(s.Seed);
            for (int attempt = 0; attempt < 24; attempt++)
            {
                var damaged = (byte[])bytes.Clone();
                for (int k = 1 + r.Next(3); k > 0; k--)
                {
                    int at = r.Next(damaged.Length);
                    damaged[at] = r.Next(2) == 0 ? (byte)r.Next(256) : (byte)(damaged[at] ^ (1 << r.Next(8)));
                }
                try
                {
                    var m = TfliteModelReader.Read(damaged);
                    _ = TfliteModelText.Describe(m);
                }
                catch (FlatBufferException) { }
            }
            return true;
        }).Check(TfliteSeed.Cases(150));

    [Fact]
    public void TheIdentifierIsRequiredUnlessWaived()
    {
        var bytes = TfliteModelWriter.ToArray(new TfliteModel());
        Assert.Equal("TFL3"u8.ToArray(), bytes[4..8]);
        bytes[7] = (byte)'2';
        Assert.Throws<FlatBufferException>(() => TfliteModelReader.Read(bytes));
        Assert.Equal(3u, TfliteModelReader.Read(bytes, requireIdentifier: false).Version);
    }

    [Fact]
    public void SharedReferencesThatFanOutExhaustTheBudget()
    {
        // One tensor table referenced 2^k times through nested subgraph vectors is impossible in the
        // schema, but one big shape vector referenced by many tensors is not: build it by hand.
        var b = new FlatBufferBuilder();
        var shape = b.CreateVector<int>(new int[20000]);
        b.StartTable(10);
        b.AddOffset(0, shape);
        var tensor = b.EndTable();
        var tensors = b.CreateOffsetVector(Enumerable.Repeat(tensor, 20000).ToArray());
        b.StartTable(6);
        b.AddOffset(0, tensors);
        var sg = b.EndTable();
        var sgs = b.CreateOffsetVector([sg]);
        b.StartTable(8);
        b.AddOffset(2, sgs);
        b.Finish(b.EndTable(), "TFL3");
        var e = Assert.Throws<FlatBufferException>(() => TfliteModelReader.Read(b.ToArray()));
        Assert.Contains("more objects", e.Message);
    }

    [Fact]
    public void OperatorCodesWriteTheDeprecatedByteAsConvertersDo()
    {
        Assert.Equal(3, OperatorCode.Builtin(BuiltinOperator.Conv2d, 1).DeprecatedBuiltinCode);
        var big = OperatorCode.Builtin(BuiltinOperator.BroadcastTo, 2);
        Assert.Equal(127, big.DeprecatedBuiltinCode);
        Assert.Equal(BuiltinOperator.BroadcastTo, big.EffectiveCode);
        Assert.Equal(BuiltinOperator.Mean, new OperatorCode { DeprecatedBuiltinCode = 40 }.EffectiveCode);
        var custom = OperatorCode.Custom("LceBconv2d");
        Assert.Equal((BuiltinOperator.Custom, (sbyte)32, "LceBconv2d"), (custom.BuiltinCode, custom.DeprecatedBuiltinCode, custom.CustomCode));
    }

    [Fact]
    public void UnmodelledOptionsAreKeptAsAViewAndRefusedOnWrite()
    {
        var b = new FlatBufferBuilder();
        b.StartTable(1);
        b.AddScalar(0, 5, 0);
        var opts = b.EndTable();
        var inputs = b.CreateVector<int>([0]);
        b.StartTable(14);
        b.AddOffset(1, inputs);
        b.AddUnion(3, (byte)BuiltinOptionsType.GatherOptions, opts);
        var op = b.EndTable();
        var ops = b.CreateOffsetVector([op]);
        b.StartTable(6);
        b.AddOffset(3, ops);
        var sg = b.EndTable();
        var sgs = b.CreateOffsetVector([sg]);
        b.StartTable(8);
        b.AddOffset(2, sgs);
        b.Finish(b.EndTable(), "TFL3");
        var model = TfliteModelReader.Read(b.ToArray());
        var opaque = Assert.IsType<OpaqueOptions>(model.Subgraphs[0].Operators[0].BuiltinOptions);
        Assert.Equal(BuiltinOptionsType.GatherOptions, opaque.Type);
        Assert.Equal(5, opaque.Table.Get(0, 0));
        Assert.Throws<NotSupportedException>(() => TfliteModelWriter.ToArray(model));
    }
}
