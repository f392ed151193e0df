namespace Lce.FileCheck.Patterns;

/// <summary>Lexical rules for FileCheck variable names ("$" marks global, "@" pseudo).</summary>
internal static class VariableNames
{
    public static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';
    public static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>
    /// Reads a variable name at <paramref name="pos"/> in <paramref name="s"/>, returning the
    /// name (including a leading '$' or '@') and advancing <paramref name="pos"/>.
    /// </summary>
    public static (string Name, bool IsPseudo) Read(string s, ref int pos, int end)
    {
        int start = pos;
        bool pseudo = false;
        if (pos < end && s[pos] == '$') pos++;
        else if (pos < end && s[pos] == '@') { pseudo = true; pos++; }
        if (pos >= end || !IsNameStart(s[pos])) throw PatternSyntaxException.AsErrorValue(start, "invalid variable name");
        while (pos < end && IsNameChar(s[pos])) pos++;
        return (s[start..pos], pseudo);
    }

    public static bool IsGlobal(string name) => name.StartsWith('$');
}
