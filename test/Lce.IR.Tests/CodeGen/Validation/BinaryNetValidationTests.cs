using FsCheck;
using FsCheck.Fluent;
using Lce.CodeGen.Runtime;

namespace Lce.Tests.CodeGen.Validation;

/// <summary>
/// Translation validation of LCE's passes on random small binarized tf networks: the converted
/// network computes what the original computes (exactly for the bitpacked and integer results,
/// within <see cref="TranslationValidator.Tolerance"/> for floats), checked after each stage.
/// </summary>
public class BinaryNetValidationTests
{
    private static Config Cases(int n) => Config.QuickThrowOnFailure.WithMaxTest(n);

    /// <summary>
    /// LCE's three passes, each with what it expects before it: prepare on tf ops, then
    /// legalize-tf (tf → tfl, as the converter runs it between the two) so that optimize finds
    /// tfl ops, then bitpack-weights; canonicalize folds the constants each leaves.
    /// </summary>
    public static string[] LceStages(string target) =>
    [
        $"builtin.module(func.func(tfl-prepare-lce{{target={target}}},canonicalize,tfl-legalize-tf,canonicalize))",
        $"builtin.module(func.func(tfl-optimize-lce{{target={target}}},canonicalize,tfl-optimize-lce{{target={target}}}))",
        "builtin.module(func.func(tfl-lce-bitpack-weights,canonicalize,cse))",
    ];

    internal static string? Validate(BinaryNet net, IReadOnlyList<string> stages, Action<Lce.IR.Operation>? mutate = null) =>
        TranslationValidator.Check(BinaryNetPrinter.Print(net), stages,
            [Tensor.FromFloats(BinaryNetPrinter.InputShape(net), BinaryNetPrinter.Input(net))], mutate);

    // About 0.3 s per network in a Debug build (the pass pipeline dominates), so the counts
    // stay small: 80 networks in all; arm, which converts more (same-zero convs, binary
    // max-pool), gets more.
    [Theory]
    [InlineData("arm", 25)]
    [InlineData("xcore", 15)]
    public void LcePassesPreserveTheNetwork(string target, int cases) =>
        Prop.ForAll(BinaryNetGen.Arbitrary, net =>
        {
            var failure = Validate(net, LceStages(target));
            return failure is null ? true.ToProperty() : false.Label($"{net}\n{failure}");
        }).Check(Cases(cases));

    [Theory]
    [InlineData("arm", 25)]
    [InlineData("xcore", 15)]
    public void FullPipelinePreservesTheNetwork(string target, int cases) =>
        Prop.ForAll(BinaryNetGen.Arbitrary, net =>
        {
            var failure = Validate(net, [$"builtin.module(func.func(lce-tf-to-tfl{{target={target}}}))"]);
            return failure is null ? true.ToProperty() : false.Label($"{net}\n{failure}");
        }).Check(Cases(cases));
}
