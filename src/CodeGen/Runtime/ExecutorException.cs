namespace Lce.CodeGen.Runtime;

using Lce.IR.Printing;

/// <summary>
/// A failure to compile or run a function, at the IR location it concerns when there is one.
/// <see cref="Render"/> gives the `file:line:col: error: message` line tools print.
/// </summary>
public sealed class ExecutorException(string message, Location? location = null) : Exception(message)
{
    public Location? Location { get; } = location;

    public string Render()
    {
        var file = Location is null ? null : LocationText.FindFileLoc(Location);
        return file is null ? $"error: {Message}" : $"{file.Filename}:{file.Line}:{file.Column}: error: {Message}";
    }
}

/// <summary>Thrown by a binding (through <see cref="BindingContext.Error"/>) for an op it cannot run; the executor adds the op's location.</summary>
public sealed class BindingException(string message) : Exception(message);
