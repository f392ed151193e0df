using System.Text;

namespace Lce.Opt;

/// <summary>
/// Where lce-opt writes: stdout, or a file. A regular file is written through a temporary file
/// renamed into place on success, so a failure never leaves a partial or clobbered output;
/// device files such as /dev/null are written in place and never replaced.
/// </summary>
public sealed class OutputTarget
{
    public TextWriter Writer { get; }
    private readonly string? _path, _tmp;
    private readonly bool _owned;

    private OutputTarget(TextWriter writer, string? path, string? tmp, bool owned)
    { Writer = writer; _path = path; _tmp = tmp; _owned = owned; }

    /// <summary>Opens the target; a null path means <paramref name="stdout"/>.</summary>
    public static OutputTarget Open(string? path, TextWriter stdout)
    {
        if (path is null) return new OutputTarget(stdout, null, null, false);
        var encoding = new UTF8Encoding(false);
        if (IsSpecial(path))
            return new OutputTarget(new StreamWriter(new FileStream(path, FileMode.Open, FileAccess.Write), encoding, 1 << 16), path, null, true);
        var tmp = path + ".tmp" + Environment.ProcessId;
        return new OutputTarget(new StreamWriter(tmp, false, encoding, 1 << 16), path, tmp, true);
    }

    private static bool IsSpecial(string path)
    {
        if (path.StartsWith("/dev/", StringComparison.Ordinal) || path.StartsWith("/proc/", StringComparison.Ordinal)) return true;
        var info = new FileInfo(path);
        return info.Exists && (info.Attributes & (FileAttributes.Device | FileAttributes.ReparsePoint)) != 0;
    }

    /// <summary>Flushes; for a regular file, renames the temporary into place when <paramref name="commit"/>, else deletes it.</summary>
    public void Close(bool commit)
    {
        Writer.Flush();
        if (!_owned) return;
        Writer.Dispose();
        if (_tmp is null) return;
        if (commit) File.Move(_tmp, _path!, overwrite: true);
        else File.Delete(_tmp);
    }
}
