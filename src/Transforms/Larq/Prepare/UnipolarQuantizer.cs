using Lce.IR;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Larq.Prepare;

/// <summary>The TensorFlow forms of a {0, 1} ("unipolar") activation quantizer that prepare recognises.</summary>
public enum UnipolarForm
{
    /// <summary>Larq's SteHeaviside: `sign(relu(x))`, 1 exactly when x &gt; 0.</summary>
    Heaviside,
    /// <summary>Larq's DoReFa with k_bit = 1: `round(clip(x, 0, 1) · 1) / 1`, 1 exactly when x &gt; 0.5.</summary>
    DoReFa,
    /// <summary>`0.5 · sign(x − t) + 0.5`: 1 when x &gt; t, 0 when x &lt; t, and 0.5 (not binary) when x == t.</summary>
    HalfSign,
}

/// <summary>
/// A unipolar quantizer found at a value: its form, its input x, its threshold t and the ops it
/// consists of (for locations). Every form is a function of the comparison of x with t, exact in
/// single precision: the bit `a = 1` is `fl(t − x) &lt; 0`, which holds exactly when x &gt; t
/// (float subtraction is zero only for equal operands and keeps the sign of the exact difference),
/// and t − x is +0.0 when x == t (with t's zero taken as +0.0), so even a kernel that packs the
/// IEEE sign bit (LCE's AArch64 path) reads 0 there.
/// NaN inputs are outside this claim (the float quantizers give NaN, which no bit represents).
/// </summary>
public sealed record UnipolarQuantizer(UnipolarForm Form, Value Input, float Threshold, IReadOnlyList<Operation> Ops)
{
    /// <summary>
    /// The threshold with a zero made +0.0 (x − (−0.0) and x + 0.0 give t = −0.0): fl(−0.0 − (+0.0))
    /// is −0.0, whose sign bit a sign-bit packing kernel would read as x &gt; t.
    /// </summary>
    public static float PositiveZero(float t) => t == 0f ? 0f : t;

    /// <summary>
    /// The quantizer producing <paramref name="a"/>, or null. The forms are matched as Larq
    /// exports them after op removal (custom-gradient IdentityN ops gone), with constants as
    /// tf.Const or arith.constant splats of any shape and the commutative operands in either
    /// order; the quantizer's result must have its input's type (no broadcasting into x).
    /// </summary>
    public static UnipolarQuantizer? Match(Value a)
    {
        var found = Heaviside(a) ?? DoReFa(a) ?? HalfSign(a);
        if (found is null || !ReferenceEquals(found.Input.Type, a.Type)) return null;
        if (found.Input.Type is not RankedTensorType { ElementType: FloatType { Width: 32 } }) return null;
        return found with { Threshold = PositiveZero(found.Threshold) };
    }

    /// <summary>sign(relu(x)).</summary>
    private static UnipolarQuantizer? Heaviside(Value a)
    {
        if (Def(a, "tf.Sign") is not { } sign || Def(sign.GetOperand(0), "tf.Relu") is not { } relu) return null;
        return new(UnipolarForm.Heaviside, relu.GetOperand(0), 0f, [sign, relu]);
    }

    /// <summary>
    /// round(clip(x, 0, 1) · n) / n with n = 1, where the multiplication and the division (tf.RealDiv
    /// or tf.Div) may already be folded away, and the clip is TF's clip_by_value (tf.Minimum with 1,
    /// then tf.Maximum with 0), the same in the other order, or tf.ClipByValue. tf.Round rounds half
    /// to even, so clip(x) = 0.5 gives 0: the result is 1 exactly when x &gt; 0.5.
    /// </summary>
    private static UnipolarQuantizer? DoReFa(Value a)
    {
        var ops = new List<Operation>();
        var v = a;
        if ((Def(v, "tf.RealDiv") ?? Def(v, "tf.Div")) is { } div && Splat(div.GetOperand(1)) == 1f)
        {
            ops.Add(div);
            v = div.GetOperand(0);
        }
        if (Def(v, "tf.Round") is not { } round) return null;
        ops.Add(round);
        v = round.GetOperand(0);
        if (Def(v, "tf.Mul") is { } mul && OtherThanSplat(mul, 1f) is { } scaled)
        {
            ops.Add(mul);
            v = scaled;
        }
        if (ClipToUnit(v, ops) is not { } x) return null;
        return new(UnipolarForm.DoReFa, x, 0.5f, ops);
    }

    /// <summary>The x of clip(x, 0, 1) at <paramref name="v"/>, adding the clip's ops to <paramref name="ops"/>.</summary>
    private static Value? ClipToUnit(Value v, List<Operation> ops)
    {
        if (Def(v, "tf.ClipByValue") is { } clip)
        {
            if (Splat(clip.GetOperand(1)) != 0f || Splat(clip.GetOperand(2)) != 1f) return null;
            ops.Add(clip);
            return clip.GetOperand(0);
        }
        // max(min(x, 1), 0) or min(max(x, 0), 1): both are the clip for every non-NaN x.
        foreach (var (outer, outerBound, inner, innerBound) in new[] { ("tf.Maximum", 0f, "tf.Minimum", 1f), ("tf.Minimum", 1f, "tf.Maximum", 0f) })
        {
            if (Def(v, outer) is not { } o || OtherThanSplat(o, outerBound) is not { } mid) continue;
            if (Def(mid, inner) is not { } i || OtherThanSplat(i, innerBound) is not { } x) continue;
            ops.Add(o);
            ops.Add(i);
            return x;
        }
        return null;
    }

    /// <summary>
    /// 0.5 · sign(d) + 0.5 (either operand order of the multiplication and the addition), where d is
    /// x − t (tf.Sub with a splat t), x + k (tf.AddV2 with a splat k, t = −k: fl(x + k) = fl(x − t)),
    /// or any other value x itself (t = 0).
    /// </summary>
    private static UnipolarQuantizer? HalfSign(Value a)
    {
        if (Def(a, "tf.AddV2") is not { } add || OtherThanSplat(add, 0.5f) is not { } scaled) return null;
        if (Def(scaled, "tf.Mul") is not { } mul || OtherThanSplat(mul, 0.5f) is not { } signed) return null;
        if (Def(signed, "tf.Sign") is not { } sign) return null;
        var d = sign.GetOperand(0);
        if (Def(d, "tf.Sub") is { } sub && Splat(sub.GetOperand(1)) is { } t)
            return new(UnipolarForm.HalfSign, sub.GetOperand(0), t, [add, mul, sign, sub]);
        if (Def(d, "tf.AddV2") is { } shift)
            foreach (var (x, k) in new[] { (0, 1), (1, 0) })
                if (Splat(shift.GetOperand(k)) is { } offset)
                    return new(UnipolarForm.HalfSign, shift.GetOperand(x), -offset, [add, mul, sign, shift]);
        return new(UnipolarForm.HalfSign, d, 0f, [add, mul, sign]);
    }

    /// <summary>The defining op of <paramref name="v"/> when it is named <paramref name="name"/>.</summary>
    private static Operation? Def(Value v, string name) => v.DefiningOp is { } op && op.Name == name ? op : null;

    /// <summary>The operand of a binary op that is not the splat constant <paramref name="value"/> (the other one is).</summary>
    private static Value? OtherThanSplat(Operation op, float value)
    {
        if (op.NumOperands != 2) return null;
        if (Splat(op.GetOperand(1)) == value) return op.GetOperand(0);
        if (Splat(op.GetOperand(0)) == value) return op.GetOperand(1);
        return null;
    }

    /// <summary>The value of an f32 constant whose elements are all equal (tf.Const or arith.constant), else null.</summary>
    public static float? Splat(Value v)
    {
        if (!Matchers.MatchConstant(v, out var attr) || attr is not DenseElementsAttr { NumElements: > 0 } dense || !dense.IsF32()) return null;
        float first = dense.F32At(0);
        if (dense.IsSplat) return first;
        for (long i = 1; i < dense.NumElements; i++)
            if (!dense.F32At(i).Equals(first)) return null;
        return first;
    }
}
