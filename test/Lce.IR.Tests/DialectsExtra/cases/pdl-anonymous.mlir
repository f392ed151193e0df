pdl.pattern : benefit(0) attributes {tag.z} {
  %root = pdl.operation
  pdl.rewrite %root with "ext"(%root : !pdl.operation) attributes {tag.y}
}
pdl.pattern : benefit(3) {
  %root = pdl.operation "a.b"
  pdl.rewrite {
    pdl.erase %root
  }
}
