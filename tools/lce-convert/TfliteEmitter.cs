namespace Lce.ConvertCli;

/// <summary>
/// The seam to the TFLite flatbuffer exporter (being written in src/CodeGen/Tflite by another
/// line of work). <see cref="TryWrite"/> is the one place lce-convert's `--emit tflite` calls;
/// until the exporter is connected it reports that the format is not available.
/// </summary>
public static class TfliteEmitter
{
    /// <summary>Writes the converted module as a .tflite flatbuffer; false with a message when it cannot.</summary>
    public static bool TryWrite(Operation module, Stream output, out string? error)
    {
        _ = module;
        _ = output;
        error = "--emit tflite is not available yet: the TFLite flatbuffer exporter is not connected to lce-convert (use --emit mlir)";
        return false;
    }
}
