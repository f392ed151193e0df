namespace Lce.Tests.Larq.Prepare;

using Lce.Dialects;
using Lce.IR;
using Lce.IR.Parsing;
using Lce.Transforms.Larq.Prepare;

/// <summary>The conditions of the sign patterns: LCE's ±1 constant test and the guards that keep the rewrite valid.</summary>
public sealed class BinarySignTests
{
    private static readonly IRContext Ctx = StandardDialects.CreateContext();

    private static DenseElementsAttr F32(long[] shape, params float[] values) =>
        DenseElementsValues.FromF32(Ctx, RankedTensorType.Get(Ctx, shape, FloatType.F32(Ctx)), values);

    [Fact]
    public void ConstantValueComparesEveryF32ElementExactly()
    {
        Assert.True(BinarySign.IsConstantValue(F32([], 1f), 1f));
        Assert.True(BinarySign.IsConstantValue(F32([2, 1], -1f, -1f), -1f));
        Assert.True(BinarySign.IsConstantValue(DenseElementsValues.SplatF32(Ctx, RankedTensorType.Get(Ctx, [3, 5], FloatType.F32(Ctx)), 1f), 1f));
        Assert.False(BinarySign.IsConstantValue(F32([2], 1f, 0.99999994f), 1f));
        Assert.False(BinarySign.IsConstantValue(F32([2], -1f, 1f), -1f));
        // An attribute without elements holds for any value, as LCE's loop does.
        Assert.True(BinarySign.IsConstantValue(F32([0, 4]), 1f));
        var f16 = DenseElementsAttr.FromRaw(Ctx, RankedTensorType.Get(Ctx, [2], FloatType.F16(Ctx)), [0x00, 0x3c], isSplat: true);
        Assert.False(BinarySign.IsConstantValue(f16, 1f));
        Assert.False(BinarySign.IsConstantValue(FloatAttr.Get(Ctx, FloatType.F32(Ctx), 1.0), 1f));
    }

    [Fact]
    public void OnlyStaticRankedShapesCanBeWrittenAsAConstant()
    {
        var f32 = FloatType.F32(Ctx);
        Assert.True(BinarySign.HasStaticShape(RankedTensorType.Get(Ctx, [8, 16], f32)));
        Assert.True(BinarySign.HasStaticShape(RankedTensorType.Get(Ctx, [], f32)));
        Assert.False(BinarySign.HasStaticShape(RankedTensorType.Get(Ctx, [ShapedType.Dynamic, 16], f32)));
        Assert.False(BinarySign.HasStaticShape(UnrankedTensorType.Get(Ctx, f32)));
    }

    private static Operation Only(string body, string name)
    {
        var module = MlirParser.ParseSourceString(Ctx, body, "s.mlir").Operation!;
        Operation? found = null;
        module.Walk(op => { if (op.Name == name) found = op; });
        return found!;
    }

    [Theory]
    [InlineData("tf.SelectV2", "tensor<8xi1>", true)]
    [InlineData("tf.Select", "tensor<i1>", true)]
    [InlineData("tf.Select", "tensor<4x8xi1>", true)]
    [InlineData("tf.Select", "tensor<4xi1>", false)]
    [InlineData("tf.Select", "tensor<*xi1>", false)]
    public void V1SelectsWithARowConditionAreNotElementwise(string op, string cond, bool elementwise)
    {
        var select = Only($$"""
            func.func @f(%c: {{cond}}, %a: tensor<4x8xf32>, %b: tensor<4x8xf32>) -> tensor<4x8xf32> {
              %0 = "{{op}}"(%c, %a, %b) : ({{cond}}, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
              return %0 : tensor<4x8xf32>
            }
            """, op);
        Assert.Equal(elementwise, BinarySign.HasElementwiseCondition(select));
    }

    [Theory]
    [InlineData("tensor<4x40xf32>", "tensor<4x40xf32>", true)]
    [InlineData("tensor<4x40xi32>", "tensor<4x40xi32>", true)]
    [InlineData("tensor<4x40xf32>", "tensor<2x4x40xf32>", false)]
    [InlineData("tensor<f32>", "tensor<f32>", false)]
    [InlineData("tensor<*xf32>", "tensor<*xf32>", false)]
    [InlineData("tensor<4x40xi8>", "tensor<4x40xi8>", false)]
    public void LegacySignNeedsAQuantizableOperandOfTheResultType(string x, string result, bool ok)
    {
        var sign = Only($$"""
            func.func @f(%x: {{x}}, %y: {{result}}) -> {{result}} {
              %0 = "tf.Sign"(%y) : ({{result}}) -> {{result}}
              return %0 : {{result}}
            }
            """, "tf.Sign");
        var block = sign.ParentBlock!;
        Assert.Equal(ok, BinarySign.IsQuantizableLike(block.GetArgument(0), sign.GetResult(0)));
    }
}
