using System.Text.Json;

namespace Lce.Lit;

/// <summary>
/// Suite configuration read from "lit.cfg.json" in the test root:
/// <code>{ "suffixes": [".mlir"], "substitutions": { "%lce": "lce-opt" }, "features": ["asserts"], "excludes": ["Inputs"] }</code>
/// </summary>
public sealed class LitConfig
{
    public const string FileName = "lit.cfg.json";

    public List<string> Suffixes { get; set; } = [".mlir"];
    public Dictionary<string, string> Substitutions { get; set; } = [];
    public List<string> Features { get; set; } = [];
    /// <summary>Directory or file names that are never tests (e.g. "Inputs").</summary>
    public List<string> Excludes { get; set; } = ["Inputs"];
    /// <summary>Directory holding the config file; the suite root.</summary>
    public string Root { get; set; } = ".";

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static LitConfig Load(string path)
    {
        var cfg = JsonSerializer.Deserialize<LitConfig>(File.ReadAllText(path), Json) ?? new LitConfig();
        cfg.Root = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return cfg;
    }

    /// <summary>Finds the nearest lit.cfg.json at or above <paramref name="path"/>; defaults if none.</summary>
    public static LitConfig Find(string path)
    {
        string? dir = Directory.Exists(path) ? Path.GetFullPath(path) : Path.GetDirectoryName(Path.GetFullPath(path));
        for (; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            string candidate = Path.Combine(dir, FileName);
            if (File.Exists(candidate)) return Load(candidate);
        }
        var fallback = new LitConfig { Root = Directory.Exists(path) ? Path.GetFullPath(path) : Path.GetDirectoryName(Path.GetFullPath(path))! };
        return fallback;
    }
}
