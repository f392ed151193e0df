namespace Lce.Tests;

/// <summary>Locates the repository so tests read the committed corpora in place.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Compiler.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root (Compiler.sln) not found above " + AppContext.BaseDirectory);
    }

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);
}
