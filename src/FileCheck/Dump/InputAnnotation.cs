using Lce.FileCheck.Matching;

namespace Lce.FileCheck.Dump;

/// <summary>How one kind of match result is drawn: marker character, default note, and whether the error filter keeps it.</summary>
internal readonly record struct MarkerStyle(char Lead, string Note, bool IsError)
{
    public static MarkerStyle For(InputMatchType type) => type switch
    {
        InputMatchType.FoundAndExpected => new('^', "", false),
        InputMatchType.FoundButExcluded => new('!', "error: no match expected", true),
        InputMatchType.FoundButWrongLine => new('!', "error: match on wrong line", true),
        InputMatchType.FoundButDiscarded => new('!', "discard: overlaps earlier match", false),
        InputMatchType.FoundErrorNote => new('!', "error: unknown error after match", true),
        InputMatchType.NoneAndExcluded => new('X', "", false),
        InputMatchType.NoneButExpected => new('X', "error: no match found", true),
        InputMatchType.NoneForInvalidPattern => new('X', "error: match failed for invalid pattern", true),
        _ => new('?', "possible intended match", true),
    };
}

/// <summary>One annotation line under one input line (a diagnostic spanning lines gets one per line).</summary>
internal sealed class InputAnnotation
{
    public int DiagIndex;
    public string Label = "";
    public bool IsFirstLine;
    public int InputLine;
    public int StartCol;
    /// <summary>Exclusive end column; int.MaxValue means "to the end of the line".</summary>
    public int EndCol;
    public MarkerStyle Marker;
}
