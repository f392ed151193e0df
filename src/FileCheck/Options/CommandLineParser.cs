using System.Text;

namespace Lce.FileCheck.Options;

/// <summary>Raised for command lines that LLVM's cl library rejects (FileCheck then exits with 1).</summary>
public sealed class CommandLineException(string message) : Exception(message);

/// <summary>
/// Parses FileCheck arguments with the conventions of LLVM's cl library: "-opt" and
/// "--opt" are the same, values go after '=' or in the next argument, booleans accept
/// "=true/false/1/0", "-D" is a prefix option ("-DVAR=VAL"), comma-separated lists split
/// on ',', and "--" ends option parsing.
/// </summary>
public static class CommandLineParser
{
    private enum ArgKind { Flag, Value }

    private static readonly Dictionary<string, ArgKind> Known = new()
    {
        ["check-prefix"] = ArgKind.Value, ["check-prefixes"] = ArgKind.Value, ["comment-prefixes"] = ArgKind.Value,
        ["input-file"] = ArgKind.Value, ["implicit-check-not"] = ArgKind.Value, ["dump-input"] = ArgKind.Value,
        ["dump-input-context"] = ArgKind.Value, ["dump-input-filter"] = ArgKind.Value, ["D"] = ArgKind.Value,
        ["strict-whitespace"] = ArgKind.Flag, ["match-full-lines"] = ArgKind.Flag, ["ignore-case"] = ArgKind.Flag,
        ["allow-empty"] = ArgKind.Flag, ["enable-var-scope"] = ArgKind.Flag, ["allow-unused-prefixes"] = ArgKind.Flag,
        ["allow-deprecated-dag-overlap"] = ArgKind.Flag, ["v"] = ArgKind.Flag, ["vv"] = ArgKind.Flag,
        ["color"] = ArgKind.Flag, ["help"] = ArgKind.Flag, ["help-hidden"] = ArgKind.Flag, ["version"] = ArgKind.Flag,
        ["h"] = ArgKind.Flag,
    };

    public static FileCheckOptions Parse(IReadOnlyList<string> args, string? envOptions)
    {
        var all = new List<string>();
        if (!string.IsNullOrEmpty(envOptions)) all.AddRange(TokenizeGnu(envOptions));
        all.AddRange(args);
        var opts = new FileCheckOptions();
        bool onlyPositional = false;
        for (int i = 0; i < all.Count; i++)
        {
            string arg = all[i];
            if (onlyPositional || arg == "-" || !arg.StartsWith('-')) { AddPositional(opts, arg); continue; }
            if (arg == "--") { onlyPositional = true; continue; }
            string body = arg.StartsWith("--", StringComparison.Ordinal) ? arg[2..] : arg[1..];
            string name = body;
            string? value = null;
            int eq = body.IndexOf('=');
            if (eq >= 0) { name = body[..eq]; value = body[(eq + 1)..]; }
            if (!Known.TryGetValue(name, out var kind))
            {
                if (body.StartsWith('D') && body.Length > 1) { opts.Defines.Add(body[1..]); continue; }
                throw new CommandLineException($"Unknown command line argument '{arg}'.  Try: 'FileCheck --help'");
            }
            if (kind == ArgKind.Flag)
            {
                ApplyFlag(opts, name, value is null || ParseBool(name, value));
                continue;
            }
            if (value is null)
            {
                if (i + 1 >= all.Count) throw new CommandLineException($"for the --{name} option: requires a value!");
                value = all[++i];
            }
            ApplyValue(opts, name, value);
        }
        return opts;
    }

    private static void AddPositional(FileCheckOptions opts, string arg)
    {
        if (opts.CheckFile is not null)
            throw new CommandLineException("Too many positional arguments specified!\nCan specify at most 1 positional arguments: See: FileCheck --help");
        opts.CheckFile = arg;
    }

    private static bool ParseBool(string name, string value) => value switch
    {
        "" or "true" or "TRUE" or "True" or "1" => true,
        "false" or "FALSE" or "False" or "0" => false,
        _ => throw new CommandLineException($"for the --{name} option: '{value}' is invalid value for boolean argument! Try 0 or 1"),
    };

    private static void ApplyFlag(FileCheckOptions o, string name, bool on)
    {
        switch (name)
        {
            case "strict-whitespace": o.StrictWhitespace = on; break;
            case "match-full-lines": o.MatchFullLines = on; break;
            case "ignore-case": o.IgnoreCase = on; break;
            case "allow-empty": o.AllowEmpty = on; break;
            case "enable-var-scope": o.EnableVarScope = on; break;
            case "allow-unused-prefixes": o.AllowUnusedPrefixes = on; break;
            case "allow-deprecated-dag-overlap": o.AllowDeprecatedDagOverlap = on; break;
            case "v": o.Verbose |= on; break;
            case "vv": o.VerboseVerbose = on; o.Verbose |= on; break;
            case "color": o.Color = on; break;
            case "help" or "help-hidden" or "h": o.ShowHelp = on; break;
            case "version": o.ShowVersion = on; break;
        }
    }

    private static void ApplyValue(FileCheckOptions o, string name, string value)
    {
        switch (name)
        {
            case "check-prefix": o.CheckPrefixes.Add(value); break;
            case "check-prefixes": o.CheckPrefixes.AddRange(value.Split(',')); break;
            case "comment-prefixes": o.CommentPrefixesGiven = true; o.CommentPrefixes.AddRange(value.Split(',')); break;
            case "input-file": o.InputFile = value; break;
            case "implicit-check-not": o.ImplicitCheckNot.Add(value); break;
            case "D": o.Defines.Add(value); break;
            case "dump-input":
                o.DumpInput.Add(value switch
                {
                    "help" => DumpInputMode.Help, "always" => DumpInputMode.Always,
                    "fail" => DumpInputMode.Fail, "never" => DumpInputMode.Never,
                    _ => throw new CommandLineException($"for the --dump-input option: Cannot find option named '{value}'!"),
                });
                break;
            case "dump-input-filter":
                o.DumpInputFilters.Add(value switch
                {
                    "all" => DumpInputFilter.All, "annotation-full" => DumpInputFilter.AnnotationFull,
                    "annotation" => DumpInputFilter.Annotation, "error" => DumpInputFilter.Error,
                    _ => throw new CommandLineException($"for the --dump-input-filter option: Cannot find option named '{value}'!"),
                });
                break;
            case "dump-input-context":
                if (!uint.TryParse(value, out uint n) || n > int.MaxValue)
                    throw new CommandLineException($"for the --dump-input-context option: '{value}' value invalid for uint argument!");
                o.DumpInputContexts.Add((int)n);
                break;
        }
    }

    /// <summary>Splits an environment string like a GNU shell would (quotes and backslashes).</summary>
    public static List<string> TokenizeGnu(string s)
    {
        var tokens = new List<string>();
        var cur = new StringBuilder();
        bool inToken = false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\\' && i + 1 < s.Length) { cur.Append(s[++i]); inToken = true; continue; }
            if (c is '\'' or '"')
            {
                char q = c;
                inToken = true;
                for (i++; i < s.Length && s[i] != q; i++)
                {
                    if (q == '"' && s[i] == '\\' && i + 1 < s.Length) i++;
                    cur.Append(s[i]);
                }
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                if (inToken) { tokens.Add(cur.ToString()); cur.Clear(); inToken = false; }
                continue;
            }
            cur.Append(c);
            inToken = true;
        }
        if (inToken) tokens.Add(cur.ToString());
        return tokens;
    }
}
