namespace Lce.IR.Rewrite.Pdll;

/// <summary>Base of all PDLL syntax nodes.</summary>
public abstract class PdllNode(SourceLoc loc)
{
    public SourceLoc Loc { get; } = loc;
}

/// <summary>A parsed PDLL file with its includes resolved (declarations in source order).</summary>
public sealed class PdllFile(IReadOnlyList<PdllNode> declarations)
{
    public IReadOnlyList<PdllNode> Declarations { get; } = declarations;
}

/// <summary>`Pattern Name with benefit(N), recursion { ... }`.</summary>
public sealed class PatternDecl(SourceLoc loc, string? name, SourceLoc nameLoc, int benefit, bool recursion, IReadOnlyList<Stmt> body) : PdllNode(loc)
{
    public string? Name { get; } = name;
    public SourceLoc NameLoc { get; } = nameLoc;
    public int Benefit { get; } = benefit;
    public bool HasBoundedRecursion { get; } = recursion;
    public IReadOnlyList<Stmt> Body { get; } = body;
}

public enum CallableBodyKind { Compound, Lambda, External, CodeBlock }

/// <summary>`Constraint Name(args) -> results ...` or `Rewrite Name(args) -> results ...`.</summary>
public sealed class CallableDecl(SourceLoc loc, bool isRewrite, string name, IReadOnlyList<VarDecl> parameters,
    IReadOnlyList<VarDecl> results, CallableBodyKind bodyKind, IReadOnlyList<Stmt>? body, Expr? lambda) : PdllNode(loc)
{
    public bool IsRewrite { get; } = isRewrite;
    public string Name { get; } = name;
    public IReadOnlyList<VarDecl> Parameters { get; } = parameters;
    public IReadOnlyList<VarDecl> Results { get; } = results;
    public CallableBodyKind BodyKind { get; } = bodyKind;
    public IReadOnlyList<Stmt>? Body { get; } = body;
    public Expr? Lambda { get; } = lambda;
    public string Kind => IsRewrite ? "Rewrite" : "Constraint";

    /// <summary>The type of a call: None, the single result's type, or a tuple of the results.</summary>
    public PdllType? ResultType { get; internal set; }
}

/// <summary>A variable: `let x: Value = ...`, an inline `x: Value` in an expression, a parameter or a named result.</summary>
public sealed class VarDecl(SourceLoc loc, string name, IReadOnlyList<ConstraintRef> constraints, Expr? init) : PdllNode(loc)
{
    public string Name { get; } = name;
    public IReadOnlyList<ConstraintRef> Constraints { get; } = constraints;
    public Expr? Init { get; } = init;
    public PdllType Type { get; internal set; } = PdllType.None;
    public bool IsWildcard => Name == "_";
}

/// <summary>One entry of a variable's constraint list.</summary>
public abstract class ConstraintRef(SourceLoc loc) : PdllNode(loc) { }
public sealed class AttrConstraintRef(SourceLoc loc, Expr? typeExpr) : ConstraintRef(loc) { public Expr? TypeExpr { get; } = typeExpr; }
public sealed class OpConstraintRef(SourceLoc loc, string? opName) : ConstraintRef(loc) { public string? OpName { get; } = opName; }
public sealed class TypeConstraintRef(SourceLoc loc, bool isRange) : ConstraintRef(loc) { public bool IsRange { get; } = isRange; }
public sealed class ValueConstraintRef(SourceLoc loc, bool isRange, Expr? typeExpr) : ConstraintRef(loc)
{
    public bool IsRange { get; } = isRange;
    public Expr? TypeExpr { get; } = typeExpr;
}
public sealed class UserConstraintRef(SourceLoc loc, string name) : ConstraintRef(loc)
{
    public string Name { get; } = name;
    public CallableDecl? Resolved { get; internal set; }
}

// ---------------------------------------------------------------- statements

public abstract class Stmt(SourceLoc loc) : PdllNode(loc) { }
public sealed class LetStmt(SourceLoc loc, VarDecl variable) : Stmt(loc) { public VarDecl Variable { get; } = variable; }
public sealed class EraseStmt(SourceLoc loc, Expr op) : Stmt(loc) { public Expr Op { get; } = op; }
public sealed class ReplaceStmt(SourceLoc loc, Expr op, IReadOnlyList<Expr> values) : Stmt(loc)
{
    public Expr Op { get; } = op;
    public IReadOnlyList<Expr> Values { get; } = values;
}
public sealed class RewriteStmt(SourceLoc loc, Expr op, IReadOnlyList<Stmt> body) : Stmt(loc)
{
    public Expr Op { get; } = op;
    public IReadOnlyList<Stmt> Body { get; } = body;
}
public sealed class ReturnStmt(SourceLoc loc, Expr value) : Stmt(loc) { public Expr Value { get; } = value; }
public sealed class ExprStmt(SourceLoc loc, Expr expr) : Stmt(loc) { public Expr Expr { get; } = expr; }

// ---------------------------------------------------------------- expressions

public abstract class Expr(SourceLoc loc) : PdllNode(loc)
{
    /// <summary>Set by the checker.</summary>
    public PdllType Type { get; internal set; } = PdllType.None;
}

public sealed record AttrEntry(SourceLoc Loc, string Name, Expr? Value);

/// <summary>`op&lt;name&gt;(operands) {attrs} -> (types)`; null lists were not written.</summary>
public sealed class OperationExpr(SourceLoc loc, string? opName, SourceLoc nameLoc, IReadOnlyList<Expr>? operands,
    IReadOnlyList<AttrEntry> attributes, IReadOnlyList<Expr>? resultTypes) : Expr(loc)
{
    public string? OpName { get; } = opName;
    public SourceLoc NameLoc { get; } = nameLoc;
    public IReadOnlyList<Expr>? Operands { get; } = operands;
    public IReadOnlyList<AttrEntry> Attributes { get; } = attributes;
    public IReadOnlyList<Expr>? ResultTypes { get; } = resultTypes;
    /// <summary>The registered definition (set by the checker; null for `op&lt;&gt;` or unregistered ops).</summary>
    public OpDefinition? Definition { get; internal set; }
    /// <summary>A created op that is the whole replacement of a `replace` takes the replaced op's result types.</summary>
    public bool ReplacesAllResults { get; internal set; }
    /// <summary>A created op in a replacement list at this index takes that replaced result's type (-1: not one).</summary>
    public int ReplacesResult { get; internal set; } = -1;
    /// <summary>The result types follow from the operand types through the op's declared type relations.</summary>
    public bool InfersFromOperands { get; internal set; }
}

public sealed class AttrLiteralExpr(SourceLoc loc, string text) : Expr(loc)
{
    public string Text { get; } = text;
    public IRAttribute? Value { get; internal set; }
}

public sealed class TypeLiteralExpr(SourceLoc loc, string text) : Expr(loc)
{
    public string Text { get; } = text;
    public IRType? Value { get; internal set; }
}

public sealed class CallExpr(SourceLoc loc, string callee, IReadOnlyList<Expr> args, bool negated) : Expr(loc)
{
    public string Callee { get; } = callee;
    public IReadOnlyList<Expr> Args { get; } = args;
    public bool IsNegated { get; } = negated;
    public CallableDecl? Resolved { get; internal set; }
}

public sealed class DeclRefExpr(SourceLoc loc, string name) : Expr(loc)
{
    public string Name { get; } = name;
    public VarDecl? Resolved { get; internal set; }
}

/// <summary>`x: Value` or `_: Attr` written where an expression is expected (match sections).</summary>
public sealed class InlineVarExpr(SourceLoc loc, VarDecl variable) : Expr(loc) { public VarDecl Variable { get; } = variable; }

public sealed class MemberAccessExpr(SourceLoc loc, Expr parent, string member) : Expr(loc)
{
    public Expr Parent { get; } = parent;
    public string Member { get; } = member;
    /// <summary>Resolved index: a result group of an op or an element of a tuple.</summary>
    public int Index { get; internal set; } = -1;
}

public sealed class TupleExpr(SourceLoc loc, IReadOnlyList<Expr> elements, IReadOnlyList<string?> names) : Expr(loc)
{
    public IReadOnlyList<Expr> Elements { get; } = elements;
    public IReadOnlyList<string?> Names { get; } = names;
}
