namespace Lce.FileCheck.Regex;

/// <summary>Abstract syntax of a POSIX extended regular expression.</summary>
public abstract class RegexNode
{
    /// <summary>Dense id used as a memo key by the submatch resolver.</summary>
    public int Id { get; internal set; }
}

/// <summary>One byte out of a set (a literal, '.', or a bracket expression).</summary>
public sealed class CharClassNode(CharSet set) : RegexNode
{
    public CharSet Set { get; } = set;
}

public sealed class ConcatNode(List<RegexNode> items) : RegexNode
{
    public List<RegexNode> Items { get; } = items;
}

public sealed class AlternationNode(List<RegexNode> branches) : RegexNode
{
    public List<RegexNode> Branches { get; } = branches;
}

/// <summary>A parenthesized subexpression; <see cref="Index"/> counts from 1.</summary>
public sealed class GroupNode(int index, RegexNode? body) : RegexNode
{
    public int Index { get; } = index;
    /// <summary>Null for "()", which POSIX allows and which matches the empty string.</summary>
    public RegexNode? Body { get; } = body;
}

/// <summary>Repetition {Min,Max}; Max == -1 means unbounded.</summary>
public sealed class RepeatNode(RegexNode body, int min, int max) : RegexNode
{
    public RegexNode Body { get; } = body;
    public int Min { get; } = min;
    public int Max { get; } = max;
}

/// <summary>'^' (AtLineStart) or '$' (at line end); newline-sensitive as with REG_NEWLINE.</summary>
public sealed class AnchorNode(bool atStart) : RegexNode
{
    public bool AtStart { get; } = atStart;
}

public sealed class BackrefNode(int index) : RegexNode
{
    public int Index { get; } = index;
}
