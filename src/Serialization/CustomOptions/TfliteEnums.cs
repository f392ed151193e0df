namespace Lce.Serialization.CustomOptions;

/// <summary>TFLite's <c>Padding</c> enum, as LCE writes it into custom options.</summary>
public enum TflitePadding
{
    Same = 0,
    Valid = 1,
}

/// <summary>
/// TFLite's <c>ActivationFunctionType</c> enum. LCE's options can only carry the first four:
/// its converter maps the strings to ints without a case for the other two, and its kernels
/// implement none of them.
/// </summary>
public enum TfliteActivation
{
    None = 0,
    Relu = 1,
    ReluN1To1 = 2,
    Relu6 = 3,
    Tanh = 4,
    SignBit = 5,
}

/// <summary>The attribute strings of the enums (the TFL dialect's spelling) and which values options can carry.</summary>
public static class TfliteEnums
{
    private static readonly string[] PaddingNames = ["SAME", "VALID"];
    private static readonly string[] ActivationNames = ["NONE", "RELU", "RELU_N1_TO_1", "RELU6", "TANH", "SIGN_BIT"];

    /// <summary>"SAME" or "VALID"; the number itself for a value outside the enum.</summary>
    public static string Name(TflitePadding padding) =>
        (int)padding is >= 0 and < 2 ? PaddingNames[(int)padding] : ((int)padding).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"NONE", "RELU", ...; the number itself for a value outside the enum.</summary>
    public static string Name(TfliteActivation activation) =>
        (int)activation is >= 0 and < 6 ? ActivationNames[(int)activation] : ((int)activation).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool TryParsePadding(string name, out TflitePadding padding)
    {
        int i = Array.IndexOf(PaddingNames, name);
        padding = (TflitePadding)Math.Max(i, 0);
        return i >= 0;
    }

    public static bool TryParseActivation(string name, out TfliteActivation activation)
    {
        int i = Array.IndexOf(ActivationNames, name);
        activation = (TfliteActivation)Math.Max(i, 0);
        return i >= 0;
    }

    /// <summary>Whether LCE's options (and kernels) support the padding: SAME or VALID.</summary>
    public static bool IsSerializable(TflitePadding padding) => padding is TflitePadding.Same or TflitePadding.Valid;

    /// <summary>Whether LCE's options (and kernels) support the activation: NONE, RELU, RELU_N1_TO_1 or RELU6.</summary>
    public static bool IsSerializable(TfliteActivation activation) =>
        activation is TfliteActivation.None or TfliteActivation.Relu or TfliteActivation.ReluN1To1 or TfliteActivation.Relu6;
}
