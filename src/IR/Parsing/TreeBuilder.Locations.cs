using G = Lce.IR.Parsing.Generated;

namespace Lce.IR.Parsing;

/// <summary>`loc(...)`: unknown, file:line:col (and ranges), names, call sites, fused, aliases.</summary>
internal sealed partial class TreeBuilder
{
    /// <summary>
    /// Builds a location. A trailing `loc(#alias)` may name an alias defined later in the file:
    /// with <paramref name="deferred"/> given it is resolved after the whole file is parsed.
    /// </summary>
    public Location Location(G.MlirParser.LocationContext c, Action<Location>? deferred)
    {
        var inner = c.locationInner();
        if (deferred is not null && inner is G.MlirParser.AliasLocContext a)
        {
            var name = s.Span(a.Start)[1..].ToString();
            if (!s.AttributeAliases.ContainsKey(name))
            {
                s.DeferredLocations.Add((name, a.Start, deferred));
                return UnknownLoc.Get(Ctx);
            }
        }
        return LocationInner(inner);
    }

    private Location LocationInner(G.MlirParser.LocationInnerContext c)
    {
        switch (c)
        {
            case G.MlirParser.UnknownLocContext:
                return UnknownLoc.Get(Ctx);
            case G.MlirParser.CallSiteLocContext cs:
                var parts = cs.locationInner();
                return CallSiteLoc.Get(Ctx, LocationInner(parts[0]), LocationInner(parts[1]));
            case G.MlirParser.FusedLocContext f:
                var metadata = f.attributeValue() is { } md ? Attribute(md) : null;
                return FusedLoc.Get(Ctx, f.locationInner().Select(LocationInner).ToArray(), metadata);
            case G.MlirParser.FileLineColLocContext flc:
                var file = StringLiterals.DecodeText(s, flc.STRING().Symbol);
                var ints = flc.INT();
                int line = Int(ints[0]), col = Int(ints[1]);
                if (flc.KW_TO() is null) return FileLineColLoc.Get(Ctx, file, line, col);
                return ints.Length == 4
                    ? FileLineColLoc.GetRange(Ctx, file, line, col, Int(ints[2]), Int(ints[3]))
                    : FileLineColLoc.GetRange(Ctx, file, line, col, line, Int(ints[2]));
            case G.MlirParser.NameLocContext n:
                var name = StringLiterals.DecodeText(s, n.STRING().Symbol);
                return NameLoc.Get(Ctx, name, n.locationInner() is { } child ? LocationInner(child) : null);
            case G.MlirParser.AliasLocContext a:
                var alias = s.Span(a.Start)[1..].ToString();
                if (!s.AttributeAliases.TryGetValue(alias, out var attr)) throw s.Error(a.Start, $"undefined symbol alias id '{alias}'");
                return attr as Location ?? throw s.Error(a.Start, $"expected location, but found '{attr}'");
            default:
                throw s.Error(c.Start, "expected location instance");
        }
    }

    private int Int(Antlr4.Runtime.Tree.ITerminalNode n) =>
        int.TryParse(s.Span(n.Symbol), out int v) ? v : throw s.Error(n.Symbol, "expected integer line/column number");
}
