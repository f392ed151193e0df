namespace Lce.CodeGen.Runtime;

/// <summary>
/// Evaluates the constant ops (`arith.constant`, `tfl.pseudo_const`, `tfl.pseudo_qconst`, `tf.Const`) into tensors owning their data, and recognizes `tfl.no_value` (a `none` operand).
/// </summary>
public static class ConstantEvaluator
{
    public static bool IsConstantOp(Operation op) =>
        op.Name is "arith.constant" or "tfl.pseudo_const" or "tfl.pseudo_qconst" or "tf.Const";

    public static bool IsNoValue(Operation op) => op.Name == "tfl.no_value";

    /// <summary>The tensor of a constant op, typed by its result type (so a quantized result type gives a quantized tensor).</summary>
    public static Tensor Evaluate(Operation op)
    {
        var spec = TensorSpec.FromIRType(op.Result.Type, out var error)
            ?? throw new ExecutorException($"'{op.Name}': {error}", op.Location);
        if (op.GetInherentOrDiscardable("value") is not DenseElementsAttr dense)
            throw new ExecutorException($"'{op.Name}': only dense element values are supported", op.Location);
        int width = dense.ElementByteWidth;
        if (width != spec.DType.ByteSize() || dense.NumElements != spec.ElementCount)
            throw new ExecutorException($"'{op.Name}': value of type '{dense.Type}' does not match its result {spec}", op.Location);
        var tensor = Tensor.Zeros(spec);
        var target = tensor.Storage.Span;
        if (dense.IsSplat)
        {
            var one = dense.ElementBytes(0);
            for (int i = 0; i < target.Length; i += width) one.CopyTo(target[i..]);
        }
        else dense.RawData.CopyTo(target);
        // Booleans are stored as 0/1 bytes whatever their dense form held.
        if (spec.DType == DType.Bool)
            for (int i = 0; i < target.Length; i++) target[i] = (byte)(target[i] != 0 ? 1 : 0);
        return tensor;
    }
}
