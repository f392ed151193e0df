namespace Lce.Tests.CodeGen.Validation;

/// <summary>
/// The {0, 1} ("unipolar") quantizers of <see cref="BinaryNet"/> as Larq's graphs contain them:
/// SteHeaviside and DoReFa keep their input clip and the IdentityN that tf.custom_gradient wraps
/// around the result (op removal drops it), the half-sign form is the plain arithmetic.
/// </summary>
public sealed partial class BinaryNetPrinter
{
    /// <summary>Whether <paramref name="form"/> quantizes to {0, 1} rather than ±1.</summary>
    public static bool IsUnipolar(SignForm form) => form is SignForm.Heaviside or SignForm.DoReFa or SignForm.HalfSign;

    /// <summary>Prints the quantizer when <paramref name="form"/> is unipolar (and says whether it did).</summary>
    private bool UnipolarSign(SignForm form)
    {
        if (!IsUnipolar(form)) return false;
        string t = Type(), p = $"l{_layer}", x = _value;
        switch (form)
        {
            case SignForm.Heaviside:
            {
                string one = Const($"{p}_clip_max", [1f]), minus = Const($"{p}_clip_min", [-1f]);
                Line($"%{p}_upper = \"tf.Minimum\"({x}, {one}) : ({t}, tensor<f32>) -> {t}");
                Line($"%{p}_clipped = \"tf.Maximum\"(%{p}_upper, {minus}) : ({t}, tensor<f32>) -> {t}");
                Line($"%{p}_relu = \"tf.Relu\"(%{p}_clipped) : ({t}) -> {t}");
                Line($"%{p}_step = \"tf.Sign\"(%{p}_relu) : ({t}) -> {t}");
                IdentityN(p, $"%{p}_step", $"%{p}_clipped", t);
                return true;
            }
            case SignForm.DoReFa:
            {
                string one = Const($"{p}_one", [1f]), zero = Const($"{p}_zero", [0f]);
                Line($"%{p}_upper = \"tf.Minimum\"({x}, {one}) : ({t}, tensor<f32>) -> {t}");
                Line($"%{p}_clipped = \"tf.Maximum\"(%{p}_upper, {zero}) : ({t}, tensor<f32>) -> {t}");
                Line($"%{p}_levels = \"tf.Mul\"(%{p}_clipped, {one}) : ({t}, tensor<f32>) -> {t}");
                Line($"%{p}_rounded = \"tf.Round\"(%{p}_levels) : ({t}) -> {t}");
                Line($"%{p}_quantized = \"tf.RealDiv\"(%{p}_rounded, {one}) : ({t}, tensor<f32>) -> {t}");
                IdentityN(p, $"%{p}_quantized", $"%{p}_clipped", t);
                return true;
            }
            default:
            {
                string half = Const($"{p}_half", [0.5f]);
                Line($"%{p}_shifted = \"tf.Sub\"({x}, {half}) : ({t}, tensor<f32>) -> {t}");
                Line($"%{p}_sign = \"tf.Sign\"(%{p}_shifted) : ({t}) -> {t}");
                Line($"%{p}_halved = \"tf.Mul\"({half}, %{p}_sign) : (tensor<f32>, {t}) -> {t}");
                Emit("unipolar", $"\"tf.AddV2\"(%{p}_halved, {half})", t, operandTypes: $"{t}, tensor<f32>");
                return true;
            }
        }
    }

    /// <summary>tf.custom_gradient's `IdentityN(result, input)`; its first result becomes the current value.</summary>
    private void IdentityN(string p, string result, string input, string t)
    {
        Line($"%{p}_identity:2 = \"tf.IdentityN\"({result}, {input}) : ({t}, {t}) -> ({t}, {t})");
        _value = $"%{p}_identity#0";
    }
}
