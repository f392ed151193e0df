// Tokens of MLIR's textual IR (mlir/lib/AsmParser/Lexer.cpp, LangRef "Lexical structure").
//
// Shaped-type dimension lists are lexed in their own mode: after `tensor<`, `vector<` and
// `memref<` (one token each) the lexer is in DIMS mode, where `4x`, `?x`, `[4]x` and `*x` are
// dimension tokens. The first token that is not a dimension pops the mode again; such tokens are
// re-declared in DIMS mode with the type they have in the default mode. This is why
// `tensor<0xf32>` is a dimension `0x` and the element type `f32`, not the hex integer `0xf32`.
lexer grammar MlirLexer;

TENSOR_LT : 'tensor<' -> pushMode(DIMS) ;
VECTOR_LT : 'vector<' -> pushMode(DIMS) ;
MEMREF_LT : 'memref<' -> pushMode(DIMS) ;

FILE_META_BEGIN : '{-#' ;
FILE_META_END   : '#-}' ;

// Keywords of the builtin type/attribute/location syntax. Wherever a plain identifier is
// expected (attribute names, op names, custom syntax) the parser accepts these too.
KW_COMPLEX        : 'complex' ;
KW_TUPLE          : 'tuple' ;
KW_LOC            : 'loc' ;
KW_DENSE          : 'dense' ;
KW_DENSE_RESOURCE : 'dense_resource' ;
KW_ARRAY          : 'array' ;
KW_AFFINE_MAP     : 'affine_map' ;
KW_AFFINE_SET     : 'affine_set' ;
KW_STRIDED        : 'strided' ;
KW_OFFSET         : 'offset' ;
KW_DISTINCT       : 'distinct' ;
KW_TRUE           : 'true' ;
KW_FALSE          : 'false' ;
KW_UNIT           : 'unit' ;
KW_CALLSITE       : 'callsite' ;
KW_AT             : 'at' ;
KW_FUSED          : 'fused' ;
KW_UNKNOWN        : 'unknown' ;
KW_TO             : 'to' ;

// `i32`, `si8`, `ui64` (a longer identifier such as `i32x` wins by longest match).
INTEGER_TYPE : [su]? 'i' [0-9]+ ;
BARE_ID      : [a-zA-Z_] [a-zA-Z0-9_$.]* ;

PERCENT_ID : '%' SUFFIX_ID ;
CARET_ID   : '^' SUFFIX_ID ;
HASH_ID    : '#' SUFFIX_ID ;
EXCL_ID    : '!' SUFFIX_ID ;
AT_ID      : '@' (SUFFIX_ID | STRING_BODY) ;

// A float needs a dot: `1e3` is not a float in MLIR.
FLOAT   : [0-9]+ '.' [0-9]* ([eE] [-+]? [0-9]+)? ;
HEX_INT : '0x' [0-9a-fA-F]+ ;
INT     : [0-9]+ ;
STRING  : STRING_BODY ;

ARROW       : '->' ;
COLON_COLON : '::' ;
ELLIPSIS    : '...' ;
LPAREN      : '(' ;
RPAREN      : ')' ;
LBRACE      : '{' ;
RBRACE      : '}' ;
LSQUARE     : '[' ;
RSQUARE     : ']' ;
LESS        : '<' ;
GREATER     : '>' ;
COMMA       : ',' ;
COLON       : ':' ;
EQUAL       : '=' ;
QUESTION    : '?' ;
STAR        : '*' ;
PLUS        : '+' ;
MINUS       : '-' ;
VBAR        : '|' ;

LINE_COMMENT : '//' ~[\r\n]* -> skip ;
WS           : [ \t\r\n]+ -> skip ;

// Anything else becomes a token the parser rejects with a located error (the lexer never fails).
UNKNOWN : . ;

fragment SUFFIX_ID   : [0-9]+ | [a-zA-Z$._-] [a-zA-Z0-9$._-]* ;
fragment STRING_BODY : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"' ;

mode DIMS;

DIM_STATIC   : [0-9]+ 'x' ;
DIM_DYNAMIC  : '?x' ;
DIM_SCALABLE : '[' [0-9]+ ']x' ;
DIM_UNRANKED : '*x' ;

// A nested shaped type keeps the lexer in DIMS mode (pop then push).
DIMS_TENSOR_LT : 'tensor<' -> type(TENSOR_LT) ;
DIMS_VECTOR_LT : 'vector<' -> type(VECTOR_LT) ;
DIMS_MEMREF_LT : 'memref<' -> type(MEMREF_LT) ;

DIMS_KW_COMPLEX   : 'complex' -> type(KW_COMPLEX), popMode ;
DIMS_KW_TUPLE     : 'tuple' -> type(KW_TUPLE), popMode ;
DIMS_INTEGER_TYPE : [su]? 'i' [0-9]+ -> type(INTEGER_TYPE), popMode ;
DIMS_BARE_ID      : [a-zA-Z_] [a-zA-Z0-9_$.]* -> type(BARE_ID), popMode ;
DIMS_EXCL_ID      : '!' SUFFIX_ID -> type(EXCL_ID), popMode ;
DIMS_INT          : [0-9]+ -> type(INT), popMode ;
DIMS_GREATER      : '>' -> type(GREATER), popMode ;
DIMS_WS           : [ \t\r\n]+ -> skip ;
DIMS_UNKNOWN      : . -> type(UNKNOWN), popMode ;
