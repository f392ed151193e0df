namespace Lce.IR.Formats;

/// <summary>
/// The syntax tree of an ODS-style assembly format string (e.g.
/// "$lhs `,` $rhs (`overflow` `` $overflowFlags^)? attr-dict `:` type($result)"), shared by the
/// format printer and parser.
/// </summary>
public abstract record FormatElement;

/// <summary>A literal in backticks: a keyword or punctuation. Empty ("``") suppresses the next space; " " forces one.</summary>
public sealed record LiteralElement(string Text) : FormatElement;

/// <summary>`$name`: an operand, result, attribute/property, region or successor of the op.</summary>
public sealed record VariableElement(string Name, bool IsAnchor) : FormatElement;

/// <summary>`attr-dict` or `attr-dict-with-keyword`.</summary>
public sealed record AttrDictElement(bool WithKeyword) : FormatElement;

/// <summary>`prop-dict`: the properties not otherwise printed, as `&lt;{...}&gt;`.</summary>
public sealed record PropDictElement : FormatElement;

/// <summary>`type($x)` (or `type(operands)`/`type(results)`), with IsAnchor for `type($x)^`.</summary>
public sealed record TypeElement(FormatElement Arg, bool IsAnchor) : FormatElement;

/// <summary>`functional-type(inputs, results)`.</summary>
public sealed record FunctionalTypeElement(FormatElement Inputs, FormatElement Results) : FormatElement;

/// <summary>`operands`, `results`, `regions`, `successors`.</summary>
public sealed record KeywordDirective(string Name) : FormatElement;

/// <summary>`qualified(...)`: print attributes/types with their dialect prefix.</summary>
public sealed record QualifiedElement(FormatElement Inner) : FormatElement;

/// <summary>`(elements)?` or `(then) : (else)?`; printed when the anchor element is present.</summary>
public sealed record OptionalGroup(IReadOnlyList<FormatElement> Then, IReadOnlyList<FormatElement>? Else) : FormatElement
{
    /// <summary>The element marked with `^` inside <see cref="Then"/>.</summary>
    public FormatElement? Anchor => FindAnchor(Then);

    private static FormatElement? FindAnchor(IReadOnlyList<FormatElement> elems)
    {
        foreach (var e in elems)
            switch (e)
            {
                case VariableElement { IsAnchor: true }: return e;
                case TypeElement { IsAnchor: true }: return e;
            }
        return null;
    }
}

/// <summary>A parsed format: its elements in order.</summary>
public sealed record AssemblyFormat(IReadOnlyList<FormatElement> Elements);
