namespace Lce.CodeGen.Reference;

/// <summary>
/// tf.Cast between float32, int32, int64 and bool, as TensorFlow's CPU kernel (a C++
/// static_cast per element) behaves on x86-64:
/// - float → integer truncates toward zero; NaN and values outside the range give the
///   "integer indefinite" value (int.MinValue / long.MinValue), what cvttss2si produces
///   (.NET's own conversion saturates instead, so it is guarded here);
/// - integer → float rounds to nearest even; int64 → int32 keeps the low 32 bits;
/// - to bool: x != 0 (NaN is true); from bool: 0 or 1.
/// </summary>
public static class TfCast
{
    public static int ToInt32(float x) =>
        x >= -2147483648f && x < 2147483648f ? (int)x : int.MinValue;

    public static long ToInt64(float x) =>
        x >= -9223372036854775808f && x < 9223372036854775808f ? (long)x : long.MinValue;

    public static bool ToBool(float x) => x != 0f;

    /// <summary>Applies an element conversion to every element.</summary>
    public static void Map<TIn, TOut>(ReadOnlySpan<TIn> input, Span<TOut> output, Func<TIn, TOut> convert)
    {
        TflCommon.RequireLength(output.Length, input.Length, "output");
        for (int i = 0; i < input.Length; i++)
            output[i] = convert(input[i]);
    }
}
