namespace Lce.FileCheck.Checks;

public enum CheckKind { None, Plain, Next, Same, Not, Dag, Label, Empty, Comment, Eof, BadNot, BadCount, Misspelled }

/// <summary>The directive kind of a check line plus its COUNT and {LITERAL} modifiers.</summary>
public readonly record struct CheckType(CheckKind Kind, int Count = 1, bool Literal = false)
{
    /// <summary>The name used in messages, e.g. "CHECK-NEXT" or "CHECK{LITERAL}".</summary>
    public string Description(string prefix)
    {
        string modifiers = Literal ? "{LITERAL}" : "";
        return Kind switch
        {
            CheckKind.None => "invalid",
            CheckKind.Misspelled => "misspelled",
            CheckKind.Plain => prefix + (Count > 1 ? "-COUNT" : "") + modifiers,
            CheckKind.Next => prefix + "-NEXT" + modifiers,
            CheckKind.Same => prefix + "-SAME" + modifiers,
            CheckKind.Not => prefix + "-NOT" + modifiers,
            CheckKind.Dag => prefix + "-DAG" + modifiers,
            CheckKind.Label => prefix + "-LABEL" + modifiers,
            CheckKind.Empty => prefix + "-EMPTY" + modifiers,
            CheckKind.Comment => prefix,
            CheckKind.Eof => "implicit EOF",
            CheckKind.BadNot => "bad NOT",
            _ => "bad COUNT",
        };
    }

    /// <summary>The short label used in the annotated input dump ("check", "next", ...).</summary>
    public string Abbreviation => Kind switch
    {
        CheckKind.Plain => Count > 1 ? "count" : "check",
        CheckKind.Next => "next",
        CheckKind.Same => "same",
        CheckKind.Not => "not",
        CheckKind.Dag => "dag",
        CheckKind.Label => "label",
        CheckKind.Empty => "empty",
        CheckKind.Comment => "com",
        CheckKind.Eof => "eof",
        CheckKind.BadNot => "bad-not",
        CheckKind.BadCount => "bad-count",
        CheckKind.Misspelled => "misspelled",
        _ => "none",
    };
}
