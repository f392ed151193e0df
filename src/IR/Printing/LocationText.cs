namespace Lce.IR.Printing;

/// <summary>Renders locations for diagnostics ("file:line:col").</summary>
public static class LocationText
{
    /// <summary>The `file:line:col` prefix MLIR's diagnostic handler uses; "loc(unknown)" style fallbacks otherwise.</summary>
    public static string Describe(Location loc) => FindFileLoc(loc) is { } f ? $"{f.Filename}:{f.Line}:{f.Column}" : "loc(unknown)";

    /// <summary>The first file location inside a (possibly nested) location.</summary>
    public static FileLineColLoc? FindFileLoc(Location loc) => loc switch
    {
        FileLineColLoc f => f,
        NameLoc n => FindFileLoc(n.Child),
        CallSiteLoc c => FindFileLoc(c.Callee),
        FusedLoc fu => fu.Locations.Select(FindFileLoc).FirstOrDefault(x => x is not null),
        _ => null
    };
}
