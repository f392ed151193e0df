namespace Lce.FileCheck.Tests;

internal static class RepoPaths
{
    /// <summary>The repository root (the directory holding Compiler.sln), found from the test binary.</summary>
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Compiler.sln"))) return dir.FullName;
            throw new InvalidOperationException("Compiler.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Cases => Path.Combine(Root, "test", "filecheck-cases", "cases");
    public static string LitSuite => Path.Combine(Root, "test", "filecheck-cases", "lit");
}
