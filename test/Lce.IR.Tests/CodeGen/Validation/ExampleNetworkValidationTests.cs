using Lce.CodeGen.Runtime;

namespace Lce.Tests.CodeGen.Validation;

/// <summary>The shipped example network (examples/binary-net) runs the same before and after LCE's pipeline.</summary>
public class ExampleNetworkValidationTests
{
    private static string ExampleIR()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Compiler.sln"))) dir = dir.Parent;
        return File.ReadAllText(Path.Combine(dir!.FullName, "examples", "binary-net", "binary-net.mlir"));
    }

    [Theory]
    [InlineData("builtin.module(func.func(lce-tf-to-tfl))")]
    [InlineData("builtin.module(func.func(lce-tf-to-tfl{target=xcore}))")]
    public void ExampleNetworkAgreesAfterThePipeline(string pipeline)
    {
        var random = new Random(7);
        for (int run = 0; run < 3; run++)
        {
            var input = Enumerable.Range(0, 12 * 12 * 3).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
            var failure = TranslationValidator.Check(ExampleIR(), [pipeline], [Tensor.FromFloats([1, 12, 12, 3], input)]);
            Assert.True(failure is null, failure);
        }
    }
}
