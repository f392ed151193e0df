using Lce.CodeGen.Reference;
using static Lce.Tests.CodeGen.Tfl.TflTestSupport;

namespace Lce.Tests.CodeGen.Tfl;

/// <summary>Transpose, pad, concatenation, reshape and squeeze against index-by-index definitions.</summary>
public class DataMovementTests
{
    private static int[] RandomShape(Random r, int minRank, int maxRank, int maxDim)
    {
        var shape = new int[r.Next(minRank, maxRank + 1)];
        for (int i = 0; i < shape.Length; i++)
            shape[i] = r.Next(1, maxDim + 1);
        return shape;
    }

    [Fact]
    public void TransposeMovesEveryElementToItsPermutedIndex() => Check(r =>
    {
        var shape = RandomShape(r, 0, 6, 4);
        int[] perm = [.. Enumerable.Range(0, shape.Length).OrderBy(_ => r.Next())];
        var input = Floats(r, Size(shape));
        int[] outShape = [.. perm.Select(p => shape[p])];
        var expected = new float[input.Length];
        for (int i = 0; i < input.Length; i++)
        {
            var ix = Unflatten(i, shape);
            expected[Flatten([.. perm.Select(p => ix[p])], outShape)] = input[i];
        }
        Assert.Equal(outShape, DataMovement.TransposeShape(shape, perm));
        var actual = new float[input.Length];
        DataMovement.Transpose<float>(input, shape, perm, actual);
        AssertSameFloats(expected, actual);
    });

    [Fact]
    public void TransposeRejectsNonPermutations() =>
        Assert.Throws<ArgumentException>(() => DataMovement.TransposeShape([2, 3], [0, 0]));

    [Fact]
    public void PadPlacesTheInputInsideAConstantFrame() => Check(r =>
    {
        var shape = RandomShape(r, 0, 5, 4);
        var pads = new (int Before, int After)[shape.Length];
        for (int i = 0; i < pads.Length; i++)
            pads[i] = (r.Next(0, 3), r.Next(0, 3));
        float value = r.Next(2) == 0 ? 0f : -7.5f;
        var input = Floats(r, Size(shape));
        int[] outShape = [.. shape.Select((d, i) => d + pads[i].Before + pads[i].After)];
        var expected = new float[Size(outShape)];
        for (int o = 0; o < expected.Length; o++)
        {
            var ox = Unflatten(o, outShape);
            var ix = ox.Select((v, d) => v - pads[d].Before).ToArray();
            bool inside = ix.Select((v, d) => v >= 0 && v < shape[d]).All(b => b);
            expected[o] = inside ? input[Flatten(ix, shape)] : value;
        }
        Assert.Equal(outShape, DataMovement.PadShape(shape, pads));
        var actual = new float[expected.Length];
        DataMovement.Pad<float>(input, shape, pads, value, actual);
        AssertSameFloats(expected, actual);
    });

    [Fact]
    public void ConcatenationReadsEachInputAtItsOffsetAlongTheAxis() => Check(r =>
    {
        var baseShape = RandomShape(r, 1, 5, 4);
        int axis = r.Next(baseShape.Length);
        int count = r.Next(1, 4);
        var shapes = new List<int[]>();
        var inputs = new List<float[]>();
        for (int k = 0; k < count; k++)
        {
            var s = (int[])baseShape.Clone();
            s[axis] = r.Next(0, 4);
            shapes.Add(s);
            inputs.Add(Floats(r, Size(s)));
        }
        var outShape = (int[])baseShape.Clone();
        outShape[axis] = shapes.Sum(s => s[axis]);
        var expected = new float[Size(outShape)];
        for (int o = 0; o < expected.Length; o++)
        {
            var ox = Unflatten(o, outShape);
            int k = 0, at = ox[axis];
            while (at >= shapes[k][axis])
                at -= shapes[k++][axis];
            var ix = (int[])ox.Clone();
            ix[axis] = at;
            expected[o] = inputs[k][Flatten(ix, shapes[k])];
        }
        int axisArg = r.Next(2) == 0 ? axis : axis - baseShape.Length;
        Assert.Equal(outShape, DataMovement.ConcatenationShape(shapes, axisArg));
        var actual = new float[expected.Length];
        DataMovement.Concatenation(inputs.Select(a => (ReadOnlyMemory<float>)a).ToList(), shapes, axisArg, actual);
        AssertSameFloats(expected, actual);
    });

    [Fact]
    public void ConcatenationRejectsMismatchedShapes() =>
        Assert.Throws<ArgumentException>(() => DataMovement.ConcatenationShape([[2, 3], [3, 3]], 1));

    [Fact]
    public void ReshapeInfersOneDimension()
    {
        Assert.Equal([2, 6], ShapeOps.Reshape([3, 4], [2, -1]));
        Assert.Equal([0, 5], ShapeOps.Reshape([0, 5], [0, 5]));
        Assert.Equal([], ShapeOps.Reshape([1, 1], []));
        Assert.Throws<ArgumentException>(() => ShapeOps.Reshape([3, 4], [5, -1]));
        Assert.Throws<ArgumentException>(() => ShapeOps.Reshape([3, 4], [-1, -1]));
        Assert.Throws<ArgumentException>(() => ShapeOps.Reshape([3, 4], [2, 2]));
    }

    [Fact]
    public void SqueezeDropsSizeOneDimensions()
    {
        Assert.Equal([3, 4], ShapeOps.Squeeze([1, 3, 1, 4, 1], []));
        Assert.Equal([3, 1, 4, 1], ShapeOps.Squeeze([1, 3, 1, 4, 1], [0]));
        Assert.Equal([1, 3, 1, 4], ShapeOps.Squeeze([1, 3, 1, 4, 1], [-1]));
        Assert.Throws<ArgumentException>(() => ShapeOps.Squeeze([1, 3], [1]));
    }
}
