namespace Lce.IR.Rewrite.Pdll;

/// <summary>A position in a PDLL source file (1-based line and column, as compilers print them).</summary>
public readonly record struct SourceLoc(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
