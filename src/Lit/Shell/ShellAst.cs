namespace Lce.Lit.Shell;

public enum RedirectKind { StdoutWrite, StdoutAppend, StdinRead, StderrWrite, StderrAppend, StderrToStdout, BothWrite }

public sealed record Redirect(RedirectKind Kind, string? Target);

/// <summary>One simple command: words after quote removal, plus redirections.</summary>
public sealed record SimpleCommand(List<string> Words, List<Redirect> Redirects);

/// <summary>Commands joined by '|'.</summary>
public sealed record Pipeline(List<SimpleCommand> Commands);

/// <summary>A pipeline and the operator ("&amp;&amp;", "||", ";" or null at the end) linking it to the next.</summary>
public sealed record ListItem(Pipeline Pipeline, string? Operator);
