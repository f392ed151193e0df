namespace Lce.IR;

/// <summary>Base of source locations; locations are attributes, interned like any other.</summary>
public abstract class Location : IRAttribute
{
    public static UnknownLoc Unknown(IRContext ctx) => UnknownLoc.Get(ctx);
}

public sealed class UnknownLoc : Location
{
    private UnknownLoc() { }
    public static UnknownLoc Get(IRContext ctx) => ctx.Intern(new UnknownLoc());
    public override bool Equals(object? o) => o is UnknownLoc;
    protected override int ComputeHash() => 401;
}

/// <summary>
/// `"file":line:col`, or a range `"file":l:c to l2:c2` / `"file":l:c to :c2` (MLIR's FileLineColRange;
/// a point location has the end equal to the start).
/// </summary>
public sealed class FileLineColLoc : Location
{
    public string Filename { get; }
    public int Line { get; }
    public int Column { get; }
    public int EndLine { get; }
    public int EndColumn { get; }
    public bool IsPoint => EndLine == Line && EndColumn == Column;

    private FileLineColLoc(string file, int line, int col, int endLine, int endCol)
    { Filename = file; Line = line; Column = col; EndLine = endLine; EndColumn = endCol; }

    /// <summary>
    /// A point location. Every op of a parsed file gets one, so points are uniqued in a table of
    /// their own (per file name, keyed by line and column) rather than the general intern table:
    /// no probe object and no structural comparison per lookup.
    /// </summary>
    public static FileLineColLoc Get(IRContext ctx, string file, int line, int col)
    {
        var table = ctx.PointLocations.GetOrAdd(file, static f => new PointLocationTable(f));
        return table.Get(line, col, static (f, l, c) => new FileLineColLoc(f, l, c, l, c));
    }

    /// <summary>Prepares the point table of <paramref name="file"/> for about <paramref name="count"/> more points (a parser's hint: one per line).</summary>
    internal static void ReservePoints(IRContext ctx, string file, int count) =>
        ctx.PointLocations.GetOrAdd(file, static f => new PointLocationTable(f)).Reserve(count);

    public static FileLineColLoc GetRange(IRContext ctx, string file, int line, int col, int endLine, int endCol) =>
        endLine == line && endCol == col ? Get(ctx, file, line, col) : ctx.Intern(new FileLineColLoc(file, line, col, endLine, endCol));

    public override bool Equals(object? o) => o is FileLineColLoc l && l.Filename == Filename && l.Line == Line
        && l.Column == Column && l.EndLine == EndLine && l.EndColumn == EndColumn;
    protected override int ComputeHash() => HashCode.Combine(402, Filename, Line, Column, EndLine, EndColumn);
}

/// <summary>`"name"` or `"name"(child)`.</summary>
public sealed class NameLoc : Location
{
    public string Name { get; }
    public Location Child { get; }
    private NameLoc(string name, Location child) { Name = name; Child = child; }
    public static NameLoc Get(IRContext ctx, string name, Location? child = null) =>
        ctx.Intern(new NameLoc(name, child ?? UnknownLoc.Get(ctx)));
    public override bool Equals(object? o) => o is NameLoc l && l.Name == Name && ReferenceEquals(l.Child, Child);
    protected override int ComputeHash() => HashCode.Combine(403, Name, Child);
}

/// <summary>`callsite(callee at caller)`.</summary>
public sealed class CallSiteLoc : Location
{
    public Location Callee { get; }
    public Location Caller { get; }
    private CallSiteLoc(Location callee, Location caller) { Callee = callee; Caller = caller; }
    public static CallSiteLoc Get(IRContext ctx, Location callee, Location caller) => ctx.Intern(new CallSiteLoc(callee, caller));
    public override bool Equals(object? o) => o is CallSiteLoc l && ReferenceEquals(l.Callee, Callee) && ReferenceEquals(l.Caller, Caller);
    protected override int ComputeHash() => HashCode.Combine(404, Callee, Caller);
}

/// <summary>`fused[l1, l2]` or `fused&lt;metadata&gt;[...]`.</summary>
public sealed class FusedLoc : Location
{
    public IReadOnlyList<Location> Locations { get; }
    public IRAttribute? Metadata { get; }
    private FusedLoc(Location[] locs, IRAttribute? md) { Locations = locs; Metadata = md; }
    /// <summary>
    /// Fuses locations as MLIR does: nested fused locations with the same metadata are flattened,
    /// unknown locations and duplicates dropped; no location left gives `unknown` (or
    /// `fused&lt;md&gt;[unknown]` with metadata), a single one without metadata is returned as is.
    /// </summary>
    public static Location Get(IRContext ctx, IEnumerable<Location> locs, IRAttribute? metadata = null)
    {
        var set = new List<Location>();
        void Add(Location l) { if (!set.Contains(l)) set.Add(l); }
        foreach (var l in locs)
        {
            if (l is FusedLoc f && ReferenceEquals(f.Metadata, metadata)) { foreach (var inner in f.Locations) Add(inner); continue; }
            if (l is not UnknownLoc) Add(l);
        }
        if (set.Count == 0)
            return metadata is null ? UnknownLoc.Get(ctx) : ctx.Intern(new FusedLoc([UnknownLoc.Get(ctx)], metadata));
        if (set.Count == 1 && metadata is null) return set[0];
        return ctx.Intern(new FusedLoc(set.ToArray(), metadata));
    }
    public override bool Equals(object? o) => o is FusedLoc l && ReferenceEquals(l.Metadata, Metadata) && Seq.RefEqual(l.Locations, Locations);
    protected override int ComputeHash() => HashCode.Combine(Seq.Hash(405, Locations), Metadata);
}
