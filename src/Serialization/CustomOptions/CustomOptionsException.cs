namespace Lce.Serialization.CustomOptions;

/// <summary>
/// Options that cannot be written (an activation LCE cannot serialize) or bytes that are not
/// LCE's options (malformed FlexBuffers, not a map, a missing or non-integer entry, an enum
/// value outside what LCE writes). The message is meant for a diagnostic.
/// </summary>
public sealed class CustomOptionsException(string message) : Exception(message);
