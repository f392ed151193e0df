namespace Lce.Lit;

/// <summary>
/// Evaluates lit's boolean feature expressions ("a &amp;&amp; !b || (c)"); "*" is true (used
/// by "XFAIL: *"). Identifiers may contain letters, digits, '_', '-', '.', '+', '=' and ','.
/// </summary>
public static class FeatureExpression
{
    public static bool Evaluate(string expression, ISet<string> features)
    {
        var tokens = Tokenize(expression);
        int pos = 0;
        bool value = Or(tokens, ref pos, features);
        if (pos != tokens.Count) throw new FormatException($"unexpected '{tokens[pos]}' in feature expression '{expression}'");
        return value;
    }

    private static List<string> Tokenize(string s)
    {
        var tokens = new List<string>();
        for (int i = 0; i < s.Length;)
        {
            char c = s[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (i + 1 < s.Length && (s.Substring(i, 2) is "&&" or "||")) { tokens.Add(s.Substring(i, 2)); i += 2; continue; }
            if (c is '!' or '(' or ')') { tokens.Add(c.ToString()); i++; continue; }
            int start = i;
            while (i < s.Length && !char.IsWhiteSpace(s[i]) && s[i] is not ('!' or '(' or ')' or '&' or '|')) i++;
            if (i == start) throw new FormatException($"bad character '{c}' in feature expression '{s}'");
            tokens.Add(s[start..i]);
        }
        return tokens;
    }

    private static bool Or(List<string> t, ref int pos, ISet<string> f)
    {
        bool v = And(t, ref pos, f);
        while (pos < t.Count && t[pos] == "||") { pos++; v |= And(t, ref pos, f); }
        return v;
    }

    private static bool And(List<string> t, ref int pos, ISet<string> f)
    {
        bool v = Not(t, ref pos, f);
        while (pos < t.Count && t[pos] == "&&") { pos++; v &= Not(t, ref pos, f); }
        return v;
    }

    private static bool Not(List<string> t, ref int pos, ISet<string> f)
    {
        if (pos >= t.Count) throw new FormatException("missing operand in feature expression");
        if (t[pos] == "!") { pos++; return !Not(t, ref pos, f); }
        if (t[pos] == "(")
        {
            pos++;
            bool v = Or(t, ref pos, f);
            if (pos >= t.Count || t[pos] != ")") throw new FormatException("missing ')' in feature expression");
            pos++;
            return v;
        }
        string id = t[pos++];
        return id == "*" || f.Contains(id);
    }
}
