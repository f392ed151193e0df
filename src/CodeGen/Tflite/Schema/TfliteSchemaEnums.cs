namespace Lce.CodeGen.Tflite.Schema;

/// <summary>TFLite's <c>TensorType</c> (numbers from the schema).</summary>
public enum TensorType : sbyte
{
    Float32 = 0,
    Float16 = 1,
    Int32 = 2,
    UInt8 = 3,
    Int64 = 4,
    String = 5,
    Bool = 6,
    Int16 = 7,
    Complex64 = 8,
    Int8 = 9,
    Float64 = 10,
    Complex128 = 11,
    UInt64 = 12,
    Resource = 13,
    Variant = 14,
    UInt32 = 15,
    UInt16 = 16,
    Int4 = 17,
    BFloat16 = 18,
}

/// <summary>TFLite's <c>CustomOptionsFormat</c>: custom options are FlexBuffers.</summary>
public enum CustomOptionsFormat : sbyte
{
    FlexBuffers = 0,
}

/// <summary>TFLite's <c>FullyConnectedOptionsWeightsFormat</c>.</summary>
public enum FullyConnectedWeightsFormat : sbyte
{
    Default = 0,
    Shuffled4x16Int8 = 1,
}

/// <summary>The type tags of TFLite's <c>QuantizationDetails</c> union.</summary>
public enum QuantizationDetailsType : byte
{
    None = 0,
    CustomQuantization = 1,
    BlockwiseQuantization = 2,
}
