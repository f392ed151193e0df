namespace Lce.Dialects.Tfl;

public sealed partial class TflDialect
{
    /// <summary>
    /// tfl.custom: a TFLite custom op identified by `custom_code`, its options as raw bytes in
    /// `custom_option`; any tensor or `none` operands and tensor results. It declares no memory
    /// effects, so it is never erased as dead.
    /// </summary>
    private void DefineCustom() =>
        Op("custom").Counts(null, null)
            .VariadicOperand("input", TflConstraints.Variadic(TflConstraints.TensorOfOrNone(TflElement.Any)))
            .Attr("custom_code", TflConstraints.StrAttr)
            .Attr("custom_option", TflConstraints.ConstBytes)
            .VariadicResult("output", TflConstraints.Variadic(TflConstraints.AnyTensor));
}
