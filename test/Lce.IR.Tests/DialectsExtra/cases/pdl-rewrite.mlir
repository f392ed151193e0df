pdl.pattern @r : benefit(2) {
  %t = pdl.type
  %o = pdl.operand
  %root = pdl.operation "foo.op"(%o : !pdl.value) -> (%t : !pdl.type)
  %rs = pdl.results of %root
  pdl.rewrite %root {
    %v = pdl.range %o, %rs : !pdl.value, !pdl.range<value>
    %e = pdl.range : !pdl.range<type>
    %x = pdl.apply_native_rewrite "R"(%root : !pdl.operation) : !pdl.attribute
    pdl.apply_native_rewrite "S"(%root : !pdl.operation)
    %k = pdl.attribute = "str"
    %n = pdl.operation "foo.bar"(%v : !pdl.range<value>) {"k" = %k} -> (%t : !pdl.type)
    pdl.replace %root with (%v : !pdl.range<value>)
    pdl.replace %root with %n
    pdl.erase %n
  }
}
