// Affine maps and integer sets: the body between `affine_map<` / `affine_set<` and the closing
// `>`, e.g. `(d0, d1)[s0] -> (d0 + s0, d1 * 2)` or `(d0)[s0] : (d0 - s0 >= 0, d0 == 0)`.
// Binary operators are parsed as flat lists (not left-recursive rules) so that the parse tree of a
// long sum is wide rather than deep; the visitor folds the lists left to right.
grammar Affine;

affineMapOrSetEntry
    : affineDimList affineSymbolList? (AFF_ARROW affineResultList | AFF_COLON affineConstraintList) EOF
    ;

affineDimList    : AFF_LPAREN (affineIdentifier (AFF_COMMA affineIdentifier)*)? AFF_RPAREN ;
affineSymbolList : AFF_LSQUARE (affineIdentifier (AFF_COMMA affineIdentifier)*)? AFF_RSQUARE ;

affineResultList     : AFF_LPAREN (affineExpr (AFF_COMMA affineExpr)*)? AFF_RPAREN ;
affineConstraintList : AFF_LPAREN (affineConstraint (AFF_COMMA affineConstraint)*)? AFF_RPAREN ;

// `>=` and `<=` are two tokens, as in MLIR's lexer (so `> =` is accepted too).
affineConstraint : affineExpr affineRelation affineExpr ;
affineRelation
    : AFF_GREATER AFF_EQUAL   # affineGreaterEqual
    | AFF_LESS AFF_EQUAL      # affineLessEqual
    | AFF_EQUAL AFF_EQUAL     # affineEqualEqual
    ;

affineExpr  : affineTerm (affineAddOp affineTerm)* ;
affineAddOp : AFF_PLUS | AFF_MINUS ;
affineTerm  : affineOperand (affineMulOp affineOperand)* ;
affineMulOp : AFF_STAR | AFF_FLOORDIV | AFF_CEILDIV | AFF_MOD ;

// Negation binds tighter than every binary operator: `-d0 floordiv 2` is `(-d0) floordiv 2`.
affineOperand
    : AFF_LPAREN affineExpr AFF_RPAREN   # affineParenOperand
    | AFF_MINUS affineOperand            # affineNegOperand
    | AFF_INT                            # affineIntOperand
    | affineIdentifier                   # affineIdOperand
    ;

// MLIR lets the operator keywords double as identifier names.
affineIdentifier : AFF_ID | AFF_FLOORDIV | AFF_CEILDIV | AFF_MOD ;

AFF_ARROW    : '->' ;
AFF_LPAREN   : '(' ;
AFF_RPAREN   : ')' ;
AFF_LSQUARE  : '[' ;
AFF_RSQUARE  : ']' ;
AFF_COMMA    : ',' ;
AFF_COLON    : ':' ;
AFF_PLUS     : '+' ;
AFF_MINUS    : '-' ;
AFF_STAR     : '*' ;
AFF_GREATER  : '>' ;
AFF_LESS     : '<' ;
AFF_EQUAL    : '=' ;
AFF_FLOORDIV : 'floordiv' ;
AFF_CEILDIV  : 'ceildiv' ;
AFF_MOD      : 'mod' ;
AFF_INT      : '0x' [0-9a-fA-F]+ | [0-9]+ ;
AFF_ID       : [a-zA-Z_] [a-zA-Z0-9_$.]* ;
AFF_WS       : [ \t\r\n]+ -> skip ;
AFF_COMMENT  : '//' ~[\r\n]* -> skip ;
// Any other character becomes a token the parser rejects, so the lexer never reports errors itself.
AFF_UNKNOWN  : . ;
