namespace Lce.IR.Rewrite.Pdll;

/// <summary>
/// A place in the IR reachable from the root op of a match (MLIR's pdl_to_pdl_interp Position):
/// the root, an operand or result of a positioned op, the op defining a positioned value, an
/// attribute of an op, the type of a value, or a result of a native constraint. Positions are
/// records, so the same place reached by several patterns is one key in the decision tree.
/// </summary>
internal abstract record Position
{
    public abstract int Depth { get; }
}

internal sealed record RootPosition : Position
{
    public static readonly RootPosition Instance = new();
    public override int Depth => 0;
    public override string ToString() => "root";
}

/// <summary>
/// Operand <see cref="Index"/> of an op. With <see cref="Grouped"/> the index is an ODS operand
/// group; <see cref="Range"/> gives a value list (index -1 with Range: all operands).
/// </summary>
internal sealed record OperandPosition(Position Op, int Index, bool Range, bool Grouped) : Position
{
    public override int Depth { get; } = Op.Depth + 1;
    public override string ToString() => $"{Op}.operand{(Grouped ? "group" : "")}[{Index}]{(Range ? "*" : "")}";
}

/// <summary>Result <see cref="Index"/> of an op (same conventions as <see cref="OperandPosition"/>).</summary>
internal sealed record ResultPosition(Position Op, int Index, bool Range, bool Grouped) : Position
{
    public override int Depth { get; } = Op.Depth + 1;
    public override string ToString() => $"{Op}.result{(Grouped ? "group" : "")}[{Index}]{(Range ? "*" : "")}";
}

internal sealed record DefiningOpPosition(Position Value) : Position
{
    public override int Depth { get; } = Value.Depth + 1;
    public override string ToString() => $"def({Value})";
}

internal sealed record AttributePosition(Position Op, string Name) : Position
{
    public override int Depth { get; } = Op.Depth + 1;
    public override string ToString() => $"{Op}.attr[{Name}]";
}

/// <summary>The type of a value, the types of a value range, or the type of a typed attribute.</summary>
internal sealed record TypePosition(Position Of) : Position
{
    public override int Depth { get; } = Of.Depth + 1;
    public override string ToString() => $"type({Of})";
}

/// <summary>Result <see cref="Index"/> of a native constraint evaluated on the path to here.</summary>
internal sealed record NativeResultPosition(NativeQuestion Constraint, int Index) : Position
{
    public override int Depth { get; } = Constraint.Depth + 1;
    public override string ToString() => $"{Constraint.Name}#{Index}";
}

/// <summary>A literal attribute or type passed to a native constraint.</summary>
internal sealed record ConstantPosition(object Value) : Position
{
    public override int Depth => 0;
    public override string ToString() => $"const({Value})";
}
