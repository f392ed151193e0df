namespace Lce.IR;

/// <summary>Everything needed to create an operation; filled by parsers and builders.</summary>
public sealed class OperationState
{
    public IRContext Context { get; }
    public OperationName Name { get; set; }
    public Location Location { get; set; }
    public List<Value> Operands { get; } = new();
    public List<IRType> Types { get; } = new();
    public List<NamedAttribute> Attributes { get; } = new();
    /// <summary>Properties; null until one is set (an op parsed with `&lt;{}&gt;` gets an empty list).</summary>
    public List<NamedAttribute>? Properties { get; set; }
    public List<Block> Successors { get; } = new();
    /// <summary>A non-dictionary property attribute of an unregistered op (`"x.y"() &lt;1 : i32&gt;`).</summary>
    public IRAttribute? OpaqueProperties { get; set; }
    public List<Region> Regions { get; } = new();

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

    /// <summary>Creates the operation, moving the blocks of the detached regions into it.</summary>
    public Operation Create()
    {
        var op = Operation.Create(Context, Name, Location, Operands, Types,
            DictionaryAttr.Get(Context, Attributes),
            Properties is null ? null : DictionaryAttr.Get(Context, Properties),
            Successors, Regions.Count);
        for (int i = 0; i < Regions.Count; i++) Regions[i].TakeBody(op.GetRegion(i));
        op.OpaqueProperties = OpaqueProperties;
        return op;
    }
}
