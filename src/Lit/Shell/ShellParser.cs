using System.Text;

namespace Lce.Lit.Shell;

/// <summary>
/// Parses a RUN line in the subset of sh that lit's internal shell supports: quoting
/// ('...', "...", backslash), pipes, "&amp;&amp;", "||", ";", and redirections
/// (&gt;, &gt;&gt;, &lt;, 2&gt;, 2&gt;&gt;, 2&gt;&amp;1, &amp;&gt;).
/// </summary>
public static class ShellParser
{
    private abstract record Token;
    private sealed record Word(string Text) : Token;
    private sealed record Op(string Text) : Token;

    public static List<ListItem> Parse(string line)
    {
        var tokens = Tokenize(line);
        var items = new List<ListItem>();
        var commands = new List<SimpleCommand>();
        var words = new List<string>();
        var redirects = new List<Redirect>();
        void EndCommand()
        {
            if (words.Count == 0) throw new FormatException($"empty command in '{line}'");
            commands.Add(new SimpleCommand(words, redirects));
            words = [];
            redirects = [];
        }
        for (int i = 0; i < tokens.Count; i++)
        {
            switch (tokens[i])
            {
                case Word w:
                    words.Add(w.Text);
                    break;
                case Op { Text: "|" }:
                    EndCommand();
                    break;
                case Op { Text: "&&" or "||" or ";" } op:
                    EndCommand();
                    items.Add(new ListItem(new Pipeline(commands), op.Text));
                    commands = [];
                    break;
                case Op { Text: "2>&1" }:
                    redirects.Add(new Redirect(RedirectKind.StderrToStdout, null));
                    break;
                case Op op:
                    if (i + 1 >= tokens.Count || tokens[i + 1] is not Word target)
                        throw new FormatException($"missing file name after '{op.Text}' in '{line}'");
                    i++;
                    redirects.Add(new Redirect(op.Text switch
                    {
                        ">" or "1>" => RedirectKind.StdoutWrite,
                        ">>" or "1>>" => RedirectKind.StdoutAppend,
                        "<" => RedirectKind.StdinRead,
                        "2>" => RedirectKind.StderrWrite,
                        "2>>" => RedirectKind.StderrAppend,
                        _ => RedirectKind.BothWrite,
                    }, target.Text));
                    break;
            }
        }
        if (words.Count > 0 || redirects.Count > 0) EndCommand();
        if (commands.Count > 0) items.Add(new ListItem(new Pipeline(commands), null));
        else if (items.Count > 0 && items[^1].Operator != ";") throw new FormatException($"missing command after operator in '{line}'");
        return items;
    }

    private static readonly string[] Operators = ["2>&1", "2>>", "1>>", "&>", "&&", "||", ">>", "2>", "1>", ">", "<", "|", ";"];

    private static List<Token> Tokenize(string s)
    {
        var tokens = new List<Token>();
        var cur = new StringBuilder();
        bool inWord = false;
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (char.IsWhiteSpace(c))
            {
                if (inWord) { tokens.Add(new Word(cur.ToString())); cur.Clear(); inWord = false; }
                i++;
                continue;
            }
            // "2>" is an operator only at the start of a word.
            string? op = Operators.FirstOrDefault(o => string.CompareOrdinal(s, i, o, 0, o.Length) == 0 && (!inWord || !char.IsDigit(o[0])));
            if (op is not null)
            {
                if (inWord) { tokens.Add(new Word(cur.ToString())); cur.Clear(); inWord = false; }
                tokens.Add(new Op(op));
                i += op.Length;
                continue;
            }
            inWord = true;
            if (c == '\'')
            {
                int end = s.IndexOf('\'', i + 1);
                if (end < 0) throw new FormatException($"unterminated quote in '{s}'");
                cur.Append(s, i + 1, end - i - 1);
                i = end + 1;
            }
            else if (c == '"')
            {
                i++;
                while (i < s.Length && s[i] != '"')
                {
                    if (s[i] == '\\' && i + 1 < s.Length && s[i + 1] is '"' or '\\' or '$' or '`') i++;
                    cur.Append(s[i++]);
                }
                if (i >= s.Length) throw new FormatException($"unterminated quote in '{s}'");
                i++;
            }
            else if (c == '\\' && i + 1 < s.Length)
            {
                cur.Append(s[i + 1]);
                i += 2;
            }
            else
            {
                cur.Append(c);
                i++;
            }
        }
        if (inWord) tokens.Add(new Word(cur.ToString()));
        return tokens;
    }
}
