namespace Lce.IR.Parsing.AssemblyFormat;

/// <summary>
/// One element of an ODS-style assembly format (`$lhs `,` $rhs attr-dict `:` type($lhs)`). The
/// tree is shared by the format parser (this folder) and the printer; it is immutable.
/// </summary>
public abstract record FormatElement;

/// <summary>A literal in backticks: a keyword (`to`), punctuation (`,` `(` `->`), or "" for the spacing literal ``` `` ```.</summary>
public sealed record LiteralElement(string Text) : FormatElement
{
    public bool IsSpacing => Text.Length == 0 || Text.All(c => c == ' ');
    public bool IsKeyword => Text.Length > 0 && (char.IsLetter(Text[0]) || Text[0] == '_');
}

/// <summary>`$name`: an operand, attribute/property, region or successor of the op, by its declared name.</summary>
public sealed record VariableElement(string Name) : FormatElement;

/// <summary>`attr-dict` / `attr-dict-with-keyword`: the discardable attributes (and inherent ones not printed elsewhere).</summary>
public sealed record AttrDictElement(bool WithKeyword) : FormatElement;

/// <summary>`prop-dict`: the properties in `&lt;{...}&gt;` form.</summary>
public sealed record PropDictElement : FormatElement;

/// <summary>`operands`, `results`, `regions`, `successors`: all of a kind at once.</summary>
public sealed record AllOfKindElement(string Kind) : FormatElement;

/// <summary>`type($x)` (also `type(operands)`, `type(results)`).</summary>
public sealed record TypeDirective(FormatElement Target) : FormatElement;

/// <summary>`functional-type($inputs, $results)`: `(t1, t2) -&gt; t3`.</summary>
public sealed record FunctionalTypeDirective(FormatElement Inputs, FormatElement Results) : FormatElement;

/// <summary>`qualified(x)`: print attributes/types with their dialect prefix; parsing accepts either.</summary>
public sealed record QualifiedDirective(FormatElement Inner) : FormatElement;

/// <summary>
/// `( ... )?` or `( ... ) : ( ... )?`: present when its first element is (parsing) or when the
/// anchor `^` element is non-empty (printing). <see cref="Anchor"/> is the element marked `^`.
/// </summary>
public sealed record OptionalGroup(IReadOnlyList<FormatElement> Then, IReadOnlyList<FormatElement> Else, FormatElement? Anchor) : FormatElement;

/// <summary>A whole parsed format.</summary>
public sealed record FormatDefinition(IReadOnlyList<FormatElement> Elements)
{
    /// <summary>Parses (and caches on the definition) the op's assembly format.</summary>
    public static FormatDefinition For(OpDefinition def)
    {
        if (def.CompiledFormat is FormatDefinition f) return f;
        f = FormatStringParser.Parse(def.AssemblyFormat ?? throw new InvalidOperationException($"'{def.Name}' has no assembly format"));
        def.CompiledFormat = f;
        return f;
    }
}
