namespace Lce.Run;

/// <summary>
/// Reads the model and the inputs file ('-' is stdin), turning every way a path can fail (missing,
/// a directory, unreadable) into one error line naming the file and its role.
/// </summary>
internal static class InputFiles
{
    public static string ReadText(string path, string role, TextReader stdin)
    {
        if (path == "-") return stdin.ReadToEnd();
        if (Directory.Exists(path)) throw new RunException($"lce-run: error: {role} '{path}' is a directory, not a file");
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            string reason = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
            throw new RunException($"lce-run: error: cannot read {role} '{path}': {reason}");
        }
    }
}
