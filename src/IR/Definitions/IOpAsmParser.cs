namespace Lce.IR;

/// <summary>A use of an SSA name not yet bound to a value: `%name` or `%name#3`, with its location.</summary>
public readonly record struct UnresolvedOperand(string Name, int Number, Location Location);

/// <summary>A region argument being parsed: its name, and type/attributes/location if given.</summary>
public sealed record RegionArgument(UnresolvedOperand Ssa, IRType? Type, DictionaryAttr? Attributes = null, Location? SourceLocation = null);

/// <summary>Delimiters around a list, as MLIR's OpAsmParser::Delimiter.</summary>
public enum Delimiter { None, Paren, Square, LessGreater, Braces, OptionalParen, OptionalSquare, OptionalLessGreater, OptionalBraces }

/// <summary>
/// Thrown by parser hooks after a diagnostic has been reported; the parser catches it and stops.
/// Dialect authors just call the required-form methods; they throw on mismatch.
/// </summary>
public sealed class ParseErrorException(string message) : Exception(message);

/// <summary>
/// The hook API for custom operation syntax (MLIR's OpAsmParser). Required forms throw
/// <see cref="ParseErrorException"/> after emitting a located diagnostic; optional forms return
/// false/null without consuming input when the next token does not match.
/// </summary>
public interface IOpAsmParser
{
    IRContext Context { get; }
    Builder Builder { get; }
    /// <summary>Location of the next token.</summary>
    Location CurrentLocation { get; }
    /// <summary>Location of the operation name being parsed.</summary>
    Location NameLocation { get; }

    /// <summary>Reports an error at the next token and throws <see cref="ParseErrorException"/>.</summary>
    Exception Error(string message);
    Exception Error(Location at, string message);

    // ---- punctuation: one of , : ( ) [ ] { } < > = -> ? * + ... | ----
    void ParsePunct(string punct);
    bool ParseOptionalPunct(string punct);
    void ParseComma() => ParsePunct(",");
    bool ParseOptionalComma() => ParseOptionalPunct(",");
    void ParseColon() => ParsePunct(":");
    bool ParseOptionalColon() => ParseOptionalPunct(":");
    void ParseEqual() => ParsePunct("=");
    void ParseArrow() => ParsePunct("->");
    bool ParseOptionalArrow() => ParseOptionalPunct("->");

    // ---- keywords, strings, numbers ----
    void ParseKeyword(string keyword);
    bool ParseOptionalKeyword(string keyword);
    /// <summary>Any bare identifier (keyword), or null.</summary>
    string? ParseOptionalKeyword();
    string ParseKeywordOrString();
    string? ParseOptionalString();
    string ParseString();
    System.Numerics.BigInteger ParseInteger();
    System.Numerics.BigInteger? ParseOptionalInteger();
    /// <summary>`@name` (or `@"quoted"`); returns the name.</summary>
    string ParseSymbolName();
    string? ParseOptionalSymbolName();

    // ---- operands ----
    UnresolvedOperand ParseOperand();
    UnresolvedOperand? ParseOptionalOperand();
    List<UnresolvedOperand> ParseOperandList(Delimiter delimiter = Delimiter.None, int requiredCount = -1);
    Value ResolveOperand(UnresolvedOperand operand, IRType type);
    void ResolveOperands(IReadOnlyList<UnresolvedOperand> operands, IReadOnlyList<IRType> types, Location loc, List<Value> result);
    void ResolveOperands(IReadOnlyList<UnresolvedOperand> operands, IRType type, List<Value> result);

    // ---- types ----
    IRType ParseType();
    IRType? ParseOptionalType();
    IRType ParseColonType();
    List<IRType> ParseColonTypeList();
    List<IRType> ParseTypeList();
    /// <summary>`(a, b)` or a single type; used for result lists after `->`.</summary>
    List<IRType> ParseArrowTypeList();
    List<IRType> ParseOptionalArrowTypeList();
    FunctionType ParseFunctionType();

    // ---- attributes ----
    IRAttribute ParseAttribute(IRType? type = null);
    IRAttribute? ParseOptionalAttribute(IRType? type = null);
    void ParseOptionalAttrDict(List<NamedAttribute> result);
    void ParseOptionalAttrDictWithKeyword(List<NamedAttribute> result);
    /// <summary>`&lt;{...}&gt;` property dictionary, if present.</summary>
    DictionaryAttr? ParseOptionalPropDict();
    Location? ParseOptionalLocationSpecifier();

    // ---- regions, blocks, successors ----
    RegionArgument ParseArgument(bool allowType = true, bool allowAttrs = false);
    RegionArgument? ParseOptionalArgument(bool allowType = true, bool allowAttrs = false);
    List<RegionArgument> ParseArgumentList(Delimiter delimiter, bool allowType = true, bool allowAttrs = false);
    void ParseRegion(Region region, IReadOnlyList<RegionArgument>? arguments = null, bool enableNameShadowing = false);
    bool ParseOptionalRegion(Region region, IReadOnlyList<RegionArgument>? arguments = null, bool enableNameShadowing = false);
    Block ParseSuccessor();
    Block? ParseOptionalSuccessor();
    /// <summary>`^bb(%a, %b : t1, t2)`: a successor with its operands, resolved into <paramref name="operands"/>.</summary>
    Block ParseSuccessorAndUseList(List<Value> operands);

    /// <summary>Peeks whether the next token is the given punctuation or keyword, without consuming.</summary>
    bool PeekPunct(string punct);
    bool PeekKeyword(string keyword);
}

/// <summary>Parser of a dialect type or attribute body (after `!ns` / `#ns`).</summary>
public interface IDialectAsmParser
{
    IRContext Context { get; }
    /// <summary>Text after the namespace: e.g. `.uniform&lt;i8:f32, 0.1&gt;` or `&lt;...&gt;`.</summary>
    string Body { get; }
    Location Location { get; }
    /// <summary>Parses a builtin type from text (for element types inside dialect bodies).</summary>
    IRType ParseTypeText(string text);
    IRAttribute ParseAttributeText(string text);
    Exception Error(string message, int offsetInBody = 0);
    /// <summary>
    /// The source location of a character of the body, for dialects that build their own
    /// diagnostics (several errors, or notes) and throw them as a <see cref="DiagnosticException"/>.
    /// </summary>
    Location LocationAt(int offsetInBody) => Location;
}
