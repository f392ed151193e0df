using FsCheck;
using FsCheck.Fluent;
using Lce.Serialization.FlexBuffers;

namespace Lce.Tests.Serialization.FlexBuffers;

/// <summary>
/// Random buffers (<see cref="RandomFlex"/>) built with the builder read back as their model,
/// pass <see cref="FlexBufferReader.Validate"/>, and map lookups agree with a linear scan.
/// </summary>
public class FlexRoundTripPropertyTests
{
    /// <summary><c>LCE_PROPERTY_SCALE=k</c> runs k times as many cases (a soak run); CI uses the default.</summary>
    private static readonly int Scale =
        int.TryParse(Environment.GetEnvironmentVariable("LCE_PROPERTY_SCALE"), out int k) && k > 0 ? k : 1;

    internal static Config Cases(int n) => Config.QuickThrowOnFailure.WithMaxTest(n * Scale).WithEndSize(60);

    [Fact]
    public void BuiltBuffersReadBackAsTheirModel() =>
        Prop.ForAll(FlexSeedArb.Arb, s =>
        {
            var c = s.Case();
            var bytes = c.Build();
            FlexBufferReader.Validate(bytes);
            FlexModelChecker.Check(FlexBufferReader.GetRoot(bytes), c.Root);
            return true;
        }).Check(Cases(300));

    [Fact]
    public void LegacyAndCurrentIndexingDecodeToTheSameValues() =>
        Prop.ForAll(FlexSeedArb.Arb, s =>
        {
            var c = s.Case();
            var current = (c with { Legacy = false }).Build();
            var legacy = (c with { Legacy = true }).Build();
            FlexModelChecker.Check(FlexBufferReader.GetRoot(current), c.Root);
            FlexModelChecker.Check(FlexBufferReader.GetRoot(legacy), c.Root);
            // The legacy rule only ever over-estimates, so it is never shorter.
            return legacy.Length >= current.Length;
        }).Check(Cases(100));

    [Fact]
    public void MapLookupAgreesWithALinearScan() =>
        Prop.ForAll(FlexSeedArb.Arb, s =>
        {
            var gen = new RandomFlex(s.Seed, s.Size);
            var model = gen.Map(depth: 3);
            var b = new FlexBufferBuilder();
            model.Emit(b);
            b.Finish();
            var map = FlexBufferReader.GetRoot(b.GetBuffer()).AsMap();
            var keys = Enumerable.Range(0, map.Count).Select(i => map.Keys[i].AsKeyBytes().ToArray()).ToList();
            for (int i = 1; i < keys.Count; i++)
                if (ByteOrder.Instance.Compare(keys[i - 1], keys[i]) >= 0)
                    throw new Xunit.Sdk.XunitException($"{s}: keys {i - 1} and {i} are not in strcmp order");
            // Probe every stored key, random keys, and near misses (prefixes and extensions).
            var probes = keys.Concat(Enumerable.Range(0, 20).Select(_ => gen.Key()))
                .Concat(keys.Where(k => k.Length > 0).Select(k => k[..^1]))
                .Concat(keys.Select(k => (byte[])[.. k, 0x7F]));
            foreach (var probe in probes)
            {
                int linear = keys.FindIndex(k => k.AsSpan().SequenceEqual(probe));
                int found = map.IndexOf(probe);
                if (found != linear)
                    throw new Xunit.Sdk.XunitException($"{s}: key {Convert.ToHexString(probe)} found at {found}, linear scan says {linear}");
                var value = map[probe];
                if ((linear < 0) != value.IsNull && linear < 0)
                    throw new Xunit.Sdk.XunitException($"{s}: missing key {Convert.ToHexString(probe)} did not read as Null");
            }
            return true;
        }).Check(Cases(300));
}
