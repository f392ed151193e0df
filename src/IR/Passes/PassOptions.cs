using System.Text;

namespace Lce.IR.Passes;

/// <summary>
/// A set of named options (MLIR's <c>detail::PassOptions</c>): a pass's options, or the options
/// of a registered pipeline (derive from this class and declare options in field initializers).
/// </summary>
public class PassOptions
{
    private readonly List<PassOption> _options = new();

    public IReadOnlyList<PassOption> All => _options;

    /// <summary>Adds an option; options are printed and listed sorted by argument.</summary>
    public TOption Add<TOption>(TOption option) where TOption : PassOption
    {
        _options.Add(option);
        return option;
    }

    public PassOption? Find(string argument) => _options.Find(o => o.Argument == argument);

    /// <summary>
    /// Parses `key=value key2 ...` into the options. On failure returns false after writing the
    /// message: option value errors (llvm::cl's "for the --x option: ...") go to
    /// <paramref name="optionErrors"/> when given, as mlir-opt prints them straight to stderr;
    /// everything else goes to <paramref name="errors"/>.
    /// </summary>
    public bool ParseFromString(string options, TextWriter errors, OptionErrorSink? optionErrors = null)
    {
        while (options.Length > 0)
        {
            (string key, string? value, options) = PassOptionsParser.NextArgument(options);
            if (key.Length == 0) continue;
            var option = Find(key);
            if (option is null)
            {
                errors.Write($"<Pass-Options-Parser>: no such option {key}\n");
                return false;
            }
            if (option.HandleOccurrence(value) is { } message)
            {
                string prefix = key.Length == 1 ? "-" : "--";
                string text = $"for the {prefix}{key} option: {message}";
                if (optionErrors is not null) optionErrors(text);
                else errors.Write(text + "\n");
                return false;
            }
        }
        return true;
    }

    /// <summary>`{a=1 b=2}` sorted by argument, as PassOptions::print; nothing when there are no options.</summary>
    public void Print(StringBuilder sb)
    {
        if (_options.Count == 0) return;
        sb.Append('{');
        bool first = true;
        foreach (var o in _options.OrderBy(o => o.Argument, StringComparer.Ordinal))
        {
            if (!first) sb.Append(' ');
            first = false;
            o.Print(sb);
        }
        sb.Append('}');
    }

    public void CopyValuesFrom(PassOptions other)
    {
        for (int i = 0; i < _options.Count; i++) _options[i].CopyFrom(other._options[i]);
    }
}

/// <summary>Receives llvm::cl style option errors ("for the --x option: ..."), e.g. to print them with the tool name.</summary>
public delegate void OptionErrorSink(string message);
