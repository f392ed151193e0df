using Lce.CodeGen.Reference;
using static Lce.Tests.CodeGen.Tfl.TflTestSupport;

namespace Lce.Tests.CodeGen.Tfl;

/// <summary>
/// Broadcasting arithmetic, comparisons and select against a per-element formulation: every
/// output multi-index is mapped to each operand by dropping leading dimensions and reading
/// index 0 on size-1 dimensions.
/// </summary>
public class ElementwiseTests
{
    /// <summary>A result shape (rank 0..6, sometimes a zero dimension) and operands broadcasting to it.</summary>
    private static (int[] Result, int[][] Operands) Shapes(Random r, int count)
    {
        int rank = r.Next(0, Broadcast.MaxRank + 1);
        var result = new int[rank];
        for (int i = 0; i < rank; i++)
            result[i] = r.Next(20) == 0 ? 0 : r.Next(1, rank > 3 ? 4 : 9);
        var operands = new int[count][];
        for (int k = 0; k < count; k++)
        {
            int own = r.Next(0, rank + 1);
            operands[k] = new int[own];
            for (int i = 0; i < own; i++)
                operands[k][i] = r.Next(3) == 0 ? 1 : result[rank - own + i];
        }
        // A result dimension nobody carries cannot appear: make the first operand carry the full shape sometimes.
        if (r.Next(2) == 0)
            operands[0] = (int[])result.Clone();
        var actual = Broadcast.Shape(operands);
        return (actual, operands);
    }

    private static int Source(int[] resultIndex, int[] operand)
    {
        int flat = 0;
        int offset = resultIndex.Length - operand.Length;
        for (int d = 0; d < operand.Length; d++)
            flat = flat * operand[d] + (operand[d] == 1 ? 0 : resultIndex[offset + d]);
        return flat;
    }

    [Fact]
    public void BroadcastShapeFollowsNumPyRules()
    {
        Assert.Equal([2, 3, 4], Broadcast.Shape([3, 1], [2, 1, 4]));
        Assert.Equal([0, 5], Broadcast.Shape([0, 1], [5]));
        Assert.Equal([], Broadcast.Shape([], []));
        Assert.Throws<ArgumentException>(() => Broadcast.Shape([2, 3], [3, 3]));
        Assert.Throws<ArgumentException>(() => Broadcast.Shape([1, 1, 1, 1, 1, 1, 1], [1]));
    }

    [Fact]
    public void ArithmeticMatchesPerElementDefinition() => Check(r =>
    {
        var (result, ops) = Shapes(r, 2);
        var op = (ArithmeticOp)r.Next(4);
        var act = Activation(r);
        var x = Floats(r, Size(ops[0]));
        var y = Floats(r, Size(ops[1]));
        if (r.Next(4) == 0 && y.Length > 0)
            y[r.Next(y.Length)] = 0f; // division by zero and -0 results
        var expected = new float[Size(result)];
        for (int i = 0; i < expected.Length; i++)
        {
            var index = Unflatten(i, result);
            float a = x[Source(index, ops[0])], b = y[Source(index, ops[1])];
            float v = op switch { ArithmeticOp.Add => a + b, ArithmeticOp.Sub => a - b, ArithmeticOp.Mul => a * b, _ => a / b };
            expected[i] = Activate(act, v);
        }
        Assert.Equal(result, BinaryArithmetic.OutputShape(ops[0], ops[1]));
        var actual = new float[expected.Length];
        BinaryArithmetic.Run(op, x, ops[0], y, ops[1], actual, act);
        AssertSameFloats(expected, actual);
    }, count: 400);

    [Fact]
    public void ActivationClampKeepsNegativeZeroAndNaN()
    {
        var output = new float[3];
        BinaryArithmetic.Run(ArithmeticOp.Mul, [-1f, float.NaN, -3f], [3], [0f], [1], output, TflActivation.Relu6);
        Assert.Equal(BitConverter.SingleToInt32Bits(-0f), BitConverter.SingleToInt32Bits(output[0]));
        Assert.True(float.IsNaN(output[1]));
        Assert.Equal(BitConverter.SingleToInt32Bits(-0f), BitConverter.SingleToInt32Bits(output[2]));
    }

    [Fact]
    public void ComparisonsMatchPerElementDefinition() => Check(r =>
    {
        var (result, ops) = Shapes(r, 2);
        var op = (ComparisonOp)r.Next(2);
        var x = Floats(r, Size(ops[0]));
        var y = Floats(r, Size(ops[1]));
        // Equal values and NaN (never >= or <=) must appear.
        if (x.Length > 0 && y.Length > 0)
        {
            x[r.Next(x.Length)] = y[r.Next(y.Length)];
            if (r.Next(3) == 0)
                y[r.Next(y.Length)] = float.NaN;
        }
        var expected = new bool[Size(result)];
        for (int i = 0; i < expected.Length; i++)
        {
            var index = Unflatten(i, result);
            float a = x[Source(index, ops[0])], b = y[Source(index, ops[1])];
            expected[i] = !float.IsNaN(a) && !float.IsNaN(b) && (op == ComparisonOp.GreaterEqual ? !(a < b) : !(a > b));
        }
        var actual = new bool[expected.Length];
        Comparison.Run(op, x, ops[0], y, ops[1], actual);
        Assert.Equal(expected, actual);
    }, count: 300);

    [Fact]
    public void SelectV2MatchesPerElementDefinition() => Check(r =>
    {
        var (result, ops) = Shapes(r, 3);
        var c = Bools(r, Size(ops[0]));
        var x = Floats(r, Size(ops[1]));
        var y = Floats(r, Size(ops[2]));
        var expected = new float[Size(result)];
        for (int i = 0; i < expected.Length; i++)
        {
            var index = Unflatten(i, result);
            expected[i] = c[Source(index, ops[0])] ? x[Source(index, ops[1])] : y[Source(index, ops[2])];
        }
        Assert.Equal(result, Select.OutputShapeV2(ops[0], ops[1], ops[2]));
        var actual = new float[expected.Length];
        Select.RunV2<float>(c, ops[0], x, ops[1], y, ops[2], actual);
        AssertSameFloats(expected, actual);
    }, count: 300);

    [Fact]
    public void SelectV1TakesWholeRowsWithRankOneCondition() => Check(r =>
    {
        int rank = r.Next(1, 5);
        var shape = new int[rank];
        for (int i = 0; i < rank; i++)
            shape[i] = r.Next(1, 6);
        int mode = r.Next(3);
        int[] condShape = mode == 0 ? shape : mode == 1 ? [shape[0]] : [];
        var c = Bools(r, Size(condShape));
        var x = Floats(r, Size(shape));
        var y = Floats(r, Size(shape));
        var expected = new float[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            var index = Unflatten(i, shape);
            bool pick = mode == 0 ? c[i] : mode == 1 ? c[index[0]] : c[0];
            expected[i] = pick ? x[i] : y[i];
        }
        var actual = new float[x.Length];
        Select.RunV1<float>(c, condShape, x, y, shape, actual);
        AssertSameFloats(expected, actual);
    });

    [Fact]
    public void SelectV1RejectsOtherConditionShapes()
    {
        Assert.Throws<ArgumentException>(() => Select.OutputShapeV1([3], [2, 3], [2, 3]));
        Assert.Throws<ArgumentException>(() => Select.OutputShapeV1([1], [2, 3], [2, 3]));
        Assert.Throws<ArgumentException>(() => Select.OutputShapeV1([2, 3], [2, 3], [2, 4]));
    }

    [Fact]
    public void StandaloneActivationsFollowTheReferenceFormulas() => Check(r =>
    {
        var x = Floats(r, r.Next(0, 40));
        for (int i = 0; i < x.Length; i++)
            x[i] *= 16; // reach both logistic cut-offs and the relu6 bound
        var relu = new float[x.Length];
        var relu6 = new float[x.Length];
        var relu1 = new float[x.Length];
        var tanh = new float[x.Length];
        var logistic = new float[x.Length];
        Activations.Relu(x, relu);
        Activations.Relu6(x, relu6);
        Activations.ReluN1To1(x, relu1);
        Activations.Tanh(x, tanh);
        Activations.Logistic(x, logistic);
        for (int i = 0; i < x.Length; i++)
        {
            float v = x[i];
            Assert.Equal(Math.Max(v, 0f), relu[i]);
            Assert.Equal(Math.Min(Math.Max(v, 0f), 6f), relu6[i]);
            Assert.Equal(Math.Min(Math.Max(v, -1f), 1f), relu1[i]);
            Assert.Equal(MathF.Tanh(v), tanh[i]);
            float sigmoid = v > 16.619047164916992188f ? 1f : v < -9f ? MathF.Exp(v) : 1f / (1f + MathF.Exp(-v));
            Assert.Equal(sigmoid, logistic[i]);
            // The cut-offs are an approximation: below -9, e^x is off by the factor 1 + e^x (< 1.3e-4); subnormal results round absolutely.
            double exact = 1 / (1 + Math.Exp(-v));
            Assert.True(Math.Abs(logistic[i] - exact) <= 1.3e-4 * exact + 1.5e-45, $"logistic({v}) = {logistic[i]}, exact {exact}");
        }
    });
}
