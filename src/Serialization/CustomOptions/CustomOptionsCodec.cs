namespace Lce.Serialization.CustomOptions;

/// <summary>Shared plumbing of the option codecs.</summary>
internal static class CustomOptionsCodec
{
    /// <summary>Runs <paramref name="read"/>, turning a <see cref="CustomOptionsException"/> into false and its message.</summary>
    public static bool Try<T>(Func<T> read, out T? value, out string? error) where T : class
    {
        try
        {
            value = read();
            error = null;
            return true;
        }
        catch (CustomOptionsException e)
        {
            value = null;
            error = e.Message;
            return false;
        }
    }
}
