namespace Lce.FileCheck.Tests;

/// <summary>Runs the in-process FileCheck on a check text and an input text.</summary>
internal static class FileCheckHarness
{
    public sealed record Result(int ExitCode, string Stderr, string Stdout);

    public static Result Run(string check, string input, params string[] args)
    {
        string dir = Path.Combine(Path.GetTempPath(), "lce-fc-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        string checkPath = Path.Combine(dir, "t.check");
        File.WriteAllText(checkPath, check);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = FileCheckRunner.Run([checkPath, .. args], new StringReader(input), stdout, stderr,
            new Dictionary<string, string?>(), dir);
        return new Result(code, stderr.ToString().Replace(checkPath, "t.check"), stdout.ToString());
    }

    public static int Exit(string check, string input, params string[] args) => Run(check, input, args).ExitCode;
}
