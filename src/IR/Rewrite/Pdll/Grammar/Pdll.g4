// The subset of MLIR's PDLL pattern language that Lce supports (mlir/docs/PDLL.md): patterns,
// `let` bindings, operation/attribute/type expressions, constraint and rewrite declarations
// (PDLL bodies or external natives), and the erase/replace/rewrite statements. Name resolution
// and typing happen after parsing (PdllChecker); the grammar only fixes the shape.
grammar Pdll;

module : topLevel* EOF ;

topLevel
    : includeDirective
    | patternDecl
    | constraintDecl
    | rewriteDecl
    ;

includeDirective : HASH_INCLUDE STRING ;

patternDecl : KW_PATTERN name=ident? patternMetadata? (compoundStmt | FAT_ARROW statement) ;
patternMetadata : KW_WITH metadataItem (COMMA metadataItem)* ;
metadataItem
    : KW_BENEFIT LPAREN INTEGER RPAREN   # benefitItem
    | KW_RECURSION                       # recursionItem
    ;

constraintDecl : KW_CONSTRAINT name=ident LPAREN paramList? RPAREN resultSpec? declBody ;
rewriteDecl    : KW_REWRITE_D name=ident LPAREN paramList? RPAREN resultSpec? declBody ;
paramList   : param (COMMA param)* ;
param       : ident COLON constraintList ;
resultSpec  : ARROW (constraintRef | LPAREN (resultParam (COMMA resultParam)*)? RPAREN) ;
resultParam : (ident COLON)? constraintRef ;
declBody
    : compoundStmt          # compoundBody
    | FAT_ARROW expr SEMI   # lambdaBody
    | CODE_BLOCK SEMI?      # codeBlockBody
    | SEMI                  # externalBody
    ;

// `Value`, `Value<type>`, `Op<dialect.name>`, `[Value, MyConstraint]`, a user constraint name.
constraintList : constraintRef | LSQUARE constraintRef (COMMA constraintRef)* RSQUARE ;
constraintRef
    : KW_ATTR_C (LT expr GT)?         # attrConstraint
    | KW_OP_C (LT opName GT)?         # opConstraint
    | KW_TYPE_C                       # typeConstraint
    | KW_TYPERANGE_C                  # typeRangeConstraint
    | KW_VALUE_C (LT expr GT)?        # valueConstraint
    | KW_VALUERANGE_C (LT expr GT)?   # valueRangeConstraint
    | ident                           # userConstraint
    ;

compoundStmt : LBRACE statement* RBRACE ;

statement
    : KW_LET ident (COLON constraintList)? (EQUAL expr)? SEMI                     # letStmt
    | KW_ERASE expr SEMI                                                          # eraseStmt
    | KW_REPLACE expr KW_WITH LPAREN (expr (COMMA expr)*)? RPAREN SEMI            # replaceListStmt
    | KW_REPLACE expr KW_WITH expr SEMI                                           # replaceStmt
    | KW_REWRITE expr KW_WITH compoundStmt SEMI                                   # rewriteStmt
    | KW_RETURN expr SEMI                                                         # returnStmt
    | expr SEMI                                                                   # exprStmt
    ;

expr : primary memberAccess* ;
memberAccess : DOT (anyIdentifier | INTEGER) ;

primary
    : KW_OP LT opName? GT operandList? attrDict? resultTypes?   # operationExpr
    | KW_ATTR LT STRING GT                                       # attrExpr
    | KW_TYPE LT STRING GT                                       # typeExpr
    | KW_NOT ident LPAREN (expr (COMMA expr)*)? RPAREN           # negatedCallExpr
    | ident LPAREN (expr (COMMA expr)*)? RPAREN                  # callExpr
    | ident COLON constraintList                                 # inlineVarExpr
    | ident                                                      # declRefExpr
    | LPAREN (tupleElement (COMMA tupleElement)*)? RPAREN        # tupleExpr
    ;

tupleElement : (ident EQUAL)? expr ;
operandList  : LPAREN (expr (COMMA expr)*)? RPAREN ;
attrDict     : LBRACE (attrEntry (COMMA attrEntry)*)? RBRACE ;
attrEntry    : (anyIdentifier | STRING) (EQUAL expr)? ;
resultTypes  : ARROW LPAREN (expr (COMMA expr)*)? RPAREN ;

// Names of variables and declarations: `op`, `attr`, `type`, `benefit` and `recursion` are keywords
// only where their construct can start, as in PDLL.
ident : IDENT | KW_OP | KW_ATTR | KW_TYPE | KW_BENEFIT | KW_RECURSION ;

// Op names may use words that are PDLL keywords elsewhere (`func.return`, `test.op`).
opName : STRING | anyIdentifier (DOT anyIdentifier)* ;
anyIdentifier
    : IDENT | KW_PATTERN | KW_CONSTRAINT | KW_REWRITE | KW_REWRITE_D | KW_LET | KW_ERASE | KW_REPLACE | KW_RETURN
    | KW_WITH | KW_BENEFIT | KW_RECURSION | KW_OP | KW_ATTR | KW_TYPE | KW_NOT
    | KW_ATTR_C | KW_OP_C | KW_TYPE_C | KW_TYPERANGE_C | KW_VALUE_C | KW_VALUERANGE_C
    ;

HASH_INCLUDE   : '#include' ;
KW_PATTERN     : 'Pattern' ;
KW_CONSTRAINT  : 'Constraint' ;
KW_REWRITE     : 'rewrite' ;
KW_REWRITE_D   : 'Rewrite' ;
KW_LET         : 'let' ;
KW_ERASE       : 'erase' ;
KW_REPLACE     : 'replace' ;
KW_RETURN      : 'return' ;
KW_WITH        : 'with' ;
KW_BENEFIT     : 'benefit' ;
KW_RECURSION   : 'recursion' ;
KW_NOT         : 'not' ;
KW_OP          : 'op' ;
KW_ATTR        : 'attr' ;
KW_TYPE        : 'type' ;
KW_ATTR_C      : 'Attr' ;
KW_OP_C        : 'Op' ;
KW_TYPE_C      : 'Type' ;
KW_TYPERANGE_C : 'TypeRange' ;
KW_VALUE_C     : 'Value' ;
KW_VALUERANGE_C: 'ValueRange' ;

CODE_BLOCK : '[{' .*? '}]' ;
FAT_ARROW  : '=>' ;
ARROW      : '->' ;
LPAREN     : '(' ;
RPAREN     : ')' ;
LBRACE     : '{' ;
RBRACE     : '}' ;
LSQUARE    : '[' ;
RSQUARE    : ']' ;
LT         : '<' ;
GT         : '>' ;
COMMA      : ',' ;
COLON      : ':' ;
SEMI       : ';' ;
DOT        : '.' ;
EQUAL      : '=' ;

INTEGER : [0-9]+ ;
IDENT   : [a-zA-Z_] [a-zA-Z0-9_]* ;
STRING  : '"' (~["\\\r\n] | '\\' .)* '"' ;

LINE_COMMENT : '//' ~[\r\n]* -> skip ;
WS           : [ \t\r\n]+ -> skip ;
UNKNOWN_CHAR : . ;
