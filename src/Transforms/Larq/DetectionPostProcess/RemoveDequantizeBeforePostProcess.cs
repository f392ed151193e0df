using Lce.Dialects.Quant;
using Lce.Dialects.Tfl;
using Lce.IR;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Larq.DetectionPostProcess;

/// <summary>
/// LCE's RemoveDequantizeBeforePostProcess: a `TFLite_Detection_PostProcess` custom op whose
/// three inputs (boxes, scores, anchors) all come from `tfl.dequantize` and whose four outputs
/// are (i32, i32, f32, i32) tensors is rebuilt on the quantized inputs. Its scores output
/// becomes `!quant.uniform&lt;i8:f32, s:z&gt;` with the scores input's scale and zero point,
/// followed by a `tfl.dequantize` back to the original type; the other outputs keep theirs.
/// The new op carries only the custom code and options, as LCE builds it. Where LCE would crash
/// (unranked outputs, scores that are not per-tensor uniform quantized) this does not match.
/// </summary>
public sealed class RemoveDequantizeBeforePostProcess() : RewritePattern("tfl.custom", 1, ["tfl.custom", "tfl.dequantize"])
{
    public const string CustomCode = "TFLite_Detection_PostProcess";

    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        if (op.GetAttr("custom_code") is not StringAttr { Value: CustomCode } code)
            return rewriter.NotifyMatchFailure(op, "op 'tfl.custom' attribute 'custom_code' failed to satisfy constraint: constant attribute " + CustomCode);
        if (op.NumOperands != 3) return rewriter.NotifyMatchFailure(op, "expected 3 inputs for the detection op");
        if (op.NumResults != 4) return rewriter.NotifyMatchFailure(op, "expected 4 outputs for the original detection op");

        var quantizedInputs = new Value[3];
        string[] inputNames = ["boxes", "scores", "anchors"];
        for (int i = 0; i < 3; i++)
        {
            if (op.GetOperand(i).DefiningOp is not { Name: "tfl.dequantize" } dequantize)
                return rewriter.NotifyMatchFailure(op, $"expected dequantization before the op for the '{inputNames[i]}' input");
            quantizedInputs[i] = dequantize.GetOperand(0);
        }

        var ctx = op.Context;
        IRType i32 = IntegerType.Get(ctx, 32), f32 = FloatType.F32(ctx);
        IRType[] expected = [i32, i32, f32, i32];
        var shapes = new RankedTensorType[4];
        for (int i = 0; i < 4; i++)
        {
            if (op.GetResult(i).Type is not RankedTensorType t || !ReferenceEquals(t.ElementType, expected[i]))
                return rewriter.NotifyMatchFailure(op, "unexpected output type of the op");
            shapes[i] = t;
        }

        if (quantizedInputs[1].Type is not ShapedType { ElementType: UniformQuantizedType scores })
            return rewriter.NotifyMatchFailure(op, "expected per-tensor uniform quantized 'scores' input");
        var scoresType = UniformQuantizedType.TryGet(ctx, QuantizationFlags.Signed, IntegerType.Get(ctx, 8), FloatType.F32(ctx),
            scores.Scale, scores.ZeroPoint, -128, 127, out _);
        if (scoresType is null) return rewriter.NotifyMatchFailure(op, "the 'scores' input's scale does not make an i8 quantized type");

        var resultTypes = shapes.Select((t, i) => (IRType)(i == 2 ? RankedTensorType.Get(ctx, t.Shape, scoresType) : t)).ToList();
        var option = op.GetAttr("custom_option") as ConstBytesAttr;
        var detection = TflBuild.Create(rewriter, "custom", op.Location, quantizedInputs, resultTypes,
            [("custom_code", code), .. option is null ? Array.Empty<(string, IRAttribute)>() : [("custom_option", (IRAttribute)option)]]);
        var scoresOut = TflBuild.Dequantize(rewriter, op.Location, op.GetResult(2).Type, detection.GetResult(2));
        rewriter.ReplaceOp(op, [detection.GetResult(0), detection.GetResult(1), scoresOut, detection.GetResult(3)]);
        return true;
    }
}
