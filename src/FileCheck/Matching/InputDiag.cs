using Lce.FileCheck.Checks;
using Lce.FileCheck.Text;

namespace Lce.FileCheck.Matching;

/// <summary>What happened to one search, as shown by a marker in the annotated input dump.</summary>
internal enum InputMatchType
{
    FoundAndExpected, FoundButExcluded, FoundButWrongLine, FoundButDiscarded, FoundErrorNote,
    NoneAndExcluded, NoneButExpected, NoneForInvalidPattern, Fuzzy,
}

/// <summary>
/// One annotation-worthy event: which check (file + offset) produced it, what kind of
/// result, the input range it refers to, and an optional note.
/// </summary>
internal sealed class InputDiag(CheckType type, SourceFile checkFile, int checkLoc, InputMatchType match, int start, int end, string note = "")
{
    public CheckType Type { get; } = type;
    public SourceFile CheckFile { get; } = checkFile;
    public int CheckLoc { get; } = checkLoc;
    public InputMatchType Match { get; set; } = match;
    public int InputStart { get; } = start;
    public int InputEnd { get; } = end;
    public string Note { get; } = note;
}
