pdl.pattern @p : benefit(1) {
  %t = pdl.type : i32
  %ts = pdl.types : [i32, i64]
  %a = pdl.attribute = 5 : i32
  %a2 = pdl.attribute : %t attributes {tag.x}
  %o = pdl.operand : %t
  %os = pdl.operands : %ts
  %root = pdl.operation (%o, %os : !pdl.value, !pdl.range<value>) {"x" = %a, "y" = %a2} -> (%t, %ts : !pdl.type, !pdl.range<type>)
  %r0 = pdl.result 0 of %root
  %r1 = pdl.results 1 of %root -> !pdl.range<value>
  %c = pdl.apply_native_constraint "C"(%r0 : !pdl.value) : !pdl.attribute
  pdl.apply_native_constraint "N"(%r0, %r1 : !pdl.value, !pdl.range<value>) {isNegated = true}
  pdl.rewrite %root with "ext"(%c : !pdl.attribute)
}
