namespace Lce.Serialization.FlexBuffers;

/// <summary>
/// Which values the builder pools, as the C++ <c>flexbuffers::BuilderFlag</c>. The default,
/// <see cref="ShareKeys"/>, is what LCE's converter uses: a key string written before is
/// referenced again instead of being written twice.
/// </summary>
[Flags]
public enum FlexBufferBuilderFlags
{
    None = 0,
    ShareKeys = 1,
    /// <summary>A string with the same bytes as an earlier one refers to it.</summary>
    ShareStrings = 2,
    ShareKeysAndStrings = ShareKeys | ShareStrings,
}
