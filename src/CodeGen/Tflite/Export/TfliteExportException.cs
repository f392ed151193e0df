namespace Lce.CodeGen.Tflite.Export;

/// <summary>Why a module cannot be exported, at the location of the op (or value) responsible.</summary>
public sealed class TfliteExportException(string message, Location? location = null) : Exception(message)
{
    public Location? Location { get; } = location;
}
