namespace Lce.IR.Parsing;

/// <summary>
/// Interns identifier text so that repeated names (SSA names, op names, attribute names) share
/// one string and are looked up from the source span without allocating.
/// </summary>
internal sealed class NameTable
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public NameTable() { _lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>(); }

    public string Intern(ReadOnlySpan<char> text)
    {
        if (_lookup.TryGetValue(text, out var s)) return s;
        s = text.ToString();
        _names[s] = s;
        return s;
    }
}
