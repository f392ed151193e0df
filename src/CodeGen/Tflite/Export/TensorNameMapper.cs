namespace Lce.CodeGen.Tflite.Export;

/// <summary>
/// Tensor names as TensorFlow's exporter derives them (its <c>OpOrArgLocNameMapper</c>): the
/// names of the location's NameLocs (the part before '@', skipping op-type names ending in ':'),
/// visiting CallSiteLoc callees and FusedLoc members in order, joined with ';'; when the location
/// has no name, the op's name (`tfl.conv_2d`, `:N` appended for result N > 0). LCE's converter cuts
/// every such name to its first 50 characters (LCE op locations get very long). Names are made
/// unique over the whole module by appending 1, 2, ... as TF's name mapper does.
/// </summary>
public sealed class TensorNameMapper
{
    /// <summary>LCE's limit on a tensor name before it is made unique.</summary>
    public const int MaxLength = 50;

    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<Value, string> _names = [];

    /// <summary>Gives <paramref name="value"/> a fixed base name (from `tf.entry_function`), made unique like any other.</summary>
    public void Preset(Value value, string name) => _names.TryAdd(value, Unique(name));

    /// <summary>Whether the value already has a name (preset or asked for before).</summary>
    public bool HasName(Value value) => _names.ContainsKey(value);

    /// <summary>The unique name of a value (the same on every call).</summary>
    public string NameOf(Value value)
    {
        if (_names.TryGetValue(value, out var name)) return name;
        name = Unique(Truncate(BaseName(value)));
        _names[value] = name;
        return name;
    }

    /// <summary>The unique form of a name that is not tied to a value (e.g. `arg0`).</summary>
    public string Unique(string prefix)
    {
        if (_counts.TryAdd(prefix, 1)) return prefix;
        int n = _counts[prefix];
        while (true)
        {
            string probe = prefix + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            n++;
            if (_counts.TryAdd(probe, 1))
            {
                _counts[prefix] = n;
                return probe;
            }
        }
    }

    private static string Truncate(string name) => name.Length > MaxLength ? name[..MaxLength] : name;

    private static string BaseName(Value value)
    {
        switch (value)
        {
            case OpResult r:
                string fromLoc = NameFromLocation(r.Owner.Location);
                if (fromLoc.Length > 0) return fromLoc;
                return r.Index > 0 ? $"{r.Owner.Name}:{r.Index}" : r.Owner.Name;
            case BlockArgument a:
                return NameFromLocation(a.Location);
            default:
                return "";
        }
    }

    /// <summary>The name a location gives (empty when it names nothing).</summary>
    public static string NameFromLocation(Location loc)
    {
        var names = new List<string>();
        var pending = new Stack<Location>();
        pending.Push(loc);
        bool anyName = false;
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case NameLoc n:
                    int at = n.Name.IndexOf('@');
                    string name = at >= 0 ? n.Name[..at] : n.Name;
                    if (!name.EndsWith(':'))
                    {
                        names.Add(name);
                        anyName |= name.Length > 0;
                    }
                    break;
                case CallSiteLoc c:
                    pending.Push(c.Callee);
                    break;
                case FusedLoc f:
                    for (int i = f.Locations.Count - 1; i >= 0; i--) pending.Push(f.Locations[i]);
                    break;
                default:
                    names.Add("");
                    break;
            }
        }
        return anyName ? string.Join(";", names) : "";
    }
}
