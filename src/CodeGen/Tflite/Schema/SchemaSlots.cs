namespace Lce.CodeGen.Tflite.Schema;

/// <summary>
/// Field ids (vtable slots) of the TFLite schema's tables, in declaration order; a union takes
/// two ids, its type tag (`name_type`) first. Kept in one place to be checked against schema.fbs.
/// </summary>
internal static class SchemaSlots
{
    public static class Model
    {
        public const int Version = 0, OperatorCodes = 1, Subgraphs = 2, Description = 3, Buffers = 4,
            MetadataBuffer = 5, Metadata = 6, SignatureDefs = 7, Count = 8;
    }

    public static class SubGraph
    {
        public const int Tensors = 0, Inputs = 1, Outputs = 2, Operators = 3, Name = 4, DebugMetadataIndex = 5, Count = 6;
    }

    public static class Tensor
    {
        public const int Shape = 0, Type = 1, Buffer = 2, Name = 3, Quantization = 4, IsVariable = 5, Sparsity = 6,
            ShapeSignature = 7, HasRank = 8, VariantTensors = 9, Count = 10;
    }

    public static class Quantization
    {
        public const int Min = 0, Max = 1, Scale = 2, ZeroPoint = 3, DetailsType = 4, Details = 5, QuantizedDimension = 6, Count = 7;
    }

    public static class CustomQuantization
    {
        public const int Custom = 0, Count = 1;
    }

    public static class Buffer
    {
        public const int Data = 0, Offset = 1, Size = 2, Count = 3;
    }

    public static class OperatorCode
    {
        public const int DeprecatedBuiltinCode = 0, CustomCode = 1, Version = 2, BuiltinCode = 3, Count = 4;
    }

    public static class Operator
    {
        public const int OpcodeIndex = 0, Inputs = 1, Outputs = 2, BuiltinOptionsType = 3, BuiltinOptions = 4,
            CustomOptions = 5, CustomOptionsFormat = 6, MutatingVariableInputs = 7, Intermediates = 8,
            LargeCustomOptionsOffset = 9, LargeCustomOptionsSize = 10, BuiltinOptions2Type = 11, BuiltinOptions2 = 12,
            DebugMetadataIndex = 13, Count = 14;
    }

    public static class Metadata
    {
        public const int Name = 0, Buffer = 1, Count = 2;
    }

    public static class TensorMap
    {
        public const int Name = 0, TensorIndex = 1, Count = 2;
    }

    public static class SignatureDef
    {
        public const int Inputs = 0, Outputs = 1, SignatureKey = 2, DeprecatedTag = 3, SubgraphIndex = 4, Count = 5;
    }
}
