using System.Text;

namespace Lce.Lit;

/// <summary>
/// Expands a RUN line: config substitutions first (longest key first), then lit's
/// built-ins %s (test file), %S and %p (its directory), %t (temp file base + ".tmp"),
/// %T (temp directory), %{pathsep} and %% (a literal '%').
/// </summary>
public sealed class Substitutions(string sourcePath, string tmpBase, IReadOnlyDictionary<string, string> config)
{
    public string Apply(string line)
    {
        foreach (var (key, value) in config.OrderByDescending(kv => kv.Key.Length))
            line = line.Replace(key, value, StringComparison.Ordinal);
        string dir = Path.GetDirectoryName(sourcePath)!;
        var builtins = new (string Key, string Value)[]
        {
            ("%{pathsep}", ":"), ("%basename_t", Path.GetFileName(tmpBase)), ("%s", sourcePath), ("%S", dir),
            ("%p", dir), ("%t", tmpBase + ".tmp"), ("%T", Path.GetDirectoryName(tmpBase)!),
        };
        var sb = new StringBuilder();
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] != '%') { sb.Append(line[i]); continue; }
            if (i + 1 < line.Length && line[i + 1] == '%') { sb.Append('%'); i++; continue; }
            var hit = builtins.FirstOrDefault(b => string.CompareOrdinal(line, i, b.Key, 0, b.Key.Length) == 0);
            if (hit.Key is null) { sb.Append('%'); continue; }
            sb.Append(hit.Value);
            i += hit.Key.Length - 1;
        }
        return sb.ToString();
    }
}
