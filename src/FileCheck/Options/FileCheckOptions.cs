namespace Lce.FileCheck.Options;

public enum DumpInputMode { Help, Always, Fail, Never }

/// <summary>Line filter for the annotated input dump, ordered from widest to narrowest.</summary>
public enum DumpInputFilter { All, AnnotationFull, Annotation, Error }

/// <summary>Everything FileCheck's command line can request (LLVM's FileCheckRequest plus driver options).</summary>
public sealed class FileCheckOptions
{
    public string? CheckFile { get; set; }
    public string InputFile { get; set; } = "-";
    public List<string> CheckPrefixes { get; } = [];
    public List<string> CommentPrefixes { get; } = [];
    public bool CommentPrefixesGiven { get; set; }
    public bool AllowUnusedPrefixes { get; set; }
    public List<string> ImplicitCheckNot { get; } = [];
    /// <summary>Raw -D values: "VAR=VALUE" for strings, "#[FMT,]VAR=EXPR" for numbers.</summary>
    public List<string> Defines { get; } = [];
    public bool StrictWhitespace { get; set; }
    public bool MatchFullLines { get; set; }
    public bool IgnoreCase { get; set; }
    public bool AllowEmpty { get; set; }
    public bool EnableVarScope { get; set; }
    public bool AllowDeprecatedDagOverlap { get; set; }
    public bool Verbose { get; set; }
    public bool VerboseVerbose { get; set; }
    public bool Color { get; set; }
    public List<DumpInputMode> DumpInput { get; } = [];
    public List<DumpInputFilter> DumpInputFilters { get; } = [];
    public List<int> DumpInputContexts { get; } = [];
    public bool ShowHelp { get; set; }
    public bool ShowVersion { get; set; }

    public bool IsDefaultCheckPrefix => CheckPrefixes.Count == 0;

    public IReadOnlyList<string> EffectiveCheckPrefixes => CheckPrefixes.Count == 0 ? ["CHECK"] : CheckPrefixes;

    public IReadOnlyList<string> EffectiveCommentPrefixes => CommentPrefixesGiven ? CommentPrefixes : ["COM", "RUN"];

    /// <summary>The strongest requested dump mode; LLVM picks the maximum of repeated options.</summary>
    public DumpInputMode EffectiveDumpInput => DumpInput.Count == 0 ? DumpInputMode.Fail : DumpInput.Min();
}
