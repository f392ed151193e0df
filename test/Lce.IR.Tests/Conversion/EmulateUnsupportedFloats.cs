namespace Lce.Tests.Conversion;

using Lce.Dialects.Arith;
using Lce.IR;
using Lce.IR.Conversion;
using Lce.IR.Rewrite;

/// <summary>
/// The logic of mlir-opt's `--arith-emulate-unsupported-floats`, written on our conversion API
/// for differential testing: arith ops on unsupported float types are rebuilt on the target
/// type, operands are widened by `arith.extf` target materializations and results narrowed back
/// with `arith.truncf`. It drives an any-op pattern, a dynamically legal dialect, the
/// unknown-op fallback and materialization caching.
/// </summary>
internal static class EmulateUnsupportedFloats
{
    public static bool Run(Operation root, IReadOnlyList<IRType> sourceTypes, IRType targetType)
    {
        var ctx = root.Context;
        var converter = new TypeConverter();
        converter.AddConversion<IRType>(type =>
        {
            if (sourceTypes.Contains(type)) return targetType;
            return type switch
            {
                VectorType v when sourceTypes.Contains(v.ElementType) => VectorType.Get(ctx, v.Shape, targetType, v.ScalableDims),
                RankedTensorType t when sourceTypes.Contains(t.ElementType) => RankedTensorType.Get(ctx, t.Shape, targetType, t.Encoding),
                _ => type,
            };
        });
        converter.AddTargetMaterialization((b, type, inputs, loc) => Contract(b.Create("arith.extf", loc, inputs, [type])).GetResult(0));

        var target = new ConversionTarget(ctx);
        target.MarkUnknownOpDynamicallyLegal(_ => true);
        target.AddDynamicallyLegalDialect(op => converter.IsLegal(op), "arith");
        // mlir-opt 22 leaves arith.select on the source type as well (observed in its output).
        target.AddLegalOp("arith.bitcast", "arith.extf", "arith.truncf", "arith.constant", "arith.select");

        var patterns = new RewritePatternSet(ctx);
        patterns.Add(ConversionPattern.Create(null, (op, operands, rewriter) =>
        {
            if (converter.IsLegal(op) || op.NumRegions != 0) return false;
            var resultTypes = new List<IRType>();
            if (!converter.ConvertTypes(op.ResultTypes, resultTypes)) return false;
            var state = new OperationState(ctx, op.OpName, op.Location);
            state.Operands.AddRange(operands);
            state.Types.AddRange(resultTypes);
            state.Attributes.AddRange(op.Attributes.Entries);
            if (op.Properties is { } props) state.Properties = props.Entries.ToList();
            state.Successors.AddRange(op.Successors);
            var expanded = rewriter.Create(state);
            var results = new List<Value>();
            for (int i = 0; i < op.NumResults; i++)
            {
                Value v = expanded.GetResult(i);
                if (!Equals(op.GetResult(i).Type, resultTypes[i]))
                    v = Contract(rewriter.Create("arith.truncf", op.Location, [v], [op.GetResult(i).Type])).GetResult(0);
                results.Add(v);
            }
            rewriter.ReplaceOp(op, results);
            return true;
        }, converter, debugName: "EmulateFloatPattern"));

        return DialectConversion.ApplyPartialConversion(root, target, patterns.Freeze());
    }

    private static Operation Contract(Operation op)
    {
        op.SetProp("fastmath", FastMathFlagsAttr.Get(op.Context, FastMathFlags.Contract));
        return op;
    }
}
