using System.Text;
using Lce.FileCheck.Numeric;
using Lce.FileCheck.Text;

namespace Lce.FileCheck.Patterns;

/// <summary>
/// Applies -D and -D# definitions. Like LLVM, all definitions are laid out in a synthetic
/// "Global defines" buffer ("Global define #1: ...") so errors can point at a column.
/// </summary>
internal static class CommandLineDefines
{
    /// <summary>Defines the variables; returns false after printing errors.</summary>
    public static bool Apply(IReadOnlyList<string> defines, PatternContext context, DiagnosticPrinter printer)
    {
        if (defines.Count == 0) return true;
        var text = new StringBuilder();
        var spans = new List<(int Start, int Length)>();
        for (int i = 0; i < defines.Count; i++)
        {
            string def = defines[i];
            string prefix = $"Global define #{i + 1}: ";
            int eq = def.IndexOf('=');
            if (eq < 0) { spans.Add((text.Length, 0)); continue; }
            if (def[0] == '#')
            {
                text.Append(prefix).Append(def).Append(" (parsed as: [[");
                spans.Add((text.Length, def.Length));
                text.Append(def[..eq]).Append(':').Append(def[(eq + 1)..]).Append("]])\n");
            }
            else
            {
                text.Append(prefix);
                spans.Add((text.Length, def.Length));
                text.Append(def).Append('\n');
            }
        }
        var file = new SourceFile("Global defines", text.ToString());
        bool ok = true;
        foreach (var (start, length) in spans)
        {
            try
            {
                if (length == 0) throw new PatternSyntaxException(start, "missing equal sign in global definition");
                if (file.Text[start] == '#') DefineNumeric(file, start + 1, start + length, context);
                else DefineString(file, start, start + length, context);
            }
            catch (PatternSyntaxException e)
            {
                printer.Print(file, e.Offset, DiagnosticKind.Error, e.Message);
                printer.Output.Append('\n');
                ok = false;
            }
        }
        return ok;
    }

    private static void DefineNumeric(SourceFile file, int start, int end, PatternContext context)
    {
        NumericVariable? defined = null;
        var parser = new ExpressionParser(file.Text, 0, context.LookupOrCreateNumeric)
        {
            DefineVariable = (name, offset, format) =>
            {
                if (context.DefinedStringNames.Contains(name))
                    throw new PatternSyntaxException(offset, $"string variable with name '{name}' already exists", name.Length);
                return defined = new NumericVariable(name, format, null);
            },
        };
        var block = parser.ParseBlock(start, end, legacyLineExpr: false);
        if (block.Expression is null) throw new PatternSyntaxException(end, "missing operand in expression");
        try
        {
            defined!.Value = block.Expression.Evaluate();
        }
        catch (EvaluationException e)
        {
            throw new PatternSyntaxException(start, e.Message);
        }
        context.NumericVariables[defined.Name] = defined;
    }

    private static void DefineString(SourceFile file, int start, int end, PatternContext context)
    {
        string def = file.Text[start..end];
        int eq = def.IndexOf('=');
        string name = def[..eq];
        int p = start;
        var (parsed, pseudo) = VariableNames.Read(file.Text, ref p, start + eq);
        if (pseudo || p != start + eq)
            throw new PatternSyntaxException(start, $"invalid name in string variable definition '{name}'", name.Length);
        if (context.NumericVariables.ContainsKey(parsed))
            throw new PatternSyntaxException(start, $"numeric variable with name '{parsed}' already exists", name.Length);
        context.StringValues[parsed] = def[(eq + 1)..];
        context.DefinedStringNames.Add(parsed);
    }
}
