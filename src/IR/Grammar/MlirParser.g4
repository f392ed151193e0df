// Builtin types, attributes and locations of MLIR's textual IR. Operations, blocks and regions
// are parsed by hand-written C# (Lce.IR.Parsing.OperationParser) over the same token stream; it
// calls the entry rules below (`type`, `attributeValue`, `location`, ...) at its current position.
// Rules are LL(1) wherever possible so that SLL prediction is cheap and never ambiguous.
parser grammar MlirParser;

options { tokenVocab = MlirLexer; }


// ---------------------------------------------------------------- identifiers
// Keywords are ordinary identifiers wherever an identifier is expected.
anyIdent
    : BARE_ID | INTEGER_TYPE | KW_COMPLEX | KW_TUPLE | KW_LOC | KW_DENSE | KW_DENSE_RESOURCE
    | KW_ARRAY | KW_AFFINE_MAP | KW_AFFINE_SET | KW_STRIDED | KW_OFFSET | KW_DISTINCT | KW_TRUE
    | KW_FALSE | KW_UNIT | KW_CALLSITE | KW_AT | KW_FUSED | KW_UNKNOWN | KW_TO
    ;

// ---------------------------------------------------------------- types
type
    : functionType
    | nonFunctionType
    ;

functionType : LPAREN typeList? RPAREN ARROW functionResults ;
functionResults
    : LPAREN typeList? RPAREN   # parenResults
    | nonFunctionType           # singleResult
    ;
typeList : type (COMMA type)* ;

nonFunctionType
    : INTEGER_TYPE                                                 # integerType
    | BARE_ID                                                      # keywordType
    | KW_COMPLEX LESS type GREATER                                 # complexType
    | KW_TUPLE LESS typeList? GREATER                              # tupleType
    | TENSOR_LT dimension* type (COMMA attributeValue)? GREATER    # tensorType
    | VECTOR_LT dimension* type GREATER                            # vectorType
    | MEMREF_LT dimension* type (COMMA attributeValue)* GREATER    # memrefType
    | EXCL_ID dialectBody?                                         # dialectType
    ;

dimension : DIM_STATIC | DIM_DYNAMIC | DIM_SCALABLE | DIM_UNRANKED ;

// The `<...>` body of a dialect type or attribute: balanced token soup, kept as source text.
dialectBody : LESS soup* GREATER ;
soup
    : LESS soup* GREATER
    | (TENSOR_LT | VECTOR_LT | MEMREF_LT) soup* GREATER
    | LPAREN soup* RPAREN
    | LSQUARE soup* RSQUARE
    | LBRACE soup* RBRACE
    | ~(LESS | GREATER | TENSOR_LT | VECTOR_LT | MEMREF_LT | LPAREN | RPAREN | LSQUARE | RSQUARE | LBRACE | RBRACE)
    ;

// ---------------------------------------------------------------- attributes
attributeValue
    // `: type` belongs to dialect attributes only; after an alias it is rejected by the tree
    // builder (top-level alias references never reach this rule: ParserSession reads them).
    : HASH_ID dialectBody? (COLON type)?                           # dialectOrAliasAttr
    | KW_UNIT                                                      # unitAttr
    | (KW_TRUE | KW_FALSE)                                         # boolAttr
    | MINUS? (INT | HEX_INT | FLOAT) (COLON type)?                 # numberAttr
    | STRING (COLON type)?                                         # stringAttr
    | LSQUARE (attributeValue (COMMA attributeValue)*)? RSQUARE    # arrayAttr
    | dictionary                                                   # dictionaryAttr
    | symbolRef                                                    # symbolRefAttr
    | KW_DENSE LESS denseLiteral? GREATER COLON type               # denseAttr
    | KW_DENSE_RESOURCE LESS (anyIdent | STRING) GREATER COLON type           # denseResourceAttr
    | KW_ARRAY LESS type (COLON arrayElement (COMMA arrayElement)*)? GREATER  # denseArrayAttr
    | KW_AFFINE_MAP LESS affineBody GREATER                        # affineMapAttr
    | KW_AFFINE_SET LESS affineBody GREATER                        # affineSetAttr
    | KW_STRIDED LESS LSQUARE (strideValue (COMMA strideValue)*)? RSQUARE
          (COMMA KW_OFFSET COLON strideValue)? GREATER             # stridedAttr
    | KW_DISTINCT LSQUARE INT RSQUARE LESS attributeValue? GREATER # distinctAttr
    | location                                                     # locationAttr
    | type                                                         # typeAttr
    ;

dictionary : LBRACE (dictEntry (COMMA dictEntry)*)? RBRACE ;
dictEntry  : (anyIdent | STRING) (EQUAL attributeValue)? ;

symbolRef : AT_ID (COLON_COLON AT_ID)* ;

arrayElement : MINUS? (INT | HEX_INT | FLOAT) | KW_TRUE | KW_FALSE ;

strideValue : MINUS? INT | QUESTION ;

// Text between `affine_map<` and the closing `>`, handed to Lce.IR.Affine.AffineParser. Inside
// parentheses anything goes (constraints such as `d0 >= 0` contain `>`).
affineBody  : (LPAREN affineInner RPAREN | LSQUARE affineInner RSQUARE | ~(GREATER | LPAREN | RPAREN | LSQUARE | RSQUARE))* ;
affineInner : (LPAREN affineInner RPAREN | LSQUARE affineInner RSQUARE | ~(LPAREN | RPAREN | LSQUARE | RSQUARE))* ;

// ---------------------------------------------------------------- dense literals
denseLiteral
    : STRING                                                       # denseString
    | denseElement                                                 # denseSplat
    | denseList                                                    # denseNested
    ;
denseList : LSQUARE (denseItem (COMMA denseItem)*)? RSQUARE ;
denseItem : denseList | denseElement | STRING ;
denseElement
    : MINUS? (INT | HEX_INT | FLOAT)                               # denseNumber
    | (KW_TRUE | KW_FALSE)                                         # denseBool
    | LPAREN denseScalar COMMA denseScalar RPAREN                  # denseComplex
    ;
denseScalar : MINUS? (INT | HEX_INT | FLOAT) | KW_TRUE | KW_FALSE ;

// ---------------------------------------------------------------- locations
location : KW_LOC LPAREN locationInner RPAREN ;
locationInner
    : KW_UNKNOWN                                                   # unknownLoc
    | KW_CALLSITE LPAREN locationInner KW_AT locationInner RPAREN  # callSiteLoc
    | KW_FUSED (LESS attributeValue GREATER)? LSQUARE (locationInner (COMMA locationInner)*)? RSQUARE  # fusedLoc
    | STRING COLON INT COLON INT (KW_TO (INT COLON INT | COLON INT))?  # fileLineColLoc
    | STRING (LPAREN locationInner RPAREN)?                        # nameLoc
    | HASH_ID                                                      # aliasLoc
    ;
