namespace Lce.CodeGen.Tflite.Import;

/// <summary>
/// A problem with the model being imported, at the location it concerns (a tensor's or operator's
/// name, else the file). The importer turns it into a diagnostic; it never escapes
/// <see cref="TfliteImporter"/>.
/// </summary>
internal sealed class TfliteImportException(string message, Location location) : Exception(message)
{
    public Location Location { get; } = location;
}
