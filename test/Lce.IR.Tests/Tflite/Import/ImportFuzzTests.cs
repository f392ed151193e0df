namespace Lce.Tests.Tflite.Import;

/// <summary>
/// 1,000 mutated models, each imported cleanly or rejected with an error, never a crash or hang
/// (10 s per-file guard). LCE_IMPORT_FUZZ_CASES / LCE_IMPORT_FUZZ_SEED change the run
/// (scripts/tflite-import-fuzz.sh runs 10,000).
/// </summary>
public class ImportFuzzTests
{
    [Fact]
    public void MutatedModelsAreImportedOrRejectedNeverCrash()
    {
        int cases = int.TryParse(Environment.GetEnvironmentVariable("LCE_IMPORT_FUZZ_CASES"), out int c) ? c : 1000;
        int seed = int.TryParse(Environment.GetEnvironmentVariable("LCE_IMPORT_FUZZ_SEED"), out int s) ? s : 20261122;
        var outcome = ImportFuzzer.Run(cases, seed, TimeSpan.FromSeconds(10));
        Console.WriteLine($"import fuzz: {outcome.Cases} cases, {outcome.Imported} imported, {outcome.Rejected} rejected, {outcome.Failures.Count} failures");
        Assert.True(outcome.Failures.Count == 0, string.Join("\n\n", outcome.Failures.Take(5)));
        // Both outcomes occur, so the mutations reach past the FlatBuffer checks.
        Assert.True(outcome.Imported > 0 && outcome.Rejected > 0, $"{outcome.Imported} imported, {outcome.Rejected} rejected");
    }
}
