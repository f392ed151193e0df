pdl.pattern : benefit(1) {
  %t = pdl.type : i32
  pdl.rewrite with "x"(%t : !pdl.type)
}

// -----

pdl.pattern : benefit(1) {
  %o = pdl.operand
  %root = pdl.operation
  pdl.rewrite %root {
    pdl.erase %root
  }
}

// -----

pdl.pattern : benefit(1) {
  %root = pdl.operation "a.b"
  pdl.rewrite %root {
    %x = pdl.operation
    pdl.replace %root with %x
  }
}

// -----

pdl.pattern : benefit(1) {
  %root = pdl.operation "a.b"
  pdl.rewrite %root {
    %a = pdl.attribute
    pdl.erase %root
  }
}

// -----

pdl.pattern : benefit(1) {
  %root = pdl.operation "a.b"
  pdl.rewrite %root with "x" {
    pdl.erase %root
  }
}
