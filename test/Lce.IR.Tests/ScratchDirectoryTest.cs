namespace Lce.Tests;

/// <summary>A test class with a fresh temporary folder of its own, deleted when the test ends.</summary>
public abstract class ScratchDirectoryTest(string prefix) : IDisposable
{
    protected string Dir { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    public void Dispose()
    {
        Directory.Delete(Dir, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="name"/> in the folder; its full path.</summary>
    protected string Write(string name, string text)
    {
        string path = Path.Combine(Dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
