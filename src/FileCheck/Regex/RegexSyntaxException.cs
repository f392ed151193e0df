namespace Lce.FileCheck.Regex;

/// <summary>
/// A pattern rejected by the POSIX ERE parser. The messages are the ones llvm::Regex
/// reports (they come from the classic regerror table), because FileCheck prints them
/// verbatim after "invalid regex: ".
/// </summary>
public sealed class RegexSyntaxException(string message) : Exception(message)
{
    internal const string Empty = "empty (sub)expression";
    internal const string BadRepeat = "repetition-operator operand invalid";
    internal const string Paren = "parentheses not balanced";
    internal const string Bracket = "brackets ([ ]) not balanced";
    internal const string Brace = "braces not balanced";
    internal const string BadBound = "invalid repetition count(s)";
    internal const string Range = "invalid character range";
    internal const string CharClass = "invalid character class";
    internal const string Collate = "invalid collating element";
    internal const string Escape = "trailing backslash (\\)";
    internal const string SubReg = "invalid backreference number";
}
