namespace Lce.FileCheck.Patterns;

/// <summary>A check-file (or -D / --implicit-check-not) syntax error at a source offset.</summary>
public sealed class PatternSyntaxException(int offset, string message, int length = 0, bool logged = false) : Exception(message)
{
    /// <summary>
    /// LLVM reports some errors as error values printed by logAllUnhandledErrors, which adds
    /// a blank line after the diagnostic; we mimic that output exactly.
    /// </summary>
    public bool Logged { get; } = logged;

    /// <summary>An error LLVM returns as an error value (variable names, numeric expressions).</summary>
    public static PatternSyntaxException AsErrorValue(int offset, string message, int length = 0) => new(offset, message, length, true);

    public int Offset { get; } = offset;
    /// <summary>Length of the highlighted range after <see cref="Offset"/> ('~' marks).</summary>
    public int Length { get; } = length;
}
