using Lce.CodeGen.Tflite.Export;
using Lce.IR.Printing;

namespace Lce.ConvertCli;

/// <summary>
/// `--emit tflite`: the converted module through the TFLite exporter (src/CodeGen/Tflite). The
/// caller owns the temporary file; an export problem comes back as one message at the op's
/// location, so nothing is written over the output.
/// </summary>
public static class TfliteEmitter
{
    /// <summary>Writes the converted module as a .tflite flatbuffer; false with a message when it cannot.</summary>
    public static bool TryWrite(Operation module, Stream output, out string? error)
    {
        try
        {
            TfliteExporter.Build(TfliteExporter.Export(module), module.Location).WriteTo(output);
            error = null;
            return true;
        }
        catch (TfliteExportException e)
        {
            var file = e.Location is null ? null : LocationText.FindFileLoc(e.Location);
            error = file is null ? e.Message : $"{file.Filename}:{file.Line}:{file.Column}: {e.Message}";
            return false;
        }
    }
}
