namespace Lce.Tests.ConverterPasses;

using Lce.ConvertCli;
using Lce.Transforms.Larq;

/// <summary>lce-convert's command line.</summary>
public sealed class ConvertOptionsTests
{
    [Fact]
    public void DefaultsAndOutputKind()
    {
        var (o, error) = ConvertOptions.Parse(["m.mlir"]);
        Assert.Null(error);
        Assert.Equal(LceTarget.Arm, o!.Target);
        Assert.Equal(EmitKind.Mlir, o.Emit);
        Assert.Equal(EmitKind.Tflite, ConvertOptions.Parse(["m.mlir", "-o", "m.tflite"]).Options!.Emit);
        Assert.Equal(EmitKind.Mlir, ConvertOptions.Parse(["m.mlir", "-o", "m.tfl.mlir"]).Options!.Emit);
        Assert.Equal(EmitKind.Mlir, ConvertOptions.Parse(["m.mlir", "-o", "m.tflite", "--emit", "mlir"]).Options!.Emit);
    }

    [Fact]
    public void AllOptions()
    {
        var (o, error) = ConvertOptions.Parse(["--target=xcore", "m.mlir", "--inference-input-type", "int8",
            "--inference-output-type=int8", "--experimental-default-int8-range", "-3.5,2", "--emit", "tflite", "-q"]);
        Assert.Null(error);
        Assert.Equal(LceTarget.XCore, o!.Target);
        Assert.True(o.Int8Input && o.Int8Output && o.Quiet);
        Assert.Equal((-3.5f, 2f), o.DefaultInt8Range);
        Assert.Equal(EmitKind.Tflite, o.Emit);
    }

    [Theory]
    [InlineData("no input model")]
    [InlineData("--target must be arm or xcore, not 'x86'", "m.mlir", "--target", "x86")]
    [InlineData("--inference-input-type must be float32 or int8, not 'uint8'", "m.mlir", "--inference-input-type", "uint8")]
    [InlineData("--experimental-default-int8-range takes MIN,MAX, not '1'", "m.mlir", "--experimental-default-int8-range", "1")]
    [InlineData("-o needs a value", "m.mlir", "-o")]
    [InlineData("unknown option '--fast'", "m.mlir", "--fast")]
    [InlineData("more than one input ('a.mlir', 'b.mlir')", "a.mlir", "b.mlir")]
    public void UsageErrors(string message, params string[] args)
    {
        var (o, error) = ConvertOptions.Parse(args);
        Assert.Null(o);
        Assert.StartsWith($"lce-convert: error: {message}\nusage:", error);
    }
}
