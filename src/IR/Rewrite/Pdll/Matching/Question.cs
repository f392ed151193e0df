namespace Lce.IR.Rewrite.Pdll;

/// <summary>
/// Something the matcher asks about a position; a predicate is a question with the answer a
/// pattern expects. Patterns that ask the same question at the same position share the test.
/// </summary>
internal abstract record Question;

/// <summary>Answer: whether the position has a value (an op defines the operand, the attribute is present).</summary>
internal sealed record IsNotNullQuestion : Question { public static readonly IsNotNullQuestion Instance = new(); }

/// <summary>Answer: the op's name.</summary>
internal sealed record OpNameQuestion : Question { public static readonly OpNameQuestion Instance = new(); }

/// <summary>Answer: the op's operand count.</summary>
internal sealed record OperandCountQuestion : Question { public static readonly OperandCountQuestion Instance = new(); }

/// <summary>Answer: the op's result count.</summary>
internal sealed record ResultCountQuestion : Question { public static readonly ResultCountQuestion Instance = new(); }

/// <summary>Answer: the attribute or type at the position (compared with a literal).</summary>
internal sealed record ConstantValueQuestion : Question { public static readonly ConstantValueQuestion Instance = new(); }

/// <summary>Answer: whether the position holds the same IR object as <see cref="Other"/>.</summary>
internal sealed record EqualToQuestion(Position Other) : Question;

/// <summary>Answer: whether native constraint <see cref="Name"/> holds for the argument positions.</summary>
internal sealed record NativeQuestion(string Name, IReadOnlyList<Position> Args, int ResultCount) : Question
{
    public int Depth { get; } = Args.Count == 0 ? 1 : Args.Max(a => a.Depth) + 1;
    public bool Equals(NativeQuestion? other) => other is not null && Name == other.Name && ResultCount == other.ResultCount && Args.SequenceEqual(other.Args);
    public override int GetHashCode() => HashCode.Combine(Name, Args.Count, Args.Count > 0 ? Args[0] : null);
}

/// <summary>One test of a pattern: ask <see cref="Question"/> at <see cref="Position"/> (null for natives) and expect <see cref="Answer"/>.</summary>
internal sealed record Predicate(Position? Position, Question Question, object Answer)
{
    public int Depth => Math.Max(Position?.Depth ?? 0, Question switch
    {
        EqualToQuestion e => e.Other.Depth,
        NativeQuestion n => n.Depth,
        _ => 0,
    });

    /// <summary>The test without its expected answer: the key of a decision-tree node.</summary>
    public (Position?, Question) Key => (Position, Question);
}
