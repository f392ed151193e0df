namespace Lce.IR;

/// <summary>
/// The custom ("stripped") syntax of an attribute kind as ODS generates it for attribute and
/// enum classes used inside an assembly format: `$fastmath` after `fastmath` `` prints
/// `&lt;nnan,ninf&gt;` (the body of `#arith.fastmath&lt;nnan,ninf&gt;`), `$predicate` prints the
/// enum keyword `ult` of an i64 integer attribute, `$sym_name` prints `@name` for a string.
/// Assembly-format interpreters consult <see cref="OpDefinition.GetAttrSyntax"/> for `$attr`
/// directives; without an entry an attribute is parsed and printed in its full generic form.
/// </summary>
public sealed class AttrSyntax
{
    /// <summary>ODS-style name used in messages, e.g. "Arith_FastMathAttr".</summary>
    public string Name { get; }

    /// <summary>
    /// Parses the attribute if the next token can start it (used for the anchor of an optional
    /// group such as `($roundingmode^)?`); returns null without consuming input otherwise.
    /// Once started, malformed input is a hard error (throws after reporting).
    /// </summary>
    public Func<IOpAsmParser, IRAttribute?> ParseOptional { get; }

    /// <summary>Parses the attribute, reporting an error if it is absent.</summary>
    public Func<IOpAsmParser, IRAttribute> Parse { get; }

    /// <summary>Writes the stripped form (no leading space: the format decides the spacing).</summary>
    public Action<IRAttribute, IOpAsmPrinter> Print { get; }

    public AttrSyntax(string name, Func<IOpAsmParser, IRAttribute?> parseOptional,
        Func<IOpAsmParser, IRAttribute> parse, Action<IRAttribute, IOpAsmPrinter> print)
    {
        Name = name; ParseOptional = parseOptional; Parse = parse; Print = print;
    }
}

public sealed partial class OpDefinition
{
    private Dictionary<string, AttrSyntax>? _attrSyntax;

    /// <summary>Declares the custom syntax the assembly format uses for attribute/property <paramref name="attrName"/>.</summary>
    public OpDefinition Syntax(string attrName, AttrSyntax syntax)
    {
        (_attrSyntax ??= new(StringComparer.Ordinal))[attrName] = syntax;
        return this;
    }

    /// <summary>The custom syntax declared for an attribute, or null to use the generic attribute form.</summary>
    public AttrSyntax? GetAttrSyntax(string attrName) =>
        _attrSyntax is not null && _attrSyntax.TryGetValue(attrName, out var s) ? s : null;

    /// <summary>
    /// Folds the op given the constant values of its operands (null where not constant).
    /// Returns one entry per result: an <see cref="IRAttribute"/> (a constant result) or a
    /// <see cref="Value"/> (an existing value replaces the result); null when nothing folds.
    /// Mirrors MLIR's fold hooks (OpFoldResult); the op may also be updated in place, in which
    /// case the folder returns its own results.
    /// </summary>
    public Func<Operation, IReadOnlyList<IRAttribute?>, IReadOnlyList<object>?>? Folder { get; private set; }

    public OpDefinition Fold(Func<Operation, IReadOnlyList<IRAttribute?>, IReadOnlyList<object>?> folder)
    {
        Folder = folder;
        return this;
    }
}
