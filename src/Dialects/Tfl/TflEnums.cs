namespace Lce.Dialects.Tfl;

/// <summary>
/// The string enums of TFL's attributes, in TFLite schema order (the index is the flatbuffer
/// enum value: NONE=0 … SIGN_BIT=5; SAME=0, VALID=1; DEFAULT=0, SHUFFLED4x16INT8=1).
/// </summary>
public static class TflEnums
{
    public const string None = "NONE", Relu = "RELU", ReluN1To1 = "RELU_N1_TO_1", Relu6 = "RELU6", Tanh = "TANH", SignBit = "SIGN_BIT";
    public const string Same = "SAME", Valid = "VALID";
    public const string DefaultWeights = "DEFAULT", Shuffled4x16Int8 = "SHUFFLED4x16INT8";

    public static readonly IReadOnlyList<string> Activations = [None, Relu, ReluN1To1, Relu6, Tanh, SignBit];
    public static readonly IReadOnlyList<string> Paddings = [Same, Valid];
    public static readonly IReadOnlyList<string> WeightsFormats = [DefaultWeights, Shuffled4x16Int8];
}
