using Lce.Dialects.Func;
using Lce.IR;
using Lce.IR.Passes;

namespace Lce.Transforms.Tf.ShapeInference;

/// <summary>
/// `tf-shape-inference` (TensorFlow's TensorFlowShapeInferencePass) for the ops of
/// <see cref="TfShapeFunctions"/>: in every function, result types are refined in program order
/// (repeated until nothing changes, at most `max-iterations` rounds) to what the operand types
/// and constant operands imply, and the function's result types follow its return. A
/// refinement only fills in unknown dimensions (a known dimension is never changed; a
/// contradiction leaves the type alone), and a result used by an op outside the tf dialect
/// (other than func.return) is not refined, since TF would need a cast there. TF's pass runs on
/// the module; this one runs on any op (the functions it is or contains), so that LCE's
/// pipeline can stay nested in func.func.
/// </summary>
public sealed class ShapeInferencePass : Pass
{
    private readonly Option<long> _maxIterations;

    public ShapeInferencePass()
    {
        _maxIterations = Option("max-iterations", "Maximum shape inference iterations", 10L);
    }

    public override string Argument => "tf-shape-inference";
    public override string Name => "TensorFlowShapeInferencePass";
    public override string Description => "Shape inference on TF dialect and ops implementing InferTypeOpInterface";
    public override string? AnchorName => null;

    protected override void RunOnOperation()
    {
        var funcs = new List<Operation>();
        Operation.Walk(op => { if (op.Name == "func.func") funcs.Add(op); });
        foreach (var func in funcs)
        {
            if (func.GetRegion(0).IsEmpty) continue;
            for (long i = 0; i < _maxIterations.Value; i++)
                if (!RefineOnce(func)) break;
            UpdateFunctionResults(func);
        }
    }

    /// <summary>One pass over the function's ops in order; true if any type changed.</summary>
    public static bool RefineOnce(Operation func)
    {
        bool changed = false;
        func.Walk(op =>
        {
            if (op.OpName.DialectNamespace != "tf" || TfShapeFunctions.Infer(op) is not { } shapes) return;
            for (int i = 0; i < op.NumResults && i < shapes.Length; i++)
            {
                var result = op.GetResult(i);
                if (shapes[i] is not { } shape || !OnlyTfOrReturnUsers(result)) continue;
                if (Refine(op.Context, result.Type, shape) is { } refined && !ReferenceEquals(refined, result.Type))
                {
                    result.Type = refined;
                    changed = true;
                }
            }
        });
        return changed;
    }

    /// <summary>
    /// <paramref name="type"/> with its unknown rank or dimensions taken from <paramref name="shape"/>;
    /// null when the two contradict or the type is not a tensor.
    /// </summary>
    public static IRType? Refine(IRContext ctx, IRType type, IReadOnlyList<long> shape)
    {
        switch (type)
        {
            case UnrankedTensorType u:
                return RankedTensorType.Get(ctx, shape, u.ElementType);
            case RankedTensorType r:
                if (r.Rank != shape.Count) return null;
                var dims = new long[r.Rank];
                for (int d = 0; d < dims.Length; d++)
                {
                    long old = r.Shape[d], inferred = shape[d];
                    if (old != ShapedType.Dynamic && inferred != ShapedType.Dynamic && old != inferred) return null;
                    dims[d] = old != ShapedType.Dynamic ? old : inferred;
                }
                return RankedTensorType.Get(ctx, dims, r.ElementType, r.Encoding);
            default:
                return null;
        }
    }

    private static bool OnlyTfOrReturnUsers(Value v) =>
        v.Users.All(u => u.OpName.DialectNamespace == "tf" || u.Name == "func.return");

    /// <summary>The function type's results become the returned values' types (which refine them).</summary>
    private static void UpdateFunctionResults(Operation func)
    {
        var ret = func.GetRegion(0).Blocks.SelectMany(b => b.Operations).FirstOrDefault(o => o.Name == "func.return");
        if (ret is null || func.GetRegion(0).Blocks.Count() != 1) return;
        var type = FuncOp.Type(func);
        if (ret.NumOperands != type.Results.Count) return;
        var results = ret.Operands.Select(v => v.Type).ToArray();
        if (results.SequenceEqual(type.Results)) return;
        func.SetProp(FuncOp.FunctionTypeAttrName, TypeAttr.Get(func.Context, FunctionType.Get(func.Context, type.Inputs, results)));
    }
}
