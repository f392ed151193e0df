namespace Lce.IR;

/// <summary>Everything needed to create an operation; filled by parsers and builders.</summary>
public sealed class OperationState
{
    public IRContext Context { get; }
    public OperationName Name { get; set; }
    public Location Location { get; set; }
    // The lists are made on first use: the parser creates one state per operation (hundreds of
    // thousands in a large file) and most operations leave several of them empty.
    private List<Value>? _operands;
    private List<IRType>? _types;
    private List<NamedAttribute>? _attributes;
    private List<Block>? _successors;
    private List<Region>? _regions;
    public List<Value> Operands => _operands ??= new();
    public List<IRType> Types => _types ??= new();
    public List<NamedAttribute> Attributes => _attributes ??= new();

    /// <summary>A whole attribute dictionary taken as is from the parser's cache; <see cref="Attributes"/> add to it.</summary>
    internal DictionaryAttr? ParsedAttributes { get; set; }
    /// <summary>Properties; null until one is set (an op parsed with `&lt;{}&gt;` gets an empty list).</summary>
    public List<NamedAttribute>? Properties { get; set; }
    public List<Block> Successors => _successors ??= new();
    /// <summary>A non-dictionary property attribute of an unregistered op (`"x.y"() &lt;1 : i32&gt;`).</summary>
    public IRAttribute? OpaqueProperties { get; set; }
    public List<Region> Regions => _regions ??= new();

    public OperationState(IRContext ctx, OperationName name, Location loc) { Context = ctx; Name = name; Location = loc; }
    public OperationState(IRContext ctx, string name, Location loc) : this(ctx, ctx.GetOperationName(name), loc) { }

    public void AddAttribute(string name, IRAttribute value) => Attributes.Add(new NamedAttribute(name, value));
    public void AddProperty(string name, IRAttribute value) => (Properties ??= new()).Add(new NamedAttribute(name, value));

    /// <summary>Adds an inherent attribute: a property if the op declares it so, else a discardable attribute.</summary>
    public void AddInherent(string name, IRAttribute value)
    {
        if (Name.Definition?.IsPropertyName(name) == true) AddProperty(name, value); else AddAttribute(name, value);
    }

    public Region AddRegion() { var r = Region.CreateDetached(); Regions.Add(r); return r; }

    private DictionaryAttr AttributeDictionary()
    {
        if (_attributes is not { Count: > 0 }) return ParsedAttributes ?? DictionaryAttr.Empty(Context);
        if (ParsedAttributes is null) return DictionaryAttr.Get(Context, _attributes);
        var all = new List<NamedAttribute>(ParsedAttributes.Entries);
        all.AddRange(_attributes);
        return DictionaryAttr.Get(Context, all);
    }

    /// <summary>Creates the operation, moving the blocks of the detached regions into it.</summary>
    public Operation Create()
    {
        var op = Operation.Create(Context, Name, Location, _operands, _types,
            AttributeDictionary(),
            Properties is null ? null : DictionaryAttr.Get(Context, Properties),
            _successors, _regions?.Count ?? 0);
        if (_regions is not null)
            for (int i = 0; i < _regions.Count; i++) _regions[i].TakeBody(op.GetRegion(i));
        op.OpaqueProperties = OpaqueProperties;
        return op;
    }
}
