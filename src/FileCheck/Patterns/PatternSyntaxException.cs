namespace Lce.FileCheck.Patterns;

/// <summary>A check-file (or -D / --implicit-check-not) syntax error at a source offset.</summary>
public sealed class PatternSyntaxException(int offset, string message, int length = 0) : Exception(message)
{
    public int Offset { get; } = offset;
    /// <summary>Length of the highlighted range after <see cref="Offset"/> ('~' marks).</summary>
    public int Length { get; } = length;
}
