namespace Lce.Translate;

/// <summary>lce-translate: runs one translation; every failure is an error on stderr and exit code 1.</summary>
public static class LceTranslate
{
    public static int Run(IReadOnlyList<string> args, Stream stdout, TextWriter stderr, TextReader? stdin = null)
    {
        var (opts, error) = TranslateOptions.Parse(args);
        if (opts is null)
        {
            stderr.Write($"lce-translate: error: {error}\n{TranslateOptions.Usage}");
            return 1;
        }
        if (opts.Help)
        {
            var usage = System.Text.Encoding.UTF8.GetBytes(TranslateOptions.Usage);
            stdout.Write(usage);
            return 0;
        }
        try
        {
            return opts.Translation switch
            {
                "--mlir-to-tflite" => MlirToTflite.Run(opts, stdout, stderr, stdin ?? Console.In),
                "--tflite-to-mlir" => TfliteToMlirCommand.Run(opts, stdout, stderr),
                _ => throw new InvalidOperationException($"translation {opts.Translation} is not wired"),
            };
        }
        catch (IOException e) { return Fail(stderr, $"lce-translate: error: {e.Message}"); }
        catch (UnauthorizedAccessException e) { return Fail(stderr, $"lce-translate: error: {e.Message}"); }
    }

    internal static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine(message.TrimEnd());
        return 1;
    }
}
