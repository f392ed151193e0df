namespace Lce.IR;

/// <summary>
/// The uniqued name of an operation kind, with its definition when the op is registered.
/// Operations point at this object so that looking up traits and hooks costs no hashing.
/// </summary>
public sealed class OperationName
{
    public string Name { get; }
    public OpDefinition? Definition { get; }
    public bool IsRegistered => Definition is not null;
    public string DialectNamespace { get; }

    internal OperationName(string name, OpDefinition? definition)
    {
        Name = name;
        Definition = definition;
        int dot = name.IndexOf('.');
        DialectNamespace = dot < 0 ? "" : name[..dot];
    }

    public bool HasTrait<T>() where T : OpTrait => Definition?.HasTrait<T>() ?? false;

    public override string ToString() => Name;
}
