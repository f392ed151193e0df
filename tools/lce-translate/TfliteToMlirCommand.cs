using Lce.CodeGen.Tflite.Import;

namespace Lce.Translate;

/// <summary>
/// `--tflite-to-mlir`: import a .tflite file (verified before use) and print it as MLIR text.
/// The text goes to a temporary file next to the output that replaces it only on success.
/// </summary>
public static class TfliteToMlirCommand
{
    public static int Run(TranslateOptions opts, Stream stdout, TextWriter stderr)
    {
        string input = opts.Input!;
        byte[] bytes;
        if (input == "-")
        {
            using var buffer = new MemoryStream();
            Console.OpenStandardInput().CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        else if (!File.Exists(input)) return LceTranslate.Fail(stderr, $"lce-translate: error: cannot read '{input}'");
        else bytes = File.ReadAllBytes(input);

        if (opts.Output == "-")
        {
            var text = new StringWriter();
            int rc = TfliteToMlir.Run(bytes, input, text, stderr);
            if (rc != 0) return rc;
            var utf8 = System.Text.Encoding.UTF8.GetBytes(text.ToString());
            stdout.Write(utf8);
            return 0;
        }
        string full = Path.GetFullPath(opts.Output);
        string temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            int rc;
            using (var writer = new StreamWriter(temp, append: false, new System.Text.UTF8Encoding(false)))
                rc = TfliteToMlir.Run(bytes, input, writer, stderr);
            if (rc != 0) { File.Delete(temp); return rc; }
            File.Move(temp, full, overwrite: true);
            return 0;
        }
        catch
        {
            try { File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            throw;
        }
    }
}
