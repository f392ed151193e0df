using System.Text;

namespace Lce.FileCheck.Options;

/// <summary>Prefix checks FileCheck does before (syntax, uniqueness) and after (usage) reading the check file.</summary>
internal static class PrefixValidator
{
    public static bool Validate(FileCheckOptions opts, StringBuilder stderr)
    {
        var unique = new HashSet<string>(StringComparer.Ordinal);
        // Defaults are not validated, but user prefixes must not duplicate them.
        if (opts.CheckPrefixes.Count == 0) unique.Add("CHECK");
        if (!opts.CommentPrefixesGiven) { unique.Add("COM"); unique.Add("RUN"); }
        return ValidateKind("check", opts.CheckPrefixes, unique, stderr) &&
               (!opts.CommentPrefixesGiven || ValidateKind("comment", opts.CommentPrefixes, unique, stderr));
    }

    private static bool ValidateKind(string kind, List<string> prefixes, HashSet<string> unique, StringBuilder stderr)
    {
        foreach (var p in prefixes)
        {
            if (p.Length == 0)
            {
                stderr.Append($"error: supplied {kind} prefix must not be the empty string\n");
                return false;
            }
            if (!p.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                stderr.Append($"error: supplied {kind} prefix must start with a letter and contain only alphanumeric characters, hyphens, and underscores: '{p}'\n");
                return false;
            }
            if (!unique.Add(p))
            {
                stderr.Append($"error: supplied {kind} prefix must be unique among check and comment prefixes: '{p}'\n");
                return false;
            }
        }
        return true;
    }

    /// <summary>Reports check prefixes that no directive used ("no check strings found with prefix ...").</summary>
    public static bool CheckUsage(FileCheckOptions opts, List<string> unused, StringBuilder stderr)
    {
        if (unused.Count == 0) return true;
        bool noneFound = unused.Count == opts.EffectiveCheckPrefixes.Count;
        if (!noneFound && opts.AllowUnusedPrefixes) return true;
        if (opts.ImplicitCheckNot.Count > 0 && opts.IsDefaultCheckPrefix) return true;
        stderr.Append("error: no check strings found with prefix").Append(unused.Count > 1 ? "es " : " ");
        stderr.Append(string.Join(", ", unused.Select(p => $"'{p}:'"))).Append('\n');
        return false;
    }
}
