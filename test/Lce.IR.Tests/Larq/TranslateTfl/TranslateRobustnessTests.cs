namespace Lce.Tests.Larq.TranslateTfl;

using FsCheck;
using FsCheck.Fluent;
using Lce.IR.Rewrite;
using Lce.Serialization.CustomOptions;
using Lce.Tests.Larq.LegalizeLce;
using Lce.Transforms.Larq.LegalizeLce;
using Lce.Transforms.Larq.TranslateTfl;

/// <summary>
/// `-lce-translate-tfl` on corrupted option bytes never throws: bytes that still decode give
/// the lq op with the decoded properties, anything else one error at the custom op and no
/// rewrite. Custom ops with other codes are not rewritten and not counted as changes.
/// </summary>
public sealed class TranslateRobustnessTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(400);

    private abstract record Mutation;
    private sealed record SetByte(int Position, byte Value) : Mutation;
    private sealed record Truncate(int Length) : Mutation;
    private sealed record Append(byte[] Bytes) : Mutation;

    private static readonly Gen<Mutation> Mutations = Gen.OneOf(
        from p in Gen.Choose(0, 199) from v in Gen.Choose(0, 255) select (Mutation)new SetByte(p, (byte)v),
        from n in Gen.Choose(0, 200) select (Mutation)new Truncate(n),
        from n in Gen.Choose(1, 8) from b in Gen.ArrayOf(Gen.Choose(0, 255).Select(x => (byte)x), n) select (Mutation)new Append(b));

    private static byte[] Apply(byte[] bytes, IEnumerable<Mutation> mutations)
    {
        var b = bytes.ToList();
        foreach (var m in mutations)
        {
            switch (m)
            {
                case SetByte s when b.Count > 0: b[s.Position % b.Count] = s.Value; break;
                case Truncate t: if (t.Length < b.Count) b.RemoveRange(t.Length, b.Count - t.Length); break;
                case Append a: b.AddRange(a.Bytes); break;
            }
        }
        return [.. b];
    }

    private static string Module(bool conv, byte[] bytes)
    {
        string hex = "0x" + Convert.ToHexString(bytes);
        return conv
            ? $$"""
              func.func @f(%in: tensor<1x8x8x2xi32>, %w: tensor<4x3x3x2xi32>, %m: tensor<4xf32>, %n: none) -> tensor<1x6x6x4xf32> {
                %0 = "tfl.custom"(%in, %w, %m, %m, %n) {custom_code = "LceBconv2d", custom_option = #tfl<const_bytes : "{{hex}}">} : (tensor<1x8x8x2xi32>, tensor<4x3x3x2xi32>, tensor<4xf32>, tensor<4xf32>, none) -> tensor<1x6x6x4xf32>
                return %0 : tensor<1x6x6x4xf32>
              }
              """
            : $$"""
              func.func @f(%in: tensor<1x8x8x2xi32>) -> tensor<1x4x4x2xi32> {
                %0 = "tfl.custom"(%in) {custom_code = "LceBMaxPool2d", custom_option = #tfl<const_bytes : "{{hex}}">} : (tensor<1x8x8x2xi32>) -> tensor<1x4x4x2xi32>
                return %0 : tensor<1x4x4x2xi32>
              }
              """;
    }

    /// <summary>Translates one custom op holding <paramref name="bytes"/> and checks the outcome against the decoder.</summary>
    private static bool Check(bool conv, byte[] bytes)
    {
        var u = new LarqPassTestUtil();
        var module = u.Parse(Module(conv, bytes));
        var (ok, errors) = u.Run(new TranslateTflPass(), module);
        var op = LarqPassTestUtil.BodyOps(module)[0];
        string? error;
        object? decoded = conv
            ? (Bconv2dOptions.TryDecode(bytes, out var c, out error) ? c : null)
            : (BMaxPool2dOptions.TryDecode(bytes, out var p, out error) ? p : null);
        if (decoded is not null)
        {
            Assert.True(ok && errors.Count == 0, string.Join("\n", errors));
            Assert.Equal(conv ? "lq.Bconv2d" : "lq.BMaxPool2d", op.Name);
            Assert.Equal(decoded, conv ? LqCustomOps.Bconv2dOptionsOf(op) : LqCustomOps.BMaxPool2dOptionsOf(op));
            return true;
        }
        else
        {
            Assert.False(ok);
            Assert.Equal(["'tfl.custom' op cannot be translated to an lq op: " + error], errors);
            Assert.Equal("tfl.custom", op.Name);
            return false;
        }
    }

    [Fact]
    public void CorruptedBconv2dOptionsAreTranslatedOrReported()
    {
        var gen = from o in CustomOptionsPropertyTests.Bconv
                  from k in Gen.Choose(1, 4)
                  from ms in Gen.ArrayOf(Mutations, k)
                  select Apply(o.Encode(), ms);
        Prop.ForAll(gen.ToArbitrary(), bytes => { Check(conv: true, bytes); }).Check(Runs);
    }

    [Fact]
    public void CorruptedBMaxPool2dOptionsAreTranslatedOrReported()
    {
        var gen = from o in CustomOptionsPropertyTests.Pool
                  from k in Gen.Choose(1, 4)
                  from ms in Gen.ArrayOf(Mutations, k)
                  select Apply(o.Encode(), ms);
        Prop.ForAll(gen.ToArbitrary(), bytes => { Check(conv: false, bytes); }).Check(Runs);
    }

    [Fact]
    public void RandomBytesAreTranslatedOrReported()
    {
        var gen = from conv in Gen.Elements(true, false)
                  from bytes in Gen.ArrayOf(Gen.Choose(0, 255).Select(x => (byte)x))
                  select (conv, bytes);
        Prop.ForAll(gen.ToArbitrary(), t => { Check(t.conv, t.bytes); }).Check(Runs);
    }

    /// <summary>Single-byte corruption of LCE's 160-byte example, every position and a spread of values.</summary>
    [Fact]
    public void EverySingleByteCorruptionOfTheSpecExampleIsHandled()
    {
        var bytes = new Bconv2dOptions(3, 1, 1, TfliteActivation.None, 0, TflitePadding.Valid, 1, 1).Encode();
        int translated = 0, reported = 0;
        for (int i = 0; i < bytes.Length; i++)
            foreach (byte v in new byte[] { 0x00, 0x01, 0x7F, 0x80, 0xFF, (byte)(bytes[i] ^ 0x10) })
            {
                var copy = (byte[])bytes.Clone();
                copy[i] = v;
                if (Check(conv: true, copy)) translated++; else reported++;
            }
        // Both outcomes occur: most value bytes still decode (to other values); key, structure and enum bytes do not.
        Assert.True(translated >= 30 && reported >= 500, $"{translated} translated, {reported} reported");
    }

    /// <summary>The pattern fails (changes nothing) on other codes, so the driver reports no change.</summary>
    [Fact]
    public void OtherCustomCodesAreNotChanges()
    {
        var u = new LarqPassTestUtil();
        var module = u.Parse("""
            func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
              %0 = "tfl.custom"(%x) {custom_code = "LceUnknown", custom_option = #tfl<const_bytes : "0x00">} : (tensor<4xf32>) -> tensor<4xf32>
              %1 = "tfl.custom"(%0) {custom_code = "TFLite_Detection_PostProcess", custom_option = #tfl<const_bytes : "0x">} : (tensor<4xf32>) -> tensor<4xf32>
              return %1 : tensor<4xf32>
            }
            """);
        string before = LarqPassTestUtil.Print(module);
        var patterns = new RewritePatternSet(u.Ctx).Add(new TranslateToLqOp()).Freeze();
        foreach (var func in LarqPassTestUtil.Functions(module))
        {
            Assert.True(GreedyPatternRewriteDriver.ApplyPatternsGreedily(func, patterns, null, out bool changed));
            Assert.False(changed);
        }
        Assert.Equal(before, LarqPassTestUtil.Print(module));
        u.RunOk(new TranslateTflPass(), module);
        Assert.Equal(before, LarqPassTestUtil.Print(module));
    }
}
