namespace Lce.IR.Affine;

/// <summary>A parse failure: the message and the character offset within the parsed body.</summary>
public sealed record AffineParseError(string Message, int Offset);

/// <summary>
/// The outcome of parsing an affine_map / affine_set body: exactly one of Map, Set or Error is set.
/// </summary>
public sealed record AffineParseResult(AffineMap? Map, IntegerSet? Set, AffineParseError? Error)
{
    public bool Succeeded => Error is null;

    internal static AffineParseResult Fail(string message, int offset) => new(null, null, new AffineParseError(message, offset));
}
